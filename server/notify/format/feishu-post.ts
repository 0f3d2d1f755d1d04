// 飞书 custom bot, rich text (`msg_type: "post"`): every element is plain `text` or an
// `a` link, so report text needs no escaping here. The request body may be at most
// 20 KB (https://open.feishu.cn/document/client-docs/bot-v3/add-custom-bot, 使用限制).
import type { NotifyMessage } from "../message";
import { fitBlocks, utf8Bytes } from "./fit-blocks";
import { messageLines, moreText } from "./message-lines";

type Element = { tag: "text"; text: string } | { tag: "a"; text: string; href: string };
type Paragraph = Element[];

export const FEISHU_BODY_LIMIT = 20 * 1024;
/** room for the title, the signature and JSON around the paragraphs */
const RESERVED = 1024;

export function feishuPost(message: NotifyMessage): {
  msg_type: "post";
  content: { post: { zh_cn: { title: string; content: Paragraph[] } } };
} {
  const paragraphs: Paragraph[] = messageLines(message).map((line) => {
    if (line.kind === "summary") return [{ tag: "text", text: line.text }];
    if (line.kind === "heading") return [{ tag: "text", text: `【${line.text}】${line.count} 项` }];
    return line.link
      ? [
          { tag: "text", text: "• " },
          { tag: "a", text: line.text, href: line.link },
        ]
      : [{ tag: "text", text: `• ${line.text}` }];
  });
  const more = (left: number): Paragraph =>
    message.link ? [{ tag: "a", text: moreText(left), href: message.link }] : [{ tag: "text", text: moreText(left) }];
  const budget = FEISHU_BODY_LIMIT - RESERVED - utf8Bytes(JSON.stringify(message.title));
  const content = fitBlocks(paragraphs, (p) => utf8Bytes(JSON.stringify(p)) + 1, budget, more);
  return { msg_type: "post", content: { post: { zh_cn: { title: message.title, content } } } };
}
