import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { serverHeapMb, serverNodeFlags } from "./server-node-flags.mjs";

describe("the server's Node flags", () => {
  it("cap the heap at 320 MB unless SERVER_HEAP_MB says otherwise", () => {
    expect(serverNodeFlags({})).toEqual(["--max-old-space-size=320"]);
    expect(serverNodeFlags({ SERVER_HEAP_MB: "1024" })).toEqual(["--max-old-space-size=1024"]);
  });

  it("refuse a value Node would not take or that starves the server", () => {
    for (const bad of ["abc", "64", "1.5", ""]) expect(() => serverHeapMb({ SERVER_HEAP_MB: bad })).toThrow(/SERVER_HEAP_MB/);
  });

  it("are taken by Node as a heap limit", () => {
    const limitMb = (flags: string[]) =>
      Number(
        execFileSync(process.execPath, [...flags, "-p", "require('v8').getHeapStatistics().heap_size_limit / 2 ** 20"], {
          encoding: "utf8",
          env: { ...process.env, NODE_OPTIONS: "" },
        }),
      );
    const capped = limitMb(serverNodeFlags({}));
    expect(capped).toBeGreaterThan(320);
    expect(capped).toBeLessThan(limitMb([]));
    expect(capped).toBeLessThan(500);
  });
});
