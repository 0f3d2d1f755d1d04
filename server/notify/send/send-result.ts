// What one try at sending came to, and how a platform's answer reads.

export type SendResult =
  | { outcome: "sent"; response: string }
  /** worth another try later: a network error, a timeout, 5xx, 429 or a rate-limit code */
  | { outcome: "retry"; response: string; retryAfterMs: number | null }
  /** will not get better by trying again: a refused signature, a bad token, a 4xx */
  | { outcome: "failed"; response: string };

/** The platforms' "too many requests" codes in a 200 answer: 飞书 9499 / 11232, 钉钉 130101, 企业微信 45009. */
const RATE_LIMIT_CODES = new Set([9499, 11232, 130101, 45009]);

const clip = (text: string) => (text.length > 500 ? `${text.slice(0, 500)}…` : text);

/** A webhook's HTTP answer: 飞书 says `code` (0: ok), 钉钉 and 企业微信 `errcode`. */
export function readWebhookAnswer(status: number, body: string, retryAfter: string | null): SendResult {
  const response = clip(`HTTP ${status} ${body}`.trim());
  if (status === 429 || status >= 500) return { outcome: "retry", response, retryAfterMs: retryAfterMs(retryAfter) };
  if (status < 200 || status >= 300) return { outcome: "failed", response };
  let code: unknown;
  try {
    const json = JSON.parse(body) as { code?: unknown; errcode?: unknown; StatusCode?: unknown };
    code = json.code ?? json.errcode ?? json.StatusCode ?? 0;
  } catch {
    return { outcome: "failed", response };
  }
  if (code === 0) return { outcome: "sent", response };
  if (typeof code === "number" && RATE_LIMIT_CODES.has(code)) return { outcome: "retry", response, retryAfterMs: null };
  return { outcome: "failed", response };
}

/** Retry-After in seconds or as an HTTP date. */
export function retryAfterMs(header: string | null, now = Date.now()): number | null {
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}
