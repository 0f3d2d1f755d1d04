// The outbox worker: claims due messages with a lease, sends each to its channel,
// records the answer, and schedules a retry (exponential backoff) or gives up.
// A worker that dies mid-send leaves its lease to expire; another then sends the
// message again (at least once to the platform; e-mail keeps its Message-ID).
import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import type { Db } from "../db";
import { readSealedChannel } from "../db/store/notify-channels";
import { type ClaimedDelivery, claimDue, postpone, recordFailure, recordSent } from "../db/store/notify-deliveries";
import { DEFAULT_RETRY, nextAttemptAt, type RetryPolicy } from "./backoff";
import { parseNotifyMessage } from "./message";
import { BOT_LIMITS, createRateLimiter, type RateLimiter } from "./rate-limit";
import { open } from "./secret-box";
import { emailOf } from "../db/store/subscriptions";
import { sendEmail, type SmtpConfig } from "./send/send-email";
import type { SendResult } from "./send/send-result";
import { sendToChannel } from "./send/send-to-channel";

export interface WorkerOptions {
  key: Buffer;
  smtp: SmtpConfig | null;
  allowPrivate: boolean;
  workerId?: string;
  /** how long a claimed message stays this worker's: longer than a send's timeout */
  leaseMs?: number;
  timeoutMs?: number;
  batch?: number;
  retry?: RetryPolicy;
  limiter?: RateLimiter;
  now?: () => Date;
}

type Resolved = Required<WorkerOptions>;

function resolve(options: WorkerOptions): Resolved {
  return {
    workerId: `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`,
    leaseMs: 60_000,
    timeoutMs: 10_000,
    batch: 10,
    retry: DEFAULT_RETRY,
    limiter: createRateLimiter(),
    now: () => new Date(),
    ...options,
  };
}

/** One pass: claims what is due and sends it. Returns how many messages it handled. */
export async function deliverDue(db: Db, options: WorkerOptions): Promise<number> {
  const o = resolve(options);
  const now = o.now();
  const claimed = await claimDue(db, o.workerId, now, new Date(now.getTime() + o.leaseMs), o.batch);
  for (const delivery of claimed) {
    try {
      await deliverOne(db, delivery, o);
    } catch (error) {
      // a bug or a database hiccup must not leave the row to be claimed forever: it counts as a try
      const response = `内部错误 ${(error as Error).name}`;
      console.error("[notify] 发送出错", delivery.id, (error as Error).message);
      await recordFailure(db, delivery.id, o.workerId, response, nextAttemptAt(o.now(), delivery.attempts + 1, o.retry)).catch(
        () => undefined,
      );
    }
  }
  return claimed.length;
}

async function deliverOne(db: Db, delivery: ClaimedDelivery, o: Resolved): Promise<void> {
  if (delivery.userId !== null) return deliverToUser(db, delivery, delivery.userId, o);
  const channel = delivery.channelId === null ? null : await readSealedChannel(db, delivery.channelId);
  if (!channel || !channel.enabled) return recordFailure(db, delivery.id, o.workerId, "渠道已停用", null);
  const wait = o.limiter.take(`channel:${channel.id}`, BOT_LIMITS[channel.kind], o.now().getTime());
  if (wait > 0) return postpone(db, delivery.id, o.workerId, new Date(o.now().getTime() + wait));
  let target: string;
  let secret: string | null;
  try {
    target = open(o.key, channel.target);
    secret = channel.secret === null ? null : open(o.key, channel.secret);
  } catch {
    return recordFailure(db, delivery.id, o.workerId, "无法解密渠道配置（NOTIFY_SECRET_KEY 是否更换过？请重新填写该渠道）", null);
  }
  const result = await sendToChannel({ kind: channel.kind, target, secret }, parseNotifyMessage(delivery.payload), {
    timeoutMs: o.timeoutMs,
    allowPrivate: o.allowPrivate,
    smtp: o.smtp,
    messageId: messageIdOf(delivery),
    now: o.now(),
  });
  await recordResult(db, delivery, result, o);
}

/** A subscriber's own e-mail (server/notify/subscribers.ts), to the address the account has now. */
async function deliverToUser(db: Db, delivery: ClaimedDelivery, userId: string, o: Resolved): Promise<void> {
  const email = await emailOf(db, userId);
  if (!email) return recordFailure(db, delivery.id, o.workerId, "用户已删除", null);
  const result = await sendEmail(o.smtp, [email], parseNotifyMessage(delivery.payload), {
    messageId: messageIdOf(delivery),
    timeoutMs: o.timeoutMs,
  });
  await recordResult(db, delivery, result, o);
}

const messageIdOf = (delivery: ClaimedDelivery) => `<delivery-${delivery.id}-${delivery.createdAt.getTime()}@weekly-tracker>`;

async function recordResult(db: Db, delivery: ClaimedDelivery, result: SendResult, o: Resolved): Promise<void> {
  const at = o.now();
  if (result.outcome === "sent") await recordSent(db, delivery.id, o.workerId, result.response, at);
  else if (result.outcome === "failed") await recordFailure(db, delivery.id, o.workerId, result.response, null);
  else
    await recordFailure(
      db,
      delivery.id,
      o.workerId,
      result.response,
      nextAttemptAt(at, delivery.attempts + 1, o.retry, result.retryAfterMs),
    );
}

/** Runs passes every `intervalMs` (and straight on while there is more) until stopped. */
export function startWorker(db: Db, options: WorkerOptions & { intervalMs?: number }): { stop(): Promise<void> } {
  const o = resolve(options);
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> = Promise.resolve();
  const tick = () => {
    running = (async () => {
      try {
        while (!stopped && (await deliverDue(db, o)) > 0);
      } catch (error) {
        console.error("[notify] 发送队列处理失败", (error as Error).message);
      }
      if (!stopped) timer = setTimeout(tick, options.intervalMs ?? 5_000);
    })();
  };
  tick();
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
