import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { AUTH_SECRET_FILE, authSecret } from "./auth-secret";

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), "auth-secret-"));
  dirs.push(dir);
  return dir;
};

describe("authSecret", () => {
  it("takes BETTER_AUTH_SECRET and writes nothing", () => {
    const dir = tempDir();
    expect(authSecret(path.join(dir, "data"), { BETTER_AUTH_SECRET: " from-env " })).toBe("from-env");
    expect(() => statSync(path.join(dir, "data"))).toThrow();
  });

  it("otherwise makes one random key beside the data, readable by its owner only, and keeps it", () => {
    const dir = path.join(tempDir(), "data");
    const first = authSecret(dir, {});
    expect(first.length).toBeGreaterThanOrEqual(40);
    expect(authSecret(dir, {})).toBe(first);
    const file = path.join(dir, AUTH_SECRET_FILE);
    expect(readFileSync(file, "utf8").trim()).toBe(first);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });
});
