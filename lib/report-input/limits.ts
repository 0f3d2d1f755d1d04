// How much one import may read. The server's own limit on a report's text is
// 2 MB (server/extract/check-input.ts); these bound the files before that.

export interface InputLimits {
  /** bytes of one file (a .md, .txt or .docx, or one entry of a .zip) */
  fileBytes: number;
  /** bytes of all files chosen at once, and of all entries a .zip unpacks to */
  batchBytes: number;
  /** files a .zip may hold */
  zipEntries: number;
}

export const DEFAULT_INPUT_LIMITS: InputLimits = {
  fileBytes: 2 * 1024 * 1024,
  batchBytes: 50 * 1024 * 1024,
  zipEntries: 500,
};

export const megabytes = (bytes: number) => Math.round((bytes / (1024 * 1024)) * 10) / 10;
