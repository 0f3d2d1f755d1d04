import { z } from "zod";

/**
 * One enum from one `as const` list: its values, the zod schema that validates
 * input, and `parse` for values read back from storage (a bad stored value is an
 * error, not a silent cast).
 */
export function defineEnum<const T extends readonly [string, ...string[]]>(name: string, values: T) {
  const schema = z.enum(values);
  const set: ReadonlySet<string> = new Set(values);
  const is = (value: unknown): value is T[number] => typeof value === "string" && set.has(value);
  return {
    values,
    schema,
    is,
    parse(value: unknown): T[number] {
      if (!is(value)) throw new Error(`${name}: unknown value ${JSON.stringify(value)} (expected one of ${values.join(", ")})`);
      return value;
    },
  };
}
