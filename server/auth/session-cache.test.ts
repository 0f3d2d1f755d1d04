import { describe, expect, it } from "vitest";
import { createSessionCache } from "./session-cache";

/** A cache over a lookup that counts its calls; the cookie is the `x-session` header, the clock is moved by hand. */
function setup(users: Record<string, string>) {
  let clock = 0;
  let reads = 0;
  let gate: Promise<void> = Promise.resolve();
  const cache = createSessionCache<string>({
    read: async (headers) => {
      reads++;
      await gate;
      return users[headers.get("x-session") ?? ""] ?? null;
    },
    keyOf: (headers) => headers.get("x-session"),
    ttlMs: 10_000,
    maxEntries: 2,
    now: () => clock,
  });
  const ask = (session?: string) => cache.get(new Headers(session ? { "x-session": session } : {}));
  return {
    cache,
    ask,
    reads: () => reads,
    tick: (ms: number) => (clock += ms),
    hold: () => {
      let release!: () => void;
      gate = new Promise((resolve) => (release = resolve));
      return () => release();
    },
  };
}

describe("createSessionCache", () => {
  it("reads a session once within the time to live, and again after it", async () => {
    const s = setup({ a: "张三" });
    expect(await s.ask("a")).toBe("张三");
    s.tick(9_999);
    expect(await s.ask("a")).toBe("张三");
    expect(s.reads()).toBe(1);
    s.tick(1);
    expect(await s.ask("a")).toBe("张三");
    expect(s.reads()).toBe(2);
  });

  it("never remembers a cookie that names nobody, nor a request without one", async () => {
    const users: Record<string, string> = {};
    const s = setup(users);
    expect(await s.ask("a")).toBeNull();
    users.a = "张三"; // signed in since: the next request sees it
    expect(await s.ask("a")).toBe("张三");
    expect(await s.ask()).toBeNull();
    expect(await s.ask()).toBeNull();
    expect(s.reads()).toBe(4);
  });

  it("forgets every session when cleared: a signed-out cookie is refused at the next request", async () => {
    const users: Record<string, string> = { a: "张三", b: "李四" };
    const s = setup(users);
    await s.ask("a");
    await s.ask("b");
    delete users.a;
    s.cache.clear();
    expect(await s.ask("a")).toBeNull();
    expect(await s.ask("b")).toBe("李四");
    expect(s.reads()).toBe(4);
  });

  it("does not keep what a lookup read before a clear that happened while it ran", async () => {
    const users: Record<string, string> = { a: "张三" };
    const s = setup(users);
    const release = s.hold();
    const pending = s.ask("a");
    s.cache.clear();
    release();
    expect(await pending).toBe("张三");
    delete users.a;
    expect(await s.ask("a")).toBeNull();
  });

  it("keeps at most maxEntries sessions, dropping the oldest", async () => {
    const s = setup({ a: "张三", b: "李四", c: "王五" });
    await s.ask("a");
    await s.ask("b");
    await s.ask("c");
    expect(s.reads()).toBe(3);
    await s.ask("c");
    await s.ask("b");
    expect(s.reads()).toBe(3);
    await s.ask("a");
    expect(s.reads()).toBe(4);
  });
});
