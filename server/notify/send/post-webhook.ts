// One POST of a bot message, with a deadline: a platform that hangs costs one timeout,
// not the worker. Redirects are not followed (a webhook that redirects is not one we checked).
import { checkResolvedHost } from "../webhook-url";
import { readWebhookAnswer, type SendResult } from "./send-result";

export async function postWebhook(url: string, body: unknown, options: { timeoutMs: number; allowPrivate: boolean }): Promise<SendResult> {
  try {
    const refused = await checkResolvedHost(new URL(url), options.allowPrivate);
    if (refused) return { outcome: "failed", response: refused };
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json; charset=utf-8" },
      body: JSON.stringify(body),
      redirect: "manual",
      signal: AbortSignal.timeout(options.timeoutMs),
    });
    return readWebhookAnswer(response.status, await response.text(), response.headers.get("retry-after"));
  } catch (error) {
    // the URL (with its token) never goes into the log: only what failed
    const e = error as Error & { cause?: { code?: string } };
    const what = e.name === "TimeoutError" ? `超时（${options.timeoutMs} ms 无响应）` : `网络错误 ${e.cause?.code ?? e.name}`;
    return { outcome: "retry", response: what, retryAfterMs: null };
  }
}
