// The setup page's form: the first admin, then signed in at once (the cookie comes back
// in the response's Set-Cookie). Refused once anybody has an account.
import { z } from "zod";
import { messages } from "../../lib/messages";
import type { Db } from "../db/create-client";
import type { Auth } from "./auth";
import { AccountError } from "./create-user";
import { createFirstAdmin } from "./first-admin";

export const setupForm = z.object({
  username: z.string().max(100),
  name: z.string().max(64),
  password: z.string().max(200),
  passwordAgain: z.string().max(200),
});
export type SetupForm = z.infer<typeof setupForm>;

export type SetupResult = { ok: true; headers: Headers } | { ok: false; status: 400 | 409; message: string };

export async function setupFirstAdmin(auth: Auth, db: Db, form: SetupForm, requestHeaders: Headers): Promise<SetupResult> {
  if (form.password !== form.passwordAgain) return { ok: false, status: 400, message: messages.auth.passwordsDiffer };
  try {
    const created = await createFirstAdmin(auth, db, { username: form.username, name: form.name, password: form.password });
    if (!created) return { ok: false, status: 409, message: messages.auth.alreadySetUp };
  } catch (error) {
    if (error instanceof AccountError) return { ok: false, status: 400, message: error.message };
    throw error;
  }
  const { headers } = await auth.api.signInUsername({
    body: { username: form.username.trim(), password: form.password },
    headers: requestHeaders,
    returnHeaders: true,
  });
  return { ok: true, headers };
}
