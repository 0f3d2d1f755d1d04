// The bots' documented send rates, kept per bot in this process: 飞书 5 per second and
// 100 per minute (https://open.feishu.cn/document/client-docs/bot-v3/add-custom-bot, 使用限制),
// 钉钉 20 per minute (https://open.dingtalk.com/document/orgapp/custom-robot-access),
// 企业微信 20 per minute (https://developer.work.weixin.qq.com/document/path/91770).
// Several instances each keep their own count; a 429 or the platform's rate-limit code
// still sends a message back to the queue (send-result.ts), so the limit only paces us.
import type { ChannelKind } from "../../lib/domain/channel-kind";

export interface Window {
  count: number;
  ms: number;
}

export const BOT_LIMITS: Record<ChannelKind, readonly Window[]> = {
  feishu: [
    { count: 5, ms: 1_000 },
    { count: 100, ms: 60_000 },
  ],
  dingtalk: [{ count: 20, ms: 60_000 }],
  wecom: [{ count: 20, ms: 60_000 }],
  email: [],
};

export interface RateLimiter {
  /** 0: go ahead (the send is counted); else how many ms until a slot frees */
  take(key: string, windows: readonly Window[], now: number): number;
}

export function createRateLimiter(): RateLimiter {
  const sent = new Map<string, number[]>();
  return {
    take(key, windows, now) {
      const longest = Math.max(0, ...windows.map((w) => w.ms));
      const times = (sent.get(key) ?? []).filter((t) => t > now - longest);
      let wait = 0;
      for (const w of windows) {
        const inWindow = times.filter((t) => t > now - w.ms);
        if (inWindow.length >= w.count) wait = Math.max(wait, inWindow[inWindow.length - w.count]! + w.ms - now);
      }
      if (wait === 0) times.push(now);
      sent.set(key, times);
      return wait;
    },
  };
}
