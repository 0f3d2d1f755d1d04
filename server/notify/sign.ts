// How each group bot proves a message comes from us.
import { createHmac } from "node:crypto";

/**
 * 飞书 custom bot, 签名校验: sign = base64(HMAC-SHA256 keyed with `timestamp + "\n" + secret`
 * over an empty message); `timestamp` (seconds, within an hour of now) and `sign` go in the JSON body.
 * https://open.feishu.cn/document/client-docs/bot-v3/add-custom-bot (quoted at
 * https://damodev.csdn.net/68230044a5baf817cf4af7cf.html with the official Python sample).
 */
export function feishuSign(secret: string, timestampSeconds: number): string {
  return createHmac("sha256", `${timestampSeconds}\n${secret}`).update("").digest("base64");
}

/**
 * 钉钉 custom robot, 加签: sign = urlEncode(base64(HMAC-SHA256 keyed with the secret over
 * `timestamp + "\n" + secret`)); `timestamp` (milliseconds, within an hour) and `sign` are query
 * parameters of the webhook URL. Returned here before URL encoding: URLSearchParams encodes it.
 * https://open.dingtalk.com/document/orgapp/customize-robot-security-settings (mirrored at
 * https://apifox.com/apidoc/docs-site/467052/doc-3550006).
 */
export function dingtalkSign(secret: string, timestampMs: number): string {
  return createHmac("sha256", secret).update(`${timestampMs}\n${secret}`).digest("base64");
}

/** The 钉钉 webhook URL with `timestamp` and `sign` added. */
export function dingtalkSignedUrl(webhook: string, secret: string, timestampMs: number): string {
  const url = new URL(webhook);
  url.searchParams.set("timestamp", String(timestampMs));
  url.searchParams.set("sign", dingtalkSign(secret, timestampMs));
  return url.toString();
}
