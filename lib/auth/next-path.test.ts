import { describe, expect, it } from "vitest";
import { safeNextPath, signInPath } from "./next-path";

describe("safeNextPath", () => {
  it("follows a path on this site and nothing else", () => {
    expect(safeNextPath("/week?week=2024-W50")).toBe("/week?week=2024-W50");
    expect(safeNextPath(["/import", "/x"])).toBe("/import");
    for (const bad of [undefined, null, "", "https://evil.example/", "//evil.example", "/\\evil.example", "week"]) {
      expect(safeNextPath(bad), String(bad)).toBe("/");
    }
  });

  it("builds the sign-in URL that returns there", () => {
    expect(signInPath("/")).toBe("/sign-in");
    expect(signInPath("/week?week=2024-W50")).toBe("/sign-in?next=%2Fweek%3Fweek%3D2024-W50");
  });
});
