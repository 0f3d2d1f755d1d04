// E-mail through SMTP with nodemailer (https://nodemailer.com/smtp/). The server is
// SMTP_URL (smtp://user:pass@host:587, smtps://… for TLS) and the sender MAIL_FROM.
// Message-ID is fixed per queued message, so a message sent again after a lost lease
// is recognisably the same one to mail clients.
import { createTransport } from "nodemailer";
import { emailBody } from "../format/email-body";
import type { NotifyMessage } from "../message";
import type { SendResult } from "./send-result";

export interface SmtpConfig {
  url: string;
  from: string;
}

export function smtpFromEnv(env: Readonly<Record<string, string | undefined>> = process.env): SmtpConfig | null {
  const url = env.SMTP_URL?.trim();
  return url ? { url, from: env.MAIL_FROM?.trim() || "周报里程碑追踪 <noreply@localhost>" } : null;
}

export async function sendEmail(
  smtp: SmtpConfig | null,
  to: string[],
  message: NotifyMessage,
  options: { messageId: string; timeoutMs: number },
): Promise<SendResult> {
  if (!smtp) return { outcome: "failed", response: "未配置 SMTP_URL，无法发送邮件" };
  const transport = createTransport({
    url: smtp.url,
    connectionTimeout: options.timeoutMs,
    greetingTimeout: options.timeoutMs,
    socketTimeout: options.timeoutMs,
  });
  try {
    const body = emailBody(message);
    const info = await transport.sendMail({
      from: smtp.from,
      to,
      subject: body.subject,
      html: body.html,
      text: body.text,
      messageId: options.messageId,
    });
    return { outcome: "sent", response: info.response };
  } catch (error) {
    const e = error as Error & { responseCode?: number; code?: string };
    const response = e.responseCode ? `SMTP ${e.responseCode} ${e.message}` : `SMTP ${e.code ?? e.name}`;
    // 5xx is the server's permanent no (unknown mailbox, refused sender); 4xx and network trouble pass
    return e.responseCode && e.responseCode >= 500 ? { outcome: "failed", response } : { outcome: "retry", response, retryAfterMs: null };
  } finally {
    transport.close();
  }
}
