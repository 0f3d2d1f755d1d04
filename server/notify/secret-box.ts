// Channel secrets (webhook tokens, signing secrets, e-mail addresses) are sealed at
// rest with AES-256-GCM (https://nodejs.org/api/crypto.html#class-cipher). The key is
// NOTIFY_SECRET_KEY; without it one is made once in the data directory beside the
// SQLite file (as the session secret is), so `npm start` needs no .env. Several app
// hosts on one PostgreSQL must share NOTIFY_SECRET_KEY, or one cannot open what another sealed.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import { keptSecret } from "../auth/kept-secret";

export const NOTIFY_KEY_FILE = "notify-secret";
const VERSION = "v1";

/** A 32-byte key from any text: NOTIFY_SECRET_KEY may be a passphrase or random base64. */
export const keyFromText = (text: string): Buffer => createHash("sha256").update(text, "utf8").digest();

/** The key from NOTIFY_SECRET_KEY, else the one in `dataDir/notify-secret` (made by the first caller). */
export function notifyKey(dataDir: string, env: Readonly<Record<string, string | undefined>> = process.env): Buffer {
  const fromEnv = env.NOTIFY_SECRET_KEY?.trim();
  if (fromEnv) return keyFromText(fromEnv);
  return keyFromText(keptSecret(dataDir, NOTIFY_KEY_FILE));
}

/** `v1.<iv>.<tag>.<ciphertext>`, base64url: a fresh IV each time, so equal secrets look different. */
export function seal(key: Buffer, plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const data = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), data].map((p) => (typeof p === "string" ? p : p.toString("base64url"))).join(".");
}

/** The sealed text; throws when it was sealed with another key or changed (GCM checks the tag). */
export function open(key: Buffer, sealed: string): string {
  const [version, iv, tag, data] = sealed.split(".");
  if (version !== VERSION || !iv || !tag || data === undefined) throw new Error("密文格式不对");
  const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]).toString("utf8");
}
