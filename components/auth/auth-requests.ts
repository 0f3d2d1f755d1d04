// The browser's calls to Better Auth's endpoints (/api/auth/*) and the setup route.
// Each returns null on success or the Chinese message to show.
import { messages } from "~/lib/messages";

async function post(path: string, body: unknown): Promise<Response> {
  return fetch(path, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
    credentials: "same-origin",
  });
}

async function codeOf(res: Response): Promise<string | undefined> {
  const body = (await res.json().catch(() => null)) as { code?: string; message?: string } | null;
  return body?.code;
}

/** Signs in with a username, or an email when the login has an @. */
export async function signIn(login: string, password: string): Promise<string | null> {
  const trimmed = login.trim();
  const res = trimmed.includes("@")
    ? await post("/api/auth/sign-in/email", { email: trimmed, password })
    : await post("/api/auth/sign-in/username", { username: trimmed, password });
  if (res.ok) return null;
  if (res.status === 429) {
    // the per-account limit (server/auth/account-lockout.ts) says how long the account stays locked
    const body = (await res.json().catch(() => null)) as { code?: string; message?: string } | null;
    return body?.code === "ACCOUNT_LOCKED" && body.message ? body.message : messages.auth.tooManyAttempts;
  }
  return messages.auth.wrongCredentials;
}

/** Starts company SSO: the browser goes to the identity provider and comes back to `next`. */
export async function startSso(next: string): Promise<string | null> {
  const res = await post("/api/auth/sign-in/social", { provider: "sso", callbackURL: next, errorCallbackURL: "/sign-in" });
  const body = (await res.json().catch(() => null)) as { url?: string } | null;
  if (!res.ok || !body?.url) return messages.common.unknownError;
  window.location.assign(body.url);
  return null;
}

export async function signOut(): Promise<void> {
  await post("/api/auth/sign-out", {});
}

/** Changes the password and signs out the user's other sessions. */
export async function changePassword(currentPassword: string, newPassword: string, minLength: number): Promise<string | null> {
  if (newPassword.length < minLength) return messages.auth.passwordTooShort(minLength);
  const res = await post("/api/auth/change-password", { currentPassword, newPassword, revokeOtherSessions: true });
  if (res.ok) return null;
  if (res.status === 429) return messages.auth.tooManyAttempts;
  const code = await codeOf(res);
  if (code === "INVALID_PASSWORD") return messages.auth.wrongCurrentPassword;
  if (code === "PASSWORD_TOO_SHORT") return messages.auth.passwordTooShort(minLength);
  return messages.common.unknownError;
}

export interface SetupInput {
  username: string;
  name: string;
  password: string;
  passwordAgain: string;
}

/** Creates the first admin and signs in as them. */
export async function setUpFirstAdmin(input: SetupInput): Promise<string | null> {
  if (input.password !== input.passwordAgain) return messages.auth.passwordsDiffer;
  const res = await post("/api/setup", input);
  if (res.ok) return null;
  const body = (await res.json().catch(() => null)) as { message?: string } | null;
  return body?.message ?? messages.common.unknownError;
}
