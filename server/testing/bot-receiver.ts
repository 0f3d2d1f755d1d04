// A loopback HTTP server playing one group-bot platform for the notification tests.
// It checks what the platform checks, the way its documentation says (independently
// of server/notify/sign.ts): 飞书's sign and timestamp in the body, 钉钉's in the query,
// 企业微信's key in the URL, the message shape and size. A script of answers lets a
// test make it fail with 500 or 429 or hang before it accepts.
import { createHmac } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type Platform = "feishu" | "dingtalk" | "wecom";
export type Answer = "ok" | "500" | "429" | "hang";

export interface Received {
  body: Record<string, unknown>;
  url: string;
  /** what the receiver answered: accepted, refused (and why), or a scripted failure */
  answer: "accepted" | "refused" | Answer;
  reason?: string;
}

export interface BotReceiver {
  platform: Platform;
  /** the webhook URL to configure (the token, or 企业微信's key, included) */
  webhook: string;
  secret: string | null;
  received: Received[];
  accepted(): Record<string, unknown>[];
  /** the answers to give next, in order; then "ok" */
  script(...answers: Answer[]): void;
  /** waits until `n` requests have arrived */
  waitFor(n: number, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

const HOUR_MS = 3_600_000;

function verify(
  platform: Platform,
  url: URL,
  body: Record<string, unknown>,
  secret: string | null,
  token: string,
  now: number,
): string | null {
  if (platform === "wecom") {
    if (url.searchParams.get("key") !== token) return "invalid webhook url";
    const content = (body.markdown as { content?: string } | undefined)?.content;
    if (body.msgtype !== "markdown" || typeof content !== "string") return "bad message shape";
    if (Buffer.byteLength(content) > 4096) return "markdown.content exceed max length 4096";
    return null;
  }
  if (platform === "dingtalk") {
    if (url.searchParams.get("access_token") !== token) return "token is not exist";
    const md = body.markdown as { title?: string; text?: string } | undefined;
    if (body.msgtype !== "markdown" || !md?.title || !md.text) return "bad message shape";
    if (!secret) return null;
    const timestamp = Number(url.searchParams.get("timestamp"));
    if (!Number.isFinite(timestamp) || Math.abs(now - timestamp) > HOUR_MS) return "timestamp is not within one hour";
    const expected = createHmac("sha256", secret).update(`${timestamp}\n${secret}`).digest("base64");
    return url.searchParams.get("sign") === expected ? null : "sign not match";
  }
  if (url.pathname !== `/open-apis/bot/v2/hook/${token}`) return "webhook not found";
  const post = (body.content as { post?: { zh_cn?: { title?: string; content?: unknown[] } } } | undefined)?.post?.zh_cn;
  if (body.msg_type !== "post" || !post?.title || !Array.isArray(post.content)) return "bad message shape";
  if (Buffer.byteLength(JSON.stringify(body)) > 20 * 1024) return "request body too large";
  if (!secret) return null;
  const timestamp = Number(body.timestamp);
  if (!Number.isFinite(timestamp) || Math.abs(now / 1000 - timestamp) > 3600) return "timestamp is not within one hour";
  const expected = createHmac("sha256", `${timestamp}\n${secret}`).update("").digest("base64");
  return body.sign === expected ? null : "sign match fail";
}

/** The platform's "ok" and "refused" answers. */
function reply(platform: Platform, ok: boolean, reason = "") {
  if (platform === "feishu") return ok ? { code: 0, msg: "success", data: {} } : { code: 19021, msg: reason, data: {} };
  return ok ? { errcode: 0, errmsg: "ok" } : { errcode: platform === "dingtalk" ? 310000 : 93000, errmsg: reason };
}

export async function startBotReceiver(
  platform: Platform,
  options: { secret?: string | null; now?: () => number } = {},
): Promise<BotReceiver> {
  const secret = options.secret ?? null;
  const token = `tok${Math.random().toString(36).slice(2, 10)}`;
  const now = options.now ?? Date.now;
  const received: Received[] = [];
  const answers: Answer[] = [];
  const hanging = new Set<ServerResponse>();
  const waiters: (() => void)[] = [];

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const body = JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}") as Record<string, unknown>;
    const answer = answers.shift() ?? "ok";
    const entry: Received = { body, url: url.toString(), answer };
    received.push(entry);
    waiters.splice(0).forEach((w) => w());
    if (answer === "hang") return void hanging.add(res);
    if (answer === "500") return void res.writeHead(500).end("internal error");
    if (answer === "429") return void res.writeHead(429, { "retry-after": "0" }).end("too many requests");
    const refused = verify(platform, url, body, secret, token, now());
    entry.answer = refused ? "refused" : "accepted";
    if (refused) entry.reason = refused;
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(reply(platform, !refused, refused ?? "")));
  };

  const server: Server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;
  const webhook = {
    feishu: `${base}/open-apis/bot/v2/hook/${token}`,
    dingtalk: `${base}/robot/send?access_token=${token}`,
    wecom: `${base}/cgi-bin/webhook/send?key=${token}`,
  }[platform];

  return {
    platform,
    webhook,
    secret,
    received,
    accepted: () => received.filter((r) => r.answer === "accepted").map((r) => r.body),
    script: (...more) => void answers.push(...more),
    async waitFor(n, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (received.length < n) {
        if (Date.now() > deadline) throw new Error(`${platform}: 只收到 ${received.length} 条，等待 ${n} 条`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 50);
        });
      }
    },
    async close() {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
