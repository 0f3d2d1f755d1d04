// Where notifications get their settings: the environment, read once per use.
//   NOTIFY_SECRET_KEY     seals channel secrets (default: a key made once in the data dir)
//   NOTIFY_ALLOW_PRIVATE  "1": webhooks may point at private networks (intranet bots, tests)
//   SMTP_URL, MAIL_FROM   the e-mail server and sender (no SMTP_URL: e-mail channels fail with a reason)
//   NOTIFY_WORKER         "0": this instance neither sends nor schedules (another one does)
//   APP_URL               the public address messages link to (server/auth/app-url.ts)
import path from "node:path";
import type { DatabaseTarget } from "../db/database-url";
import { notifyKey } from "./secret-box";
import { allowPrivateFromEnv } from "./webhook-url";

type EnvSource = Readonly<Record<string, string | undefined>>;

/** Beside the SQLite file, else ./data: where the generated key is kept (as the session secret is). */
export function dataDirOf(target: DatabaseTarget): string {
  return target.provider === "sqlite" && target.file !== ":memory:" ? path.dirname(target.file) : path.resolve("data");
}

export function notifyKeyFor(target: DatabaseTarget, env: EnvSource = process.env): Buffer {
  return notifyKey(dataDirOf(target), env);
}

export const allowPrivate = (env: EnvSource = process.env): boolean => allowPrivateFromEnv(env);

export const workerEnabled = (env: EnvSource = process.env): boolean =>
  env.NOTIFY_WORKER !== "0" && env.NOTIFY_WORKER?.toLowerCase() !== "false";
