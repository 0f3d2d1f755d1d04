// 发送测试: a short message straight to one channel (not through the outbox), so the
// admin sees at once whether the URL, the secret and the platform agree.
import { messages } from "../../lib/messages";
import type { Db } from "../db";
import { findDepartment } from "../db/store/departments";
import { readSealedChannel } from "../db/store/notify-channels";
import { open } from "./secret-box";
import type { SmtpConfig } from "./send/send-email";
import type { SendResult } from "./send/send-result";
import { sendToChannel } from "./send/send-to-channel";

export async function sendTest(
  db: Db,
  channelId: number,
  options: { key: Buffer; smtp: SmtpConfig | null; allowPrivate: boolean; baseUrl: string; now?: Date },
): Promise<SendResult> {
  const channel = await readSealedChannel(db, channelId);
  if (!channel) return { outcome: "failed", response: "渠道不存在" };
  const department = await findDepartment(db, { id: channel.departmentId });
  let target: string;
  let secret: string | null;
  try {
    target = open(options.key, channel.target);
    secret = channel.secret === null ? null : open(options.key, channel.secret);
  } catch {
    return { outcome: "failed", response: "无法解密渠道配置（NOTIFY_SECRET_KEY 是否更换过？请重新填写该渠道）" };
  }
  const now = options.now ?? new Date();
  const message = {
    title: messages.notify.testTitle(department?.name ?? ""),
    summary: messages.notify.testSummary,
    link: options.baseUrl,
    sections: [],
  };
  return sendToChannel({ kind: channel.kind, target, secret }, message, {
    timeoutMs: 10_000,
    allowPrivate: options.allowPrivate,
    smtp: options.smtp,
    messageId: `<test-${channel.id}-${now.getTime()}@weekly-tracker>`,
    now,
  });
}
