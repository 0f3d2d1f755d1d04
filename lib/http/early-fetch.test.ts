import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { EARLY_FETCH_MAX_AGE_MS, earlyFetchScript, takeEarlyFetch } from "./early-fetch";

const ORIGIN = "http://app.test";
let asked: { url: string; headers: unknown }[];

/** Runs the inline script as the page's parser would, with a window of this origin and a fetch that records. */
function runScript(script: string): void {
  const fetch = (url: string, init: { headers: unknown }) => {
    asked.push({ url, headers: init.headers });
    return Promise.resolve(new Response(url));
  };
  new Function("window", "fetch", "setTimeout", script)(globalThis.window, fetch, setTimeout);
}

beforeEach(() => {
  asked = [];
  vi.useFakeTimers();
  vi.stubGlobal("window", { location: { origin: ORIGIN } });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe("earlyFetchScript and takeEarlyFetch", () => {
  it("asks each URL once with the client's headers; the client takes each answer once, by relative or absolute URL", async () => {
    runScript(earlyFetchScript(["/api/a?input=1", "/api/b", "/api/a?input=1"], { "x-body-encoding": "gzip" }));
    expect(asked).toEqual([
      { url: "/api/a?input=1", headers: { "x-body-encoding": "gzip" } },
      { url: "/api/b", headers: { "x-body-encoding": "gzip" } },
    ]);
    expect(await (await takeEarlyFetch(`${ORIGIN}/api/a?input=1`))!.text()).toBe("/api/a?input=1");
    expect(takeEarlyFetch("/api/a?input=1")).toBeUndefined();
    expect(await (await takeEarlyFetch("/api/b"))!.text()).toBe("/api/b");
    expect(takeEarlyFetch("/api/c")).toBeUndefined();
  });

  it("drops an answer nobody took in time", () => {
    runScript(earlyFetchScript(["/api/a"], {}));
    vi.advanceTimersByTime(EARLY_FETCH_MAX_AGE_MS + 1);
    expect(takeEarlyFetch("/api/a")).toBeUndefined();
  });

  it("takes nothing for another origin's URL or where no script ran", () => {
    expect(takeEarlyFetch("/api/a")).toBeUndefined();
    runScript(earlyFetchScript(["/api/a"], {}));
    expect(takeEarlyFetch("http://other.test/api/a")).toBeUndefined();
  });

  it("keeps every URL and header inside the script: no text can end it", () => {
    const script = earlyFetchScript(["/api/a?q=</script><script>alert(1)</script>"], { h: "</script>" });
    expect(script).not.toMatch(/<\/?script/i);
    runScript(script);
    expect(asked).toEqual([{ url: "/api/a?q=</script><script>alert(1)</script>", headers: { h: "</script>" } }]);
  });
});
