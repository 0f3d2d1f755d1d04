// The setup page's form on an empty database: the first admin, signed in at once; refused afterwards.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDatabase, type TempDatabase } from "../testing/temp-database";
import { type Auth, createAuth } from "./auth";
import { setupFirstAdmin } from "./setup-admin";

const APP = "http://127.0.0.1:3997";
let temp: TempDatabase;
let auth: Auth;
beforeAll(async () => {
  temp = await createTempDatabase();
  auth = createAuth(temp.db, { baseURL: APP, secret: "setup-test-secret-0123456789abcdef0123", env: {} });
});
afterAll(async () => temp.dispose());

const browser = () => new Headers({ origin: APP, "x-forwarded-for": "10.1.1.1" });
const form = { username: "wangwu", name: "王五", password: "setup-password", passwordAgain: "setup-password" };

describe("setupFirstAdmin", () => {
  it("refuses differing passwords and a bad username, creating nobody", async () => {
    expect(await setupFirstAdmin(auth, temp.db, { ...form, passwordAgain: "other-password" }, browser())).toMatchObject({
      ok: false,
      message: "两次输入的密码不一致",
    });
    expect(await setupFirstAdmin(auth, temp.db, { ...form, username: "王" }, browser())).toMatchObject({ ok: false, status: 400 });
    expect(await temp.db.user.count()).toBe(0);
  });

  it("creates the site admin and returns the session cookie; a second setup is refused", async () => {
    const result = await setupFirstAdmin(auth, temp.db, form, browser());
    if (!result.ok) throw new Error(result.message);
    const cookie = result.headers
      .getSetCookie()
      .find((c) => c.startsWith("wrt.session_token="))!
      .split(";")[0]!;
    const session = await auth.api.getSession({ headers: new Headers({ cookie }) });
    expect(session?.user).toMatchObject({ name: "王五", siteAdmin: true });
    expect(await setupFirstAdmin(auth, temp.db, { ...form, username: "zhaoliu" }, browser())).toMatchObject({
      ok: false,
      status: 409,
    });
    expect(await temp.db.user.count()).toBe(1);
  });
});
