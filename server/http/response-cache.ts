// Responses kept per key within a byte budget, least recently used out first,
// and produced once however many requests ask for a key at the same moment: a
// cold cache under 200 readers would otherwise build the same 2 MB 200 times.
export interface CachedResponse {
  etag: string;
  /** the tracking revision it was produced at: an entry of an older one can never be asked for again */
  revision: number;
  contentType: string;
  body: Uint8Array;
  /** the body gzipped, for the clients that decode it (lib/http/gzipped-body.ts) */
  gzipped: Uint8Array;
}

/** What an entry costs beside its bytes (the key, the headers, the objects). */
const ENTRY_OVERHEAD = 1024;

export interface ResponseCache {
  /**
   * The entry for `key`: cached, or made by `produce`. While one `produce` runs,
   * others asking for the same key wait for it. `produce` answers a Response for
   * an outcome not to cache (an error); it goes to its own caller only, and each
   * waiter then runs its own `produce`.
   */
  share(key: string, produce: () => Promise<CachedResponse | Response>): Promise<CachedResponse | Response>;
  /** bytes held */
  size(): number;
}

export function createResponseCache(options: { maxBytes: number }): ResponseCache {
  const entries = new Map<string, CachedResponse>(); // in order of use, oldest first
  const running = new Map<string, Promise<CachedResponse | null>>();
  const costOf = (key: string, entry: CachedResponse) => ENTRY_OVERHEAD + key.length + entry.body.byteLength + entry.gzipped.byteLength;
  const size = () => [...entries].reduce((total, [key, entry]) => total + costOf(key, entry), 0);

  function store(key: string, entry: CachedResponse) {
    for (const [k, e] of entries) if (e.revision < entry.revision) entries.delete(k);
    entries.delete(key);
    entries.set(key, entry);
    let total = size();
    for (const [k, e] of entries) {
      if (total <= options.maxBytes || k === key) break;
      total -= costOf(k, e);
      entries.delete(k);
    }
  }

  async function produceAndStore(key: string, produce: () => Promise<CachedResponse | Response>) {
    const result = await produce();
    if (!(result instanceof Response)) store(key, result);
    return result;
  }

  return {
    async share(key, produce) {
      const hit = entries.get(key);
      if (hit) {
        entries.delete(key);
        entries.set(key, hit);
        return hit;
      }
      const pending = running.get(key);
      if (pending) return (await pending) ?? produceAndStore(key, produce);
      const result = produceAndStore(key, produce);
      const shared = result.then(
        (r) => (r instanceof Response ? null : r),
        () => null,
      );
      running.set(key, shared);
      void shared.then(() => running.delete(key));
      return result;
    },
    size,
  };
}
