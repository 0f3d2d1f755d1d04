// A message to one channel in its own format, signed as its platform documents.
import type { ChannelKind } from "../../../lib/domain/channel-kind";
import { dingtalkMarkdown, wecomMarkdown } from "../format/chat-markdown";
import { feishuPost } from "../format/feishu-post";
import type { NotifyMessage } from "../message";
import { dingtalkSignedUrl, feishuSign } from "../sign";
import { postWebhook } from "./post-webhook";
import { sendEmail, type SmtpConfig } from "./send-email";
import type { SendResult } from "./send-result";

export interface OpenChannel {
  kind: ChannelKind;
  /** the webhook URL, or the addresses separated by commas */
  target: string;
  secret: string | null;
}

export interface SendOptions {
  timeoutMs: number;
  allowPrivate: boolean;
  smtp: SmtpConfig | null;
  /** stable per queued message: the e-mail's Message-ID */
  messageId: string;
  now: Date;
}

export function sendToChannel(channel: OpenChannel, message: NotifyMessage, options: SendOptions): Promise<SendResult> {
  const web = { timeoutMs: options.timeoutMs, allowPrivate: options.allowPrivate };
  switch (channel.kind) {
    case "feishu": {
      const body = feishuPost(message);
      if (!channel.secret) return postWebhook(channel.target, body, web);
      const timestamp = Math.floor(options.now.getTime() / 1000);
      return postWebhook(channel.target, { timestamp: String(timestamp), sign: feishuSign(channel.secret, timestamp), ...body }, web);
    }
    case "dingtalk": {
      const url = channel.secret ? dingtalkSignedUrl(channel.target, channel.secret, options.now.getTime()) : channel.target;
      return postWebhook(url, dingtalkMarkdown(message), web);
    }
    case "wecom":
      // 企业微信 signs nothing: the key in the webhook URL is the credential
      return postWebhook(channel.target, wecomMarkdown(message), web);
    case "email":
      return sendEmail(options.smtp, splitAddresses(channel.target), message, {
        messageId: options.messageId,
        timeoutMs: options.timeoutMs,
      });
  }
}

export const splitAddresses = (text: string): string[] =>
  text
    .split(/[,;，；\s]+/)
    .map((a) => a.trim())
    .filter(Boolean);
