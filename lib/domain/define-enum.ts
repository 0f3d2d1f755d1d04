/**
 * One enum from one `as const` list: its values (`z.enum(values)` validates
 * input on the server), `is`, and `parse` for values read back from storage (a
 * bad stored value is an error, not a silent cast). No zod in here: the
 * browser's bundle imports these enums and has no use for it.
 */
export function defineEnum<const T extends readonly [string, ...string[]]>(name: string, values: T) {
  const set: ReadonlySet<string> = new Set(values);
  const is = (value: unknown): value is T[number] => typeof value === "string" && set.has(value);
  return {
    values,
    is,
    parse(value: unknown): T[number] {
      if (!is(value)) throw new Error(`${name}: unknown value ${JSON.stringify(value)} (expected one of ${values.join(", ")})`);
      return value;
    },
  };
}
