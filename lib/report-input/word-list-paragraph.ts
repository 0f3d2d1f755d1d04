// Word (and WPS) put lists on the clipboard as paragraphs, not <ol>/<ul>:
// `<p class=MsoListParagraph style='mso-list:l0 level2 lfo1'>` whose text starts
// with the number or bullet Word drew ("1.", "·", "", "o" and no-break spaces).
// This turndown rule writes each as an item indented by its level, one per line.
import type TurndownService from "turndown";

const LEVEL = /mso-list:\s*l\d+\s+level(\d+)/i;
/** the marker Word drew, then its spacing: a number (1. 1) 一、) or a bullet glyph */
const NUMBER = /^\s*(\d{1,3}|[一二三四五六七八九十]{1,3})([.)、．])[\s\u00a0]+/;
const BULLET = /^\s*[·•o§\u00b7\uf0a7\uf0b7\uf06c\uf0d8\uf0fc-][\s\u00a0]+/;

export const wordListParagraph: TurndownService.Rule = {
  filter: (node) => node.nodeName === "P" && LEVEL.test(node.getAttribute("style") ?? ""),
  replacement(content, node) {
    const level = Number(LEVEL.exec((node as HTMLElement).getAttribute("style") ?? "")?.[1] ?? "1");
    const text = content.replace(/\n+/g, " ");
    const number = NUMBER.exec(text);
    const item = number
      ? `${number[1]}${number[2] === "、" ? "、" : "."} ${text.slice(number[0].length)}`
      : `- ${text.replace(BULLET, "")}`;
    return `\n${"    ".repeat(Math.max(0, level - 1))}${item.trim()}\n`;
  },
};
