// 钉钉 (`msgtype: "markdown"`, https://open.dingtalk.com/document/orgapp/custom-bot-send-message-type)
// and 企业微信 (`msgtype: "markdown"`, content at most 4096 bytes,
// https://developer.work.weixin.qq.com/document/path/91770) speak nearly the same markdown.
import type { NotifyMessage } from "../message";
import { escapeMarkdown, markdownUrl } from "./escape";
import { fitBlocks, utf8Bytes } from "./fit-blocks";
import { messageLines, moreText } from "./message-lines";

export const WECOM_MARKDOWN_LIMIT = 4096;
/** 钉钉 documents no markdown limit of its own; its text messages stop at 20000 bytes, so this stays under */
export const DINGTALK_MARKDOWN_LIMIT = 18_000;

const link = (text: string, url: string | null) => (url ? `[${escapeMarkdown(text)}](${markdownUrl(url)})` : escapeMarkdown(text));

/** The markdown text of a message within `limit` bytes, its title a heading. */
export function chatMarkdown(message: NotifyMessage, limit: number): string {
  const head = `### ${escapeMarkdown(message.title)}\n`;
  const blocks = messageLines(message).map((line) => {
    if (line.kind === "summary") return `${escapeMarkdown(line.text)}\n`;
    if (line.kind === "heading") return `\n**${escapeMarkdown(line.text)}**（${line.count} 项）\n`;
    return `- ${link(line.text, line.link)}\n`;
  });
  const more = (left: number) => `\n${link(moreText(left), message.link)}\n`;
  return head + fitBlocks(blocks, utf8Bytes, limit - utf8Bytes(head), more).join("");
}

export function dingtalkMarkdown(message: NotifyMessage) {
  return { msgtype: "markdown", markdown: { title: message.title, text: chatMarkdown(message, DINGTALK_MARKDOWN_LIMIT) } };
}

export function wecomMarkdown(message: NotifyMessage) {
  return { msgtype: "markdown", markdown: { content: chatMarkdown(message, WECOM_MARKDOWN_LIMIT) } };
}
