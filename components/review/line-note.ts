import { messages } from "~/lib/messages";
import type { Change } from "~/server/tracking/types";
import type { LineHighlight } from "../report/line-highlight";

const t = messages.reviewText;

/**
 * What one line of the previewed text gave, said in a sentence for the text
 * column: the changes read from it, that it was read but changes nothing, that
 * it was not understood (未识别, with why), or that nothing was read from it.
 */
export function lineNote(line: number, highlights: readonly LineHighlight[], changes: readonly Pick<Change, "source">[]): string {
  const count = changes.filter((c) => c.source?.line === line).length;
  if (count > 0) return t.lineChanges(line, count);
  const marks = highlights.filter((h) => h.line === line);
  const unread = marks.find((h) => h.kind === "unread");
  if (unread) return t.lineUnread(line, unread.label);
  return marks.length > 0 ? t.lineUnchanged(line) : t.lineNothing(line);
}
