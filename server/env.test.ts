import { describe, expect, it } from "vitest";
import { dateWindowOf, readEnv } from "./env";

const read = (vars: Record<string, string>) => readEnv({ NODE_ENV: "test", ...vars });

describe("readEnv: the date window", () => {
  it("defaults to 2000-01-01 … 2100-12-31 and takes either end from the environment", () => {
    expect(dateWindowOf(read({}))).toEqual({ earliest: "2000-01-01", latest: "2100-12-31" });
    expect(dateWindowOf(read({ DATE_WINDOW_START: "2020-03-15" }))).toEqual({ earliest: "2020-03-15", latest: "2100-12-31" });
    expect(dateWindowOf(read({ DATE_WINDOW_START: "2020-03-15", DATE_WINDOW_END: "2030-06-30" }))).toEqual({
      earliest: "2020-03-15",
      latest: "2030-06-30",
    });
  });

  it("refuses a day that is no real yyyy-MM-dd date, naming the variable", () => {
    expect(() => read({ DATE_WINDOW_END: "2030-02-30" })).toThrow(/DATE_WINDOW_END.*yyyy-MM-dd/);
    expect(() => read({ DATE_WINDOW_START: "2020/01/01" })).toThrow(/DATE_WINDOW_START.*yyyy-MM-dd/);
  });

  it("refuses a window reaching outside 2000-01-01 … 2100-12-31", () => {
    expect(() => read({ DATE_WINDOW_START: "1999-12-31" })).toThrow(/DATE_WINDOW_START 应在 2000-01-01 至 2100-12-31 之间/);
    expect(() => read({ DATE_WINDOW_END: "2101-01-01" })).toThrow(/DATE_WINDOW_END 应在/);
  });

  it("refuses an inverted window, also against a default end", () => {
    expect(() => read({ DATE_WINDOW_START: "2030-01-01", DATE_WINDOW_END: "2020-01-01" })).toThrow(/不能晚于 DATE_WINDOW_END/);
    expect(() => read({ DATE_WINDOW_END: "1999-01-01", DATE_WINDOW_START: "2000-06-01" })).toThrow(/DATE_WINDOW_END 应在/);
    expect(() => read({ DATE_WINDOW_END: "2000-01-01", DATE_WINDOW_START: "2000-06-01" })).toThrow(/不能晚于 DATE_WINDOW_END/);
  });
});
