import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { inlineScriptHashes, staticPageScriptHashes } from "./static-shell-policy";

const sha256 = (text: string) => `sha256-${createHash("sha256").update(text, "utf8").digest("base64")}`;

describe("inlineScriptHashes", () => {
  it("hashes the text of each inline script exactly, once, and skips scripts with a src", () => {
    const flight = 'self.__next_f.push([1,"周报 <\\/script>"])';
    const html =
      `<!DOCTYPE html><html><head><script src="/_next/static/chunks/a.js" async=""></script>` +
      `<SCRIPT id="early">(function(){fetch("/api")})()</SCRIPT></head><body>` +
      `<script>${flight}</script><script>${flight}</script><script nomodule src = "/p.js"></script><script></script></body></html>`;
    expect(inlineScriptHashes(html)).toEqual([sha256('(function(){fetch("/api")})()'), sha256(flight)]);
  });

  it("stops at a script that never closes", () => {
    expect(inlineScriptHashes("<script>a()</script><script>b(")).toEqual([sha256("a()")]);
  });
});

describe("staticPageScriptHashes", () => {
  const dist = mkdtempSync(path.join(tmpdir(), "static-shell-"));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it("reads the prerendered page of a static path, and nothing for other paths or without a build", () => {
    expect(staticPageScriptHashes("/", dist)).toBeNull(); // not built: the proxy falls back to a nonce
    const other = mkdtempSync(path.join(tmpdir(), "static-shell-"));
    mkdirSync(path.join(other, "server", "app"), { recursive: true });
    writeFileSync(path.join(other, "server", "app", "index.html"), "<script>go()</script>");
    expect(staticPageScriptHashes("/", other)).toEqual([sha256("go()")]);
    expect(staticPageScriptHashes("/week", other)).toBeNull();
    rmSync(other, { recursive: true, force: true });
  });
});
