// A per-user limit on expensive procedures (reading a report runs the whole
// extractor): at most `limit` calls per `windowMs`. Kept in this process: with
// several app processes each allows its own share, which still bounds the load.

export interface Throttle {
  /** Counts a call by `key`; false when it is over the limit (and then it is not counted). */
  take(key: string): boolean;
}

export function createThrottle(limit: number, windowMs: number, now: () => number = Date.now): Throttle {
  const calls = new Map<string, number[]>();
  return {
    take(key) {
      const since = now() - windowMs;
      const recent = (calls.get(key) ?? []).filter((t) => t > since);
      if (recent.length >= limit) {
        calls.set(key, recent);
        return false;
      }
      recent.push(now());
      calls.set(key, recent);
      return true;
    },
  };
}
