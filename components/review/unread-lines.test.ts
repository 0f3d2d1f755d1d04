import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { UnreadLine } from "~/server/extract/types";
import { UnreadLines } from "./unread-lines";

const UNREAD: UnreadLine[] = [
  { line: 9, text: "- <b>12月18日</b>二次切流", reason: "unsure_item" },
  { line: 5, text: "2. 迁移：12月10日切流", reason: "date_without_milestone" },
  { line: 5, text: "2. 迁移：12月10日切流", reason: "date_disagreement" },
];

describe("UnreadLines", () => {
  it("offers the line's actions once per line, in the first group that lists it, and shows the text as text", () => {
    const html = renderToStaticMarkup(
      createElement(UnreadLines, { unread: UNREAD, renderActions: (line) => createElement("button", { "data-for": line.line }, "补充") }),
    );
    expect(html.match(/data-for="\d+"/g)).toEqual(['data-for="5"', 'data-for="9"']);
    expect(html).toContain("&lt;b&gt;12月18日&lt;/b&gt;");
    expect(html).not.toContain("<b>");
  });

  it("shows nothing without unread lines, and no actions when none are given", () => {
    expect(renderToStaticMarkup(createElement(UnreadLines, { unread: [] }))).toBe("");
    expect(renderToStaticMarkup(createElement(UnreadLines, { unread: UNREAD }))).not.toContain("button");
  });
});
