// The per-account sign-in limit through the app's Better Auth HTTP handler: each attempt comes
// from a new address, so only the account count can stop them; the clock is injected.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { messages } from "~/lib/messages";
import { createTempDatabase, type TempDatabase } from "../testing/temp-database";
import { ACCOUNT_LOCKED, LOCK_MS, MAX_FAILURES, WINDOW_MS } from "./account-lockout";
import { type Auth, createAuth } from "./auth";
import { createPasswordUser, placeholderEmail } from "./create-user";

const APP = "http://127.0.0.1:3997";
let temp: TempDatabase;
let auth: Auth;
let clock = Date.UTC(2026, 0, 5, 9, 0);

beforeAll(async () => {
  temp = await createTempDatabase();
  auth = createAuth(temp.db, { baseURL: APP, secret: "lockout-test-secret-0123456789abcdef0123", env: {}, now: () => clock });
  for (const name of ["alice", "bob", "carol"]) {
    await createPasswordUser(auth, { username: name, name, password: `${name}-password-1` });
  }
});
afterAll(async () => temp.dispose());

let nextAddress = 1;

/** A sign-in from the app's page, from a fresh address each time (Better Auth's per-IP limit never applies). */
async function signIn(login: { username: string } | { email: string }, password: string) {
  const headers = new Headers({
    "content-type": "application/json",
    origin: APP,
    "x-forwarded-for": `10.1.${nextAddress >> 8}.${nextAddress++ & 255}`,
  });
  const path = "username" in login ? "/sign-in/username" : "/sign-in/email";
  const res = await auth.handler(
    new Request(`${APP}/api/auth${path}`, { method: "POST", headers, body: JSON.stringify({ ...login, password }) }),
  );
  return { status: res.status, body: (await res.json().catch(() => null)) as { code?: string; message?: string } | null };
}

describe("per-account sign-in limit", () => {
  it("refuses even the right password after 5 wrong ones, from any address, until the lock runs out", async () => {
    for (let i = 0; i < MAX_FAILURES; i++) expect((await signIn({ username: "alice" }, "wrong-password")).status).toBe(401);
    const refused = await signIn({ username: "alice" }, "alice-password-1");
    expect(refused.status).toBe(429);
    expect(refused.body).toMatchObject({ code: ACCOUNT_LOCKED, message: messages.auth.accountLocked(10) });
    // by email too: the count belongs to the account, not to the name typed
    expect((await signIn({ email: placeholderEmail("alice") }, "alice-password-1")).status).toBe(429);
    // other accounts are not affected
    expect((await signIn({ username: "bob" }, "bob-password-1")).status).toBe(200);

    clock += LOCK_MS - 60_000;
    expect((await signIn({ username: "ALICE" }, "alice-password-1")).status).toBe(429);
    clock += 60_000;
    expect((await signIn({ username: "alice" }, "alice-password-1")).status).toBe(200);
  });

  it("counts failures only within the window, and a success clears them", async () => {
    for (let i = 0; i < MAX_FAILURES - 1; i++) expect((await signIn({ username: "carol" }, "wrong-password")).status).toBe(401);
    expect((await signIn({ username: "carol" }, "carol-password-1")).status).toBe(200);
    for (let i = 0; i < MAX_FAILURES - 1; i++) expect((await signIn({ username: "carol" }, "wrong-password")).status).toBe(401);
    clock += WINDOW_MS;
    expect((await signIn({ username: "carol" }, "wrong-password")).status).toBe(401);
    expect((await signIn({ username: "carol" }, "carol-password-1")).status).toBe(200);
  });

  it("limits an unknown name the same way (no hint that it does not exist)", async () => {
    for (let i = 0; i < MAX_FAILURES; i++) expect((await signIn({ username: "nobody" }, "wrong-password")).status).toBe(401);
    expect((await signIn({ username: "nobody" }, "wrong-password")).status).toBe(429);
  });
});
