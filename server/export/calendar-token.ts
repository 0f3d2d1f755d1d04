// The secret of a calendar subscription URL: 32 random bytes, base64url. The
// URL is the credential (calendar apps send no session), so only its SHA-256 is stored.
import { createHash, randomBytes } from "node:crypto";

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export const newCalendarToken = (): string => randomBytes(32).toString("base64url");

/** Whether `text` has a token's shape: anything else is refused before the database is asked. */
export const isCalendarToken = (text: string): boolean => TOKEN.test(text);

export const calendarTokenHash = (token: string): string => createHash("sha256").update(token).digest("hex");

/** The feed's path under the app's address. */
export const calendarFeedPath = (token: string): string => `/api/calendar/${token}.ics`;
