// The e-mail: an HTML part (report text escaped) and a plain-text part for clients
// that show no HTML. Mail has no hard size limit; 300 lines keep it readable.
import type { NotifyMessage } from "../message";
import { escapeHtml } from "./escape";
import { fitBlocks } from "./fit-blocks";
import { type MessageLine, messageLines, moreText } from "./message-lines";

export const EMAIL_MAX_LINES = 300;

export interface EmailBody {
  subject: string;
  html: string;
  text: string;
}

export function emailBody(message: NotifyMessage): EmailBody {
  const lines = fitBlocks<MessageLine | { kind: "more"; left: number }>(messageLines(message), () => 1, EMAIL_MAX_LINES, (left) => ({
    kind: "more",
    left,
  }));
  const html: string[] = [];
  const text: string[] = [message.title, ""];
  let open = false;
  const closeList = () => open && (html.push("</ul>"), (open = false));
  for (const line of lines) {
    if (line.kind === "item") {
      if (!open) html.push("<ul>"), (open = true);
      const label = escapeHtml(line.text);
      html.push(line.link ? `<li><a href="${escapeHtml(line.link)}">${label}</a></li>` : `<li>${label}</li>`);
      text.push(`  • ${line.text}${line.link ? `  ${line.link}` : ""}`);
      continue;
    }
    closeList();
    if (line.kind === "summary") html.push(`<p>${escapeHtml(line.text)}</p>`), text.push(line.text, "");
    else if (line.kind === "heading") html.push(`<h3>${escapeHtml(line.text)}（${line.count} 项）</h3>`), text.push("", `【${line.text}】${line.count} 项`);
    else {
      const label = escapeHtml(moreText(line.left));
      html.push(message.link ? `<p><a href="${escapeHtml(message.link)}">${label}</a></p>` : `<p>${label}</p>`);
      text.push("", moreText(line.left));
    }
  }
  closeList();
  if (message.link) html.push(`<p><a href="${escapeHtml(message.link)}">在系统中查看</a></p>`), text.push("", `在系统中查看：${message.link}`);
  return {
    subject: message.title,
    html: `<!doctype html><html><body><h2>${escapeHtml(message.title)}</h2>${html.join("")}</body></html>`,
    text: `${text.join("\n")}\n`,
  };
}
