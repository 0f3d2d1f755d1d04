import { describe, expect, it } from "vitest";
import { EVENT_PATTERN, eventOfRun, eventPattern, findEventRuns, isBuiltInEvent } from "./event-words";

const events = (text: string, pattern?: RegExp) => findEventRuns(text, pattern).map((run) => eventOfRun(run).event);

describe("eventPattern", () => {
  it("without extra words (or with words the list has) is the built-in pattern itself", () => {
    expect(eventPattern([])).toBe(EVENT_PATTERN);
    expect(eventPattern(["灰度", " UAT ", ""])).toBe(EVENT_PATTERN);
  });

  it("adds a department's own words to the built-in ones", () => {
    const text = "12/10切流，12/20封网后上线";
    expect(events(text)).toEqual(["上线"]);
    expect(events(text, eventPattern(["切流", "封网"]))).toEqual(["切流", "封网", "上线"]);
  });

  it("keeps a longer built-in word ahead of an extra word it starts with", () => {
    expect(events("12/02正式运行", eventPattern(["正式"]))).toEqual(["正式运行"]);
    expect(events("12/02正式发车", eventPattern(["正式"]))).toEqual(["正式"]);
  });

  it("matches an extra Latin word only as a whole word, in any case", () => {
    const pattern = eventPattern(["Dryrun"]);
    expect(events("dryrun 12/3", pattern)).toEqual(["dryrun"]);
    expect(events("dryrunner 12/3", pattern)).toEqual([]);
  });

  it("reads regex characters in a word as letters", () => {
    expect(events("axxb 12/3", eventPattern(["a.*b"]))).toEqual([]);
    expect(events("a.*b 12/3", eventPattern(["a.*b"]))).toEqual(["a.*b"]);
    expect(() => eventPattern(["(", "[", "\\"])).not.toThrow();
  });

  it("isBuiltInEvent knows the list, ignoring case and spaces around", () => {
    expect(isBuiltInEvent("割接")).toBe(true);
    expect(isBuiltInEvent(" go-live ")).toBe(true);
    expect(isBuiltInEvent("切流")).toBe(false);
  });
});
