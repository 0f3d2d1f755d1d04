/**
 * Where a report goes that names no department, and where data from before
 * departments existed went ('' became this; the migration SQL spells it too).
 */
export const DEFAULT_DEPARTMENT = "默认部门";

/** Where `npm start` puts the sample reports of an empty database. */
export const SAMPLE_DEPARTMENT = "示例部门";
