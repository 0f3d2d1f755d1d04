// Queries the browser asks one per request (httpLink) instead of in a batch.
import { REVISION_PURE_PROCEDURES } from "~/server/http/revision-pure-procedures";

/**
 * The reads a page's HTML may start before its scripts (early-queries.tsx): the
 * timeline, and who is asking (the nav and the timeline's roles), which the
 * timeline waits for. Without it that read began only once the nav had hydrated.
 */
export const EARLY_QUERY_PATHS = ["timeline.get", "department.mine"] as const;
export type EarlyQueryPath = (typeof EARLY_QUERY_PATHS)[number];

/**
 * One request each: the revision-pure reads so that the HTTP cache keeps each
 * URL, the early ones so that their URL is the one the HTML asked for.
 */
export const UNBATCHED_QUERIES: ReadonlySet<string> = new Set([...REVISION_PURE_PROCEDURES, ...EARLY_QUERY_PATHS]);
