/**
 * `fn` over `yyyy-MM-dd` strings, computed once per distinct date: the tracker
 * derives figures for thousands of rows over a few hundred dates. The memo is
 * bounded (cleared past 10,000 dates) so a long-running server cannot grow it
 * without end.
 */
export function perDate<T>(fn: (date: string) => T): (date: string) => T {
  const cache = new Map<string, T>();
  return (date) => {
    let value = cache.get(date);
    if (value === undefined) {
      value = fn(date);
      if (cache.size > 10_000) cache.clear();
      cache.set(date, value);
    }
    return value;
  };
}
