import { describe, expect, it } from "vitest";
import { historyKeyOf, type KeyPress } from "./undo-keys";

const press = (over: Partial<KeyPress>): KeyPress => ({
  key: "z",
  ctrlKey: true,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  target: { tagName: "BODY" },
  ...over,
});

describe("historyKeyOf", () => {
  it("Ctrl+Z undoes; Ctrl+Shift+Z and Ctrl+Y redo; ⌘ works as Ctrl", () => {
    expect(historyKeyOf(press({}))).toBe("undo");
    expect(historyKeyOf(press({ key: "Z", shiftKey: true }))).toBe("redo");
    expect(historyKeyOf(press({ key: "y" }))).toBe("redo");
    expect(historyKeyOf(press({ ctrlKey: false, metaKey: true }))).toBe("undo");
  });

  it("ignores plain keys, Alt combinations and other letters", () => {
    expect(historyKeyOf(press({ ctrlKey: false }))).toBeNull();
    expect(historyKeyOf(press({ altKey: true }))).toBeNull();
    expect(historyKeyOf(press({ key: "x" }))).toBeNull();
    expect(historyKeyOf(press({ key: "y", shiftKey: true }))).toBeNull();
  });

  it("leaves the keys to a field being typed in", () => {
    expect(historyKeyOf(press({ target: { tagName: "INPUT" } }))).toBeNull();
    expect(historyKeyOf(press({ target: { tagName: "textarea" } }))).toBeNull();
    expect(historyKeyOf(press({ target: { tagName: "SELECT" } }))).toBeNull();
    expect(historyKeyOf(press({ target: { tagName: "DIV", isContentEditable: true } }))).toBeNull();
    expect(historyKeyOf(press({ target: null }))).toBe("undo");
  });
});
