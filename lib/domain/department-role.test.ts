import { describe, expect, it } from "vitest";
import { roleAllows } from "./department-role";

describe("roleAllows", () => {
  it("lets each role do what the roles below it do, and no more", () => {
    expect(roleAllows("viewer", "viewer")).toBe(true);
    expect(roleAllows("viewer", "editor")).toBe(false);
    expect(roleAllows("editor", "viewer")).toBe(true);
    expect(roleAllows("editor", "admin")).toBe(false);
    expect(roleAllows("admin", "editor")).toBe(true);
  });

  it("allows nothing without a role", () => {
    expect(roleAllows(null, "viewer")).toBe(false);
    expect(roleAllows(undefined, "viewer")).toBe(false);
  });
});
