import { describe, expect, it } from "vitest";
import { calendarFeedPath, calendarTokenHash, isCalendarToken, newCalendarToken } from "./calendar-token";

describe("calendar tokens", () => {
  it("are fresh, well formed, and hashed the same way each time", () => {
    const a = newCalendarToken();
    const b = newCalendarToken();
    expect(a).not.toBe(b);
    expect(isCalendarToken(a)).toBe(true);
    expect(calendarTokenHash(a)).toBe(calendarTokenHash(a));
    expect(calendarTokenHash(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(calendarTokenHash(a)).not.toBe(calendarTokenHash(b));
    expect(calendarFeedPath(a)).toBe(`/api/calendar/${a}.ics`);
  });
  it("refuses anything not shaped like one", () => {
    for (const bad of ["", "short", `${newCalendarToken()}x`, "../../etc/passwd", "a".repeat(42) + "/"])
      expect(isCalendarToken(bad)).toBe(false);
  });
});
