// A bounded load: `readers` concurrent clients share `total` requests over
// keep-alive connections, with node:http so the bytes counted are the bytes
// on the wire (fetch would decompress them, on the same CPU as the server).
import { Agent, request } from "node:http";

export interface Reply {
  status: number;
  etag: string | null;
  bytes: number;
  ms: number;
  /** the bytes as sent (still encoded), when asked for */
  body?: Buffer;
  /** why there is no status (0): `timeout`, or the socket's error code */
  error?: string;
}

export interface LoadResult {
  requests: number;
  errors: number;
  /** per status, or per error for the requests that got none */
  statuses: Record<string, number>;
  bytes: number;
  seconds: number;
  latencies: number[];
}

const TIMEOUT_MS = 60_000;

/** One GET; a network error or timeout is status 0. The body is counted, and kept only when `keepBody`. */
export function get(agent: Agent, url: string, headers: Record<string, string>, keepBody = false): Promise<Reply> {
  const start = performance.now();
  return new Promise((resolve) => {
    const req = request(url, { agent, headers, timeout: TIMEOUT_MS }, (res) => {
      let bytes = 0;
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => {
        bytes += chunk.byteLength;
        if (keepBody) chunks.push(chunk);
      });
      res.on("end", () =>
        resolve({
          status: res.statusCode ?? 0,
          etag: (res.headers.etag as string | undefined) ?? null,
          bytes,
          ms: performance.now() - start,
          body: keepBody ? Buffer.concat(chunks) : undefined,
        }),
      );
      res.on("error", (e: NodeJS.ErrnoException) =>
        resolve({ status: 0, etag: null, bytes, ms: performance.now() - start, error: e.code ?? e.message }),
      );
    });
    req.on("timeout", () => req.destroy(Object.assign(new Error("timeout"), { code: "timeout" })));
    req.on("error", (e: NodeJS.ErrnoException) =>
      resolve({ status: 0, etag: null, bytes: 0, ms: performance.now() - start, error: e.code ?? e.message }),
    );
    req.end();
  });
}

export function loadAgent(readers: number): Agent {
  return new Agent({ keepAlive: true, maxSockets: readers });
}

/**
 * Runs `total` requests from `readers` concurrent clients. `next(reader)` makes
 * reader's next request (it may keep state per reader: its ETag); `expected`
 * says which statuses are not errors; `afterEach` runs after every reply
 * (a writer bumping the revision mid-run).
 */
export async function runLoad(options: {
  readers: number;
  total: number;
  next: (reader: number) => Promise<Reply>;
  expected: readonly number[];
  afterEach?: (done: number) => Promise<void> | void;
}): Promise<LoadResult> {
  const result: LoadResult = { requests: 0, errors: 0, statuses: {}, bytes: 0, seconds: 0, latencies: [] };
  let started = 0;
  const start = performance.now();
  const reader = async (id: number) => {
    while (started < options.total) {
      started++;
      const reply = await options.next(id);
      result.requests++;
      result.bytes += reply.bytes;
      result.latencies.push(reply.ms);
      const outcome = reply.error ?? String(reply.status);
      result.statuses[outcome] = (result.statuses[outcome] ?? 0) + 1;
      if (!options.expected.includes(reply.status)) result.errors++;
      await options.afterEach?.(result.requests);
    }
  };
  await Promise.all(Array.from({ length: options.readers }, (_, id) => reader(id)));
  result.seconds = (performance.now() - start) / 1000;
  return result;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
