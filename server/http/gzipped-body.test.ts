import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { GZIP_MIN_BYTES, GZIPPED_BODY_HEADER, gzipBytes, streamOf, wantsGzippedBody } from "./gzipped-body";

const json = new TextEncoder().encode(JSON.stringify(Array.from({ length: 20_000 }, (_, i) => ({ id: i, name: `项目${i}` }))));

async function chunksOf(stream: ReadableStream<Uint8Array>): Promise<Uint8Array[]> {
  const chunks: Uint8Array[] = [];
  const reader = stream.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) chunks.push(next.value);
  return chunks;
}

describe("streamOf", () => {
  it("streams the bytes as views of the same memory, in order", async () => {
    const chunks = await chunksOf(streamOf(json));
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.every((c) => c.buffer === json.buffer)).toBe(true);
    expect(Buffer.concat(chunks).equals(Buffer.from(json))).toBe(true);
  });

  it("streams an empty body as no chunk", async () => {
    expect(await chunksOf(streamOf(new Uint8Array(0)))).toEqual([]);
  });
});

describe("gzipBytes", () => {
  it("compresses to bytes gunzip restores", async () => {
    const gz = await gzipBytes(json);
    expect(gz.byteLength).toBeLessThan(json.byteLength / 4);
    expect(gunzipSync(gz).equals(Buffer.from(json))).toBe(true);
  });
});

describe("wantsGzippedBody", () => {
  const asking = new Headers({ [GZIPPED_BODY_HEADER]: "gzip" });
  it("gzips for a client that decodes it, when the body is worth it", () => {
    expect(wantsGzippedBody(asking, new Uint8Array(GZIP_MIN_BYTES))).toBe(true);
    expect(wantsGzippedBody(asking, new Uint8Array(GZIP_MIN_BYTES - 1))).toBe(false);
  });
  it("never for a client that did not ask (curl, another tool): next start gzips those by Accept-Encoding", () => {
    expect(wantsGzippedBody(new Headers({ "accept-encoding": "gzip" }), json)).toBe(false);
    expect(wantsGzippedBody(new Headers({ [GZIPPED_BODY_HEADER]: "br" }), json)).toBe(false);
  });
});
