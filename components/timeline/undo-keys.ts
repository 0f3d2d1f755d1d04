// Which history step a key press asks for: Ctrl+Z (⌘Z) undoes, Ctrl+Shift+Z
// and Ctrl+Y redo. Not while typing in a field, where the keys undo the typing.
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  /** the focused element's tag name and whether it is content-editable */
  target: { tagName?: string; isContentEditable?: boolean } | null;
}

const TYPING = new Set(["INPUT", "TEXTAREA", "SELECT"]);

export function historyKeyOf(e: KeyPress): "undo" | "redo" | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  if (e.target && (TYPING.has(e.target.tagName?.toUpperCase() ?? "") || e.target.isContentEditable)) return null;
  const key = e.key.toLowerCase();
  if (key === "z") return e.shiftKey ? "redo" : "undo";
  if (key === "y" && !e.shiftKey) return "redo";
  return null;
}
