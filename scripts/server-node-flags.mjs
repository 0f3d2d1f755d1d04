// The Node flags the server runs with, for `npm start` and for the servers the
// browser tests and benchmarks start, so what is measured is what is deployed.
// V8 grows its heap lazily up to a quarter of the machine's memory: under 200
// concurrent readers a server of ~290 MB sat at 780 MB without needing it. A
// cap makes it collect instead (peak 481 MB, same throughput; `npm run bench:load`).
// A 10,000-initiative report still imports within it (server/tracking/import/big-report.test.ts).

/** The old-space cap in MB: SERVER_HEAP_MB, default 320. */
export function serverHeapMb(env = process.env) {
  const mb = Number(env.SERVER_HEAP_MB ?? 320);
  if (!Number.isInteger(mb) || mb < 128) throw new Error(`SERVER_HEAP_MB 应为不小于 128 的整数（当前为 ${env.SERVER_HEAP_MB}）`);
  return mb;
}

/** Flags to put before the `next` script when starting `next start`. */
export function serverNodeFlags(env = process.env) {
  return [`--max-old-space-size=${serverHeapMb(env)}`];
}
