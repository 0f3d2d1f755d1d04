// Who a session cookie names, remembered for a few seconds in this process.
// Why: every API request verified the cookie's signature (WebCrypto HMAC) and read
// the session and its user, about a quarter of a small read's server time; under
// 200 concurrent readers that time is what queues (issue #10, `npm run bench:load`).
// What it costs: a session revoked from outside this process (another instance,
// expiry) is honoured within `ttlMs`. Anything that changes sessions or users in
// this process (any POST to /api/auth, a site-admin change) clears the cache at once.

export interface SessionCacheOptions<T> {
  /** the real lookup: the session's user, or null when the cookie names none */
  read: (headers: Headers) => Promise<T | null>;
  /** the raw session cookie of a request, or null (the cache key: a signed token only its holder knows) */
  keyOf: (headers: Headers) => string | null;
  ttlMs: number;
  /** entries kept at most; the oldest go first */
  maxEntries: number;
  now?: () => number;
}

export interface SessionCache<T> {
  /** the cookie's user, read again when not seen within `ttlMs`; an unknown cookie is never remembered */
  get(headers: Headers): Promise<T | null>;
  clear(): void;
}

export function createSessionCache<T>({ read, keyOf, ttlMs, maxEntries, now = Date.now }: SessionCacheOptions<T>): SessionCache<T> {
  const entries = new Map<string, { value: T; until: number }>();
  // a clear during a lookup must not let that lookup store what it read before the change
  let generation = 0;
  return {
    async get(headers) {
      const key = keyOf(headers);
      if (!key) return read(headers);
      const hit = entries.get(key);
      if (hit && hit.until > now()) return hit.value;
      entries.delete(key);
      const started = generation;
      const value = await read(headers);
      if (value !== null && started === generation) {
        if (entries.size >= maxEntries) entries.delete(entries.keys().next().value!);
        entries.set(key, { value, until: now() + ttlMs });
      }
      return value;
    },
    clear() {
      generation++;
      entries.clear();
    },
  };
}
