import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { keyFromText, notifyKey, open, seal } from "./secret-box";

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), "notify-key-"));
  dirs.push(dir);
  return dir;
};

describe("seal / open", () => {
  const key = keyFromText("test key");

  it("round-trips, with a fresh IV each time and no plain text in the output", () => {
    const a = seal(key, "SEC123秘密");
    const b = seal(key, "SEC123秘密");
    expect(a).not.toBe(b);
    expect(a).not.toContain("SEC123");
    expect(open(key, a)).toBe("SEC123秘密");
  });

  it("refuses another key and a tampered text", () => {
    const sealed = seal(key, "secret");
    expect(() => open(keyFromText("other"), sealed)).toThrow();
    const parts = sealed.split(".");
    parts[3] = Buffer.from("SECRET").toString("base64url");
    expect(() => open(key, parts.join("."))).toThrow();
    expect(() => open(key, "garbage")).toThrow("密文格式不对");
  });
});

describe("notifyKey", () => {
  it("uses NOTIFY_SECRET_KEY when set, else makes one file once and keeps using it", () => {
    const dir = tempDir();
    expect(notifyKey(dir, { NOTIFY_SECRET_KEY: "abc" })).toEqual(keyFromText("abc"));
    const first = notifyKey(dir, {});
    expect(notifyKey(dir, {})).toEqual(first);
    expect(first).toEqual(keyFromText(readFileSync(path.join(dir, "notify-secret"), "utf8").trim()));
    expect(notifyKey(tempDir(), {})).not.toEqual(first);
  });
});
