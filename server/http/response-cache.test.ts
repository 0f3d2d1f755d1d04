import { describe, expect, it } from "vitest";
import { type CachedResponse, createResponseCache } from "./response-cache";

const entry = (revision: number, bytes: number, etag = `"${revision}"`): CachedResponse => ({
  etag,
  revision,
  contentType: "application/json",
  body: new Uint8Array(bytes),
  gzipped: new Uint8Array(0),
});

describe("createResponseCache", () => {
  it("produces a key once however many ask at the same moment, and serves it from then on", async () => {
    const cache = createResponseCache({ maxBytes: 1e6 });
    let produced = 0;
    const produce = async () => {
      produced++;
      await new Promise((r) => setTimeout(r, 10));
      return entry(1, 100);
    };
    const results = await Promise.all(Array.from({ length: 50 }, () => cache.share("k", produce)));
    expect(produced).toBe(1);
    expect(new Set(results).size).toBe(1);
    expect(await cache.share("k", produce)).toBe(results[0]);
    expect(produced).toBe(1);
  });

  it("caches no error: its Response goes to its own caller, and each waiter produces its own", async () => {
    const cache = createResponseCache({ maxBytes: 1e6 });
    let produced = 0;
    const produce = async () => {
      await new Promise((r) => setTimeout(r, 5));
      return ++produced === 1 ? new Response("forbidden", { status: 403 }) : entry(1, 10);
    };
    const [first, second, third] = await Promise.all([cache.share("k", produce), cache.share("k", produce), cache.share("k", produce)]);
    expect(first).toBeInstanceOf(Response);
    expect(second).not.toBeInstanceOf(Response);
    expect(third).not.toBeInstanceOf(Response);
    expect(produced).toBe(3);
  });

  it("lets a failed production fail its caller only; a waiter then tries again", async () => {
    const cache = createResponseCache({ maxBytes: 1e6 });
    let calls = 0;
    const produce = async () => {
      await new Promise((r) => setTimeout(r, 5));
      if (++calls === 1) throw new Error("database gone");
      return entry(1, 10);
    };
    const [first, second] = await Promise.allSettled([cache.share("k", produce), cache.share("k", produce)]);
    expect(first.status).toBe("rejected");
    expect(second.status).toBe("fulfilled");
  });

  it("drops the least recently used entries beyond its byte budget", async () => {
    const cache = createResponseCache({ maxBytes: 10_000 });
    await cache.share("a", async () => entry(1, 4000));
    await cache.share("b", async () => entry(1, 4000));
    await cache.share("a", async () => entry(1, 1)); // a used again: b is now the oldest
    await cache.share("c", async () => entry(1, 4000));
    expect(cache.size()).toBeLessThanOrEqual(10_000);
    let produced = "";
    await cache.share("a", async () => ((produced += "a"), entry(1, 4000)));
    await cache.share("b", async () => ((produced += "b"), entry(1, 4000)));
    expect(produced).toBe("b");
  });

  it("drops every entry of an older revision when a newer one is stored", async () => {
    const cache = createResponseCache({ maxBytes: 1e6 });
    await cache.share("old-a", async () => entry(1, 1000));
    await cache.share("old-b", async () => entry(1, 1000));
    const sizeOfOne = cache.size() / 2;
    await cache.share("new", async () => entry(2, 1000));
    expect(cache.size()).toBeLessThan(1.1 * sizeOfOne);
    let again = false;
    await cache.share("old-a", async () => ((again = true), entry(1, 1000)));
    expect(again).toBe(true);
  });
});
