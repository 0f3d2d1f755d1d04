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

type EmailLine = MessageLine | { kind: "more"; left: number };

const anchor = (href: string | null, label: string) => (href ? `<a href="${escapeHtml(href)}">${label}</a>` : label);

/** One line in both parts: [html, text]. */
function render(line: EmailLine, link: string | null): [string, string] {
  switch (line.kind) {
    case "item":
      return [`<li>${anchor(line.link, escapeHtml(line.text))}</li>`, `  • ${line.text}${line.link ? `  ${line.link}` : ""}`];
    case "summary":
      return [`<p>${escapeHtml(line.text)}</p>`, `${line.text}\n`];
    case "heading":
      return [`<h3>${escapeHtml(line.text)}（${line.count} 项）</h3>`, `\n【${line.text}】${line.count} 项`];
    case "more":
      return [`<p>${anchor(link, escapeHtml(moreText(line.left)))}</p>`, `\n${moreText(line.left)}`];
  }
}

export function emailBody(message: NotifyMessage): EmailBody {
  const lines = fitBlocks<EmailLine>(
    messageLines(message),
    () => 1,
    EMAIL_MAX_LINES,
    (left) => ({ kind: "more", left }),
  );
  const html: string[] = [];
  const text: string[] = [message.title, ""];
  lines.forEach((line, i) => {
    const [h, t] = render(line, message.link);
    // items sit in one list per section
    const inList = line.kind === "item";
    if (inList && lines[i - 1]?.kind !== "item") html.push("<ul>");
    html.push(h);
    if (inList && lines[i + 1]?.kind !== "item") html.push("</ul>");
    text.push(t);
  });
  if (message.link) {
    html.push(`<p>${anchor(message.link, "在系统中查看")}</p>`);
    text.push("", `在系统中查看：${message.link}`);
  }
  return {
    subject: message.title,
    html: `<!doctype html><html><body><h2>${escapeHtml(message.title)}</h2>${html.join("")}</body></html>`,
    text: `${text.join("\n")}\n`,
  };
}
