// The lunar new year has no closed formula worth carrying; a table covers the
// years reports will plausibly mention.
const SPRING_FESTIVAL: Record<number, [number, number]> = {
  2020: [1, 25], 2021: [2, 12], 2022: [2, 1], 2023: [1, 22], 2024: [2, 10], 2025: [1, 29],
  2026: [2, 17], 2027: [2, 6], 2028: [1, 26], 2029: [2, 13], 2030: [2, 3], 2031: [1, 23],
  2032: [2, 11], 2033: [1, 31], 2034: [2, 19], 2035: [2, 8],
};

/** Month and day of 春节 in `year`, or null outside the table. */
export function springFestival(year: number): { month: number; day: number } | null {
  const entry = SPRING_FESTIVAL[year];
  return entry ? { month: entry[0], day: entry[1] } : null;
}
