// A message as a flat list of lines, the unit every format renders and truncates.
import type { NotifyMessage } from "../message";

export type MessageLine =
  | { kind: "summary"; text: string }
  | { kind: "heading"; text: string; count: number }
  | { kind: "item"; text: string; link: string | null };

export function messageLines(message: NotifyMessage): MessageLine[] {
  const lines: MessageLine[] = message.summary ? [{ kind: "summary", text: message.summary }] : [];
  for (const section of message.sections) {
    if (section.items.length === 0) continue;
    lines.push({ kind: "heading", text: section.heading, count: section.items.length });
    for (const item of section.items) lines.push({ kind: "item", text: item.text, link: item.link });
  }
  return lines;
}

/** The last line of a cut message: how much is left out, and where to read it. */
export const moreText = (left: number): string => `还有 ${left} 条未显示，更多请在系统中查看`;
