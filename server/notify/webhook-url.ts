// A webhook URL as an admin types it, checked before it is saved and again before each send.
import { lookup } from "node:dns/promises";
import { isIP } from "node:net";
import { isLocalHostName, isPrivateAddress } from "./private-address";

export type UrlCheck = { ok: true; url: URL } | { ok: false; error: string };

/** Syntax and host: http(s) only, no credentials, no private-network host unless allowed. */
export function checkWebhookUrl(text: string, allowPrivate: boolean): UrlCheck {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return { ok: false, error: "Webhook 地址格式不正确" };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return { ok: false, error: "Webhook 地址只能以 http:// 或 https:// 开头" };
  if (url.username || url.password) return { ok: false, error: "Webhook 地址不能包含用户名或密码" };
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (!allowPrivate && (isPrivateAddress(host) || (isIP(host) === 0 && isLocalHostName(host))))
    return { ok: false, error: "Webhook 地址不能指向内网或本机（如确需，请设置 NOTIFY_ALLOW_PRIVATE=1）" };
  return { ok: true, url };
}

/**
 * Resolves the host and refuses it when any address is private: a public name can point
 * inside (DNS rebinding between save and send), so the check runs again before each send.
 */
export async function checkResolvedHost(url: URL, allowPrivate: boolean): Promise<string | null> {
  if (allowPrivate) return null;
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const addresses = isIP(host) ? [{ address: host }] : await lookup(host, { all: true });
  return addresses.some((a) => isPrivateAddress(a.address)) ? `${host} 解析到内网地址，已拒绝发送` : null;
}

/** Whether NOTIFY_ALLOW_PRIVATE lets webhooks reach private networks (tests on loopback, intranet bots). */
export const allowPrivateFromEnv = (env: Readonly<Record<string, string | undefined>> = process.env): boolean =>
  env.NOTIFY_ALLOW_PRIVATE === "1" || env.NOTIFY_ALLOW_PRIVATE?.toLowerCase() === "true";
