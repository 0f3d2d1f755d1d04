import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { earlyFetchScript } from "./early-fetch";
import { ASKS_GZIPPED, fetchDecodingGzippedBody, GZIPPED_BODY_HEADER } from "./gzipped-body";

const BODY = JSON.stringify({ result: { data: { json: { name: "支付系统", items: Array.from({ length: 500 }, (_, i) => i) } } } });
let server: Server;
let url: string;
const asked: (string | undefined)[] = [];

beforeAll(async () => {
  // gzipped and marked when asked for, plain otherwise: as server/http/revision-cached-query.ts answers
  server = createServer((req, res) => {
    const wanted = req.headers[GZIPPED_BODY_HEADER] as string | undefined;
    asked.push(wanted);
    if (wanted === "gzip" && req.url === "/gz") {
      res.writeHead(200, { "content-type": "application/gzip", [GZIPPED_BODY_HEADER]: "gzip", etag: 'W/"a-gz"' });
      res.end(gzipSync(BODY));
    } else {
      res.writeHead(404, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: "不存在" }));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

describe("fetchDecodingGzippedBody", () => {
  it("asks for a gzipped body and hands back the decoded JSON, headers kept", async () => {
    const res = await fetchDecodingGzippedBody(`${url}/gz`, { headers: { accept: "application/json" } });
    expect(asked.at(-1)).toBe("gzip");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/json");
    expect(res.headers.get(GZIPPED_BODY_HEADER)).toBeNull();
    expect(res.headers.get("etag")).toBe('W/"a-gz"');
    expect(await res.text()).toBe(BODY);
  });

  it("passes an unmarked answer through as it came", async () => {
    const res = await fetchDecodingGzippedBody(`${url}/missing`);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: "不存在" });
  });

  describe("with a read the page started early (early-fetch.ts)", () => {
    afterEach(() => vi.unstubAllGlobals());
    /** The page's inline script, run in a window on the test server's origin (its fetch takes relative URLs, as a page's). */
    const startEarly = (path: string, fetchEarly: typeof fetch = (u, init) => fetch(new URL(String(u), url), init)) => {
      vi.stubGlobal("window", { location: { origin: url } });
      new Function("window", "fetch", "setTimeout", earlyFetchScript([path], ASKS_GZIPPED))(globalThis.window, fetchEarly, setTimeout);
    };

    it("takes that answer instead of asking again, and decodes it", async () => {
      const before = asked.length;
      startEarly("/gz");
      const res = await fetchDecodingGzippedBody(`${url}/gz`, { method: "GET" });
      expect(asked.length).toBe(before + 1); // the early request was the only one, and asked for gzip
      expect(asked.at(-1)).toBe("gzip");
      expect(await res.text()).toBe(BODY);
      await fetchDecodingGzippedBody(`${url}/gz`, { method: "GET" });
      expect(asked.length).toBe(before + 2); // taken once: the next read asks
    });

    it("asks again when the early request failed", async () => {
      startEarly("/gz", () => Promise.reject(new TypeError("network")));
      const res = await fetchDecodingGzippedBody(`${url}/gz`, { method: "GET" });
      expect(await res.text()).toBe(BODY);
    });
  });
});
