import { describe, expect, it } from "vitest";
import { DEFAULT_INPUT_LIMITS } from "../lib/report-input/limits";
import { readEnv } from "./env";
import { inputLimits } from "./input-limits";

describe("inputLimits", () => {
  it("defaults to 2 MB a file and 50 MB a batch", () => {
    expect(inputLimits(readEnv({ NODE_ENV: "test" }))).toEqual(DEFAULT_INPUT_LIMITS);
    expect(DEFAULT_INPUT_LIMITS).toMatchObject({ fileBytes: 2 * 1024 * 1024, batchBytes: 50 * 1024 * 1024 });
  });

  it("takes the sizes the environment sets, in MB, and refuses a size that is not a positive number", () => {
    expect(inputLimits(readEnv({ NODE_ENV: "test", IMPORT_MAX_FILE_MB: "5", IMPORT_MAX_BATCH_MB: "0.5" }))).toMatchObject({
      fileBytes: 5 * 1024 * 1024,
      batchBytes: 512 * 1024,
    });
    expect(() => readEnv({ NODE_ENV: "test", IMPORT_MAX_FILE_MB: "-1" })).toThrow(/IMPORT_MAX_FILE_MB/);
    expect(() => readEnv({ NODE_ENV: "test", IMPORT_MAX_BATCH_MB: "很多" })).toThrow(/IMPORT_MAX_BATCH_MB/);
  });
});
