// The app's Better Auth on a real database, through its HTTP handler as a browser
// reaches it: sign-in by username or email, a wrong password, sign-out, password
// change, the Origin check, and the first admin from ADMIN_USERNAME (once).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDatabase, type TempDatabase } from "../testing/temp-database";
import { type Auth, createAuth } from "./auth";
import { createPasswordUser, placeholderEmail } from "./create-user";
import { createAdminFromEnv, needsSetup } from "./first-admin";

const APP = "http://127.0.0.1:3998";
let temp: TempDatabase;
let auth: Auth;

beforeAll(async () => {
  temp = await createTempDatabase();
  auth = createAuth(temp.db, { baseURL: APP, secret: "auth-test-secret-0123456789abcdef0123", env: {} });
});
afterAll(async () => temp.dispose());

// Better Auth allows 3 sign-ins per 10 s from one address: each request gets its own unless a test names one
let nextAddress = 1;

/** A POST to /api/auth/… from the app's own page (Origin), with an optional cookie. */
async function post(path: string, body: unknown, options: { cookie?: string; origin?: string | null; ip?: string } = {}) {
  const headers = new Headers({ "content-type": "application/json", "x-forwarded-for": options.ip ?? `10.0.0.${nextAddress++}` });
  const origin = options.origin === undefined ? APP : options.origin;
  if (origin) headers.set("origin", origin);
  if (options.cookie) headers.set("cookie", options.cookie);
  return auth.handler(new Request(`${APP}/api/auth${path}`, { method: "POST", headers, body: JSON.stringify(body) }));
}

/** The session cookie a response sets, as a Cookie header. */
function sessionCookie(res: Response): string {
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith("wrt.session_token="));
  expect(cookie, "session cookie").toBeDefined();
  return cookie!.split(";")[0]!;
}

const sessionOf = (cookie: string) => auth.api.getSession({ headers: new Headers({ cookie }) });

describe("first admin from ADMIN_USERNAME / ADMIN_PASSWORD", () => {
  it("creates exactly one site admin, once, and only with both set", async () => {
    expect(await needsSetup(temp.db)).toBe(true);
    expect(await createAdminFromEnv(auth, temp.db, { ADMIN_USERNAME: "admin" })).toBeNull();
    await expect(createAdminFromEnv(auth, temp.db, { ADMIN_USERNAME: "e2e-admin", ADMIN_PASSWORD: "long-enough" })).rejects.toThrow(
      /^ADMIN_USERNAME \/ ADMIN_PASSWORD: 用户名需为/,
    );
    const env = { ADMIN_USERNAME: "Admin", ADMIN_PASSWORD: "admin-password-1", ADMIN_NAME: "管理员" };
    const [first, second] = await Promise.all([createAdminFromEnv(auth, temp.db, env), createAdminFromEnv(auth, temp.db, env)]);
    expect([first, second].filter(Boolean)).toHaveLength(1);
    expect(await createAdminFromEnv(auth, temp.db, { ...env, ADMIN_USERNAME: "other" })).toBeNull();
    const users = await temp.db.user.findMany();
    expect(users).toMatchObject([{ username: "admin", displayUsername: "Admin", name: "管理员", siteAdmin: true }]);
    expect(await temp.db.account.count({ where: { providerId: "credential", userId: users[0]!.id } })).toBe(1);
    expect(await needsSetup(temp.db)).toBe(false);
  });
});

describe("signing in and out", () => {
  it("signs in by username or email with the right password, and refuses a wrong one", async () => {
    const right = await post("/sign-in/username", { username: "admin", password: "admin-password-1" });
    expect(right.status).toBe(200);
    expect((await sessionOf(sessionCookie(right)))?.user).toMatchObject({ name: "管理员", siteAdmin: true });

    const byEmail = await post("/sign-in/email", { email: placeholderEmail("admin"), password: "admin-password-1" });
    expect(byEmail.status).toBe(200);

    const wrong = await post("/sign-in/username", { username: "admin", password: "not-the-password" });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.getSetCookie().some((c) => c.startsWith("wrt.session_token=") && !c.startsWith("wrt.session_token=;"))).toBe(
      false,
    );
    expect((await post("/sign-in/username", { username: "nobody", password: "admin-password-1" })).status).toBe(401);
  });

  it("limits sign-in attempts from one address (3 per 10 s, counted in the database)", async () => {
    const attempt = () => post("/sign-in/username", { username: "admin", password: "wrong-password" }, { ip: "10.9.9.9" });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await attempt()).status);
    expect(statuses).toEqual([401, 401, 401, 429]);
    expect(await temp.db.rateLimit.count()).toBeGreaterThan(0);
  });

  it("refuses public sign-up", async () => {
    const res = await post("/sign-up/email", { name: "x", email: "x@example.com", password: "password-123" });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(await temp.db.user.count({ where: { email: "x@example.com" } })).toBe(0);
  });

  it("signs out: the session row is gone and the cookie no longer works", async () => {
    const cookie = sessionCookie(await post("/sign-in/username", { username: "admin", password: "admin-password-1" }));
    expect(await sessionOf(cookie)).not.toBeNull();
    expect((await post("/sign-out", {}, { cookie })).status).toBe(200);
    expect(await sessionOf(cookie)).toBeNull();
  });

  it("refuses a cookie-carrying POST from another origin", async () => {
    const cookie = sessionCookie(await post("/sign-in/username", { username: "admin", password: "admin-password-1" }));
    expect((await post("/sign-out", {}, { cookie, origin: "https://evil.example" })).status).toBe(403);
    expect(await sessionOf(cookie)).not.toBeNull();
  });
});

describe("password change", () => {
  it("needs the current password, then the new one signs in, the old one no longer, other sessions end", async () => {
    await createPasswordUser(auth, { username: "zhangsan", name: "张三", password: "first-password" });
    const other = sessionCookie(await post("/sign-in/username", { username: "zhangsan", password: "first-password" }));
    const cookie = sessionCookie(await post("/sign-in/username", { username: "zhangsan", password: "first-password" }));

    const wrong = await post("/change-password", { currentPassword: "nope-nope", newPassword: "second-password" }, { cookie });
    expect(wrong.status).toBe(400);
    expect(((await wrong.json()) as { code: string }).code).toBe("INVALID_PASSWORD");

    const changed = await post(
      "/change-password",
      { currentPassword: "first-password", newPassword: "second-password", revokeOtherSessions: true },
      { cookie },
    );
    expect(changed.status).toBe(200);
    expect(await sessionOf(other)).toBeNull();
    expect((await post("/sign-in/username", { username: "zhangsan", password: "first-password" })).status).toBe(401);
    expect((await post("/sign-in/username", { username: "zhangsan", password: "second-password" })).status).toBe(200);
  });

  it("makes accounts only with a valid username and a long enough password, and no username twice", async () => {
    await expect(createPasswordUser(auth, { username: "a", password: "long-enough" })).rejects.toThrow(/用户名/);
    await expect(createPasswordUser(auth, { username: "lisi", password: "short" })).rejects.toThrow(/至少需要 8/);
    await expect(createPasswordUser(auth, { username: "ZhangSan", password: "long-enough" })).rejects.toThrow(/已被使用/);
  });
});
