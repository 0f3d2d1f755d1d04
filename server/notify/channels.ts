// Adding a channel: the input checked (bad input changes nothing and says why in
// Chinese), the target and secret sealed before they reach the database.
import { type ChannelKind } from "../../lib/domain/channel-kind";
import type { DbOrTx } from "../db";
import { type ChannelRow, createChannel } from "../db/store/notify-channels";
import { seal } from "./secret-box";
import { splitAddresses } from "./send/send-to-channel";
import { checkWebhookUrl } from "./webhook-url";

export interface ChannelInput {
  departmentId: number;
  kind: ChannelKind;
  name: string;
  /** the webhook URL, or for e-mail the addresses (comma or newline separated) */
  target: string;
  secret?: string | null;
  /** only the weekly digest: for leadership */
  digestOnly?: boolean;
}

export class ChannelInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ChannelInputError";
  }
}

const EMAIL = /^[^\s@<>,;]+@[^\s@<>,;]+\.[^\s@<>,;]+$/;

/** What the admin page shows of a target: the host and a masked token, or the addresses. */
export function targetHint(kind: ChannelKind, target: string): string {
  if (kind === "email") return splitAddresses(target).join(", ");
  const url = new URL(target);
  const token = url.searchParams.get("access_token") ?? url.searchParams.get("key") ?? url.pathname.split("/").at(-1) ?? "";
  return `${url.host} …${token.slice(-4)}`;
}

/** Checks the input; throws ChannelInputError with the reason. Returns the normalised target. */
export function checkChannelInput(input: ChannelInput, allowPrivate: boolean): string {
  if (input.kind === "email") {
    const addresses = splitAddresses(input.target);
    if (addresses.length === 0) throw new ChannelInputError("请填写至少一个邮箱地址");
    const bad = addresses.find((a) => !EMAIL.test(a));
    if (bad) throw new ChannelInputError(`邮箱地址“${bad}”格式不正确`);
    return addresses.join(", ");
  }
  const check = checkWebhookUrl(input.target, allowPrivate);
  if (!check.ok) throw new ChannelInputError(check.error);
  if (input.kind === "wecom" && !check.url.searchParams.get("key")) throw new ChannelInputError("企业微信 Webhook 地址应包含 key 参数");
  if (input.kind === "dingtalk" && !check.url.searchParams.get("access_token"))
    throw new ChannelInputError("钉钉 Webhook 地址应包含 access_token 参数");
  if (input.kind === "wecom" && input.secret) throw new ChannelInputError("企业微信群机器人没有签名密钥，请留空");
  return check.url.toString();
}

export async function addChannel(db: DbOrTx, key: Buffer, input: ChannelInput, allowPrivate: boolean): Promise<ChannelRow> {
  const name = input.name.trim();
  if (!name) throw new ChannelInputError("请填写渠道名称");
  const target = checkChannelInput(input, allowPrivate);
  const secret = input.secret?.trim() || null;
  return createChannel(db, {
    departmentId: input.departmentId,
    kind: input.kind,
    name,
    target: seal(key, target),
    targetHint: targetHint(input.kind, target),
    secret: secret === null ? null : seal(key, secret),
    digestOnly: input.digestOnly ?? false,
  });
}
