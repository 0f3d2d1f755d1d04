// Accounts are made by the server, never by public sign-up: the first admin at
// start (ADMIN_USERNAME) or on the setup page; later, by a site admin.
import { messages } from "../../lib/messages";
import type { Auth } from "./auth";
import { MIN_PASSWORD_LENGTH } from "./auth";

/** A user-facing reason an account cannot be made. */
export class AccountError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "AccountError";
  }
}

export interface NewPasswordUser {
  username: string;
  /** shown in the nav and recorded as the actor of imports and edits; the username when blank */
  name?: string;
  password: string;
  siteAdmin?: boolean;
}

// the username plugin's default rules, checked here so the message is ours
const USERNAME = /^[a-zA-Z0-9_.]{3,30}$/;

/** Creates a user who signs in with username (or a placeholder email) and password. */
export async function createPasswordUser(auth: Auth, input: NewPasswordUser): Promise<{ id: string; name: string }> {
  const username = input.username.trim();
  if (!USERNAME.test(username)) throw new AccountError(messages.auth.usernameInvalid);
  if (input.password.length < MIN_PASSWORD_LENGTH) throw new AccountError(messages.auth.passwordTooShort(MIN_PASSWORD_LENGTH));
  const ctx = await auth.$context;
  const normalized = username.toLowerCase();
  const taken = await ctx.adapter.findOne({ model: "user", where: [{ field: "username", value: normalized }] });
  if (taken) throw new AccountError(messages.auth.usernameTaken);
  const user = await ctx.internalAdapter.createUser(
    {
      name: input.name?.trim() || username,
      // Better Auth requires an email; a local account without one gets an address that can never receive mail
      email: placeholderEmail(normalized),
      emailVerified: true,
      username: normalized,
      displayUsername: username,
      siteAdmin: input.siteAdmin ?? false,
    },
    { method: "admin" },
  );
  await ctx.internalAdapter.linkAccount({
    userId: user.id,
    providerId: "credential",
    accountId: user.id,
    password: await ctx.password.hash(input.password),
  });
  return { id: user.id, name: user.name };
}

/** `.invalid` is reserved (RFC 2606): no mail is ever sent there. */
export const placeholderEmail = (username: string) => `${username}@localhost.invalid`;
