/**
 * The form names are compared in: lower case, without spaces, punctuation or
 * symbols (the same rule as the gold scorer), so `贝易转-装修存管` and
 * `贝易转 装修存管` are one name.
 */
export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[\s\p{P}\p{S}]/gu, "");
}
