// The data transformer of the tRPC link and the server's router (and of React
// Query's dehydrate/hydrate): superjson, except for answers that are plain JSON
// already. superjson walks every value to note Dates, Maps and the like, and
// copies the whole answer again when it reads one back: for a 2,000-initiative
// timeline (2.4 MB) that was 80–150 ms on the server per fresh answer and tens
// of ms in the browser per page load, for data that is only strings, numbers,
// booleans, nulls, arrays and plain objects. Such a value goes as it is, with no
// `meta`, which superjson itself reads back the same; anything else goes
// through superjson unchanged.
import superjson from "superjson";

type Payload = ReturnType<typeof superjson.serialize>;

/**
 * Whether JSON carries `value` as it is: strings, booleans, null, finite numbers
 * other than -0, arrays of those, and plain objects of those. A property whose
 * value is undefined is left out, as an optional property is; an undefined
 * array element is not plain (JSON would make it null).
 */
export function isPlainJson(value: unknown): boolean {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === null || typeof v === "string" || typeof v === "boolean") continue;
    if (typeof v === "number") {
      if (!Number.isFinite(v) || Object.is(v, -0)) return false;
      continue;
    }
    if (typeof v !== "object") return false;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        if (v[i] === undefined) return false;
        stack.push(v[i]);
      }
      continue;
    }
    const proto = Object.getPrototypeOf(v);
    if (proto !== Object.prototype && proto !== null) return false;
    for (const key in v) {
      const item = (v as Record<string, unknown>)[key];
      if (item !== undefined) stack.push(item);
    }
  }
  return true;
}

export const dataTransformer = {
  serialize(value: unknown): Payload {
    return isPlainJson(value) ? { json: value as Payload["json"] } : superjson.serialize(value);
  },
  deserialize<T = unknown>(payload: Payload): T {
    // read from JSON just now: nobody else holds it, so no copy is needed
    if (payload !== null && typeof payload === "object" && payload.meta === undefined) return payload.json as T;
    return superjson.deserialize<T>(payload);
  },
};
