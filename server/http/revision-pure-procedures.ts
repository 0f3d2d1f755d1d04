/**
 * Procedures whose output depends only on the tracked data (every write to it
 * bumps the tracking revision, a department rename included), today's date, the
 * caller's departments and roles, and the input. Nothing else may go here: their
 * answers are shared between callers (server/http/revision-cached-query.ts), and
 * the browser asks for them one per request, so that its HTTP cache keeps each.
 */
export const REVISION_PURE_PROCEDURES: ReadonlySet<string> = new Set(["timeline.get"]);
