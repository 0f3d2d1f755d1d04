// The server's half of lib/http/gzipped-body.ts: which clients get the bytes
// gzipped once per cached answer, and a body that shares those bytes.
import { promisify } from "node:util";
import { gzip } from "node:zlib";
import { GZIPPED_BODY_HEADER } from "../../lib/http/gzipped-body";

export { GZIPPED_BODY_HEADER };

/** Below this a body goes as it is: compressing it saves less than its headers weigh. */
export const GZIP_MIN_BYTES = 1024;

/** Slices handed to the socket: views of the shared bytes, never copies. */
const CHUNK_BYTES = 64 * 1024;

/** Compressed on zlib's thread pool, off the event loop. */
export const gzipBytes: (bytes: Uint8Array) => Promise<Uint8Array> = promisify(gzip);

/** Whether to answer `body` gzipped: the client decodes it, and it is worth compressing. */
export function wantsGzippedBody(headers: Headers, body: Uint8Array): boolean {
  return body.byteLength >= GZIP_MIN_BYTES && headers.get(GZIPPED_BODY_HEADER) === "gzip";
}

/**
 * A response body over `bytes` without copying them (a Response made from a
 * Uint8Array copies it: 200 readers of 2.4 MB would hold 200 copies).
 */
export function streamOf(bytes: Uint8Array): ReadableStream<Uint8Array> {
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.byteLength) return controller.close();
      controller.enqueue(bytes.subarray(offset, (offset += CHUNK_BYTES)));
    },
  });
}
