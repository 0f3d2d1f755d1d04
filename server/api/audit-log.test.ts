// The audit log on a real database: sign-ins through Better Auth's HTTP handler,
// an import and a milestone edit through the tRPC router, the CSV download's
// escaping, and the admin-only read.
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Auth, createAuth } from "../auth/auth";
import { createPasswordUser } from "../auth/create-user";
import { appendAudit, listAudit } from "../db/store/audit-log";
import { sampleReports } from "../testing/sample-reports";
import { createTempDatabase, type TempDatabase } from "../testing/temp-database";
import { TEST_DEPARTMENT, testDepartmentId } from "../testing/test-department";
import { auditCsv } from "./audit-csv";
import { createCaller } from "./root";
import type { Context } from "./trpc";

const APP = "http://127.0.0.1:3997";
let temp: TempDatabase;
let auth: Auth;
let zhangsan: { id: string; name: string };

beforeAll(async () => {
  temp = await createTempDatabase();
  auth = createAuth(temp.db, { baseURL: APP, secret: "audit-test-secret-0123456789abcdef0123", env: {} });
  zhangsan = await createPasswordUser(auth, { username: "zhangsan", name: "张三", password: "first-password" });
  await temp.db.membership.create({ data: { userId: zhangsan.id, departmentId: await testDepartmentId(temp.db), role: "editor" } });
});
afterAll(async () => temp.dispose());

/** A POST from the app's page; `ip` is the X-Forwarded-For header as sent (the log keeps its first hop). */
function post(path: string, body: unknown, ip: string, cookie?: string) {
  const headers = new Headers({ "content-type": "application/json", origin: APP, "x-forwarded-for": ip });
  if (cookie) headers.set("cookie", cookie);
  return auth.handler(new Request(`${APP}/api/auth${path}`, { method: "POST", headers, body: JSON.stringify(body) }));
}

const entries = async (action: string) => (await listAudit(temp.db, { action }, { skip: 0, take: 100 })).rows;

describe("sign-in events", () => {
  it("logs a sign-in, failed sign-ins (known and unknown user), a password change and a sign-out, with the client's address", async () => {
    const ok = await post("/sign-in/username", { username: "zhangsan", password: "first-password" }, "192.0.2.10, 10.0.0.1");
    expect(ok.status).toBe(200);
    const cookie = ok.headers
      .getSetCookie()
      .find((c) => c.startsWith("wrt.session_token="))!
      .split(";")[0]!;
    expect((await post("/sign-in/username", { username: "ZhangSan", password: "wrong-password" }, "192.0.2.11")).status).toBe(401);
    expect((await post("/sign-in/email", { email: "nobody@example.com", password: "wrong-password" }, "192.0.2.12")).status).toBe(401);

    expect(await entries("sign-in")).toMatchObject([{ userId: zhangsan.id, userName: "张三", ip: "192.0.2.10", reason: null }]);
    const failed = await entries("sign-in.failed");
    expect(failed).toHaveLength(2);
    expect(failed).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ userId: zhangsan.id, userName: "张三", ip: "192.0.2.11", reason: expect.stringMatching(/^INVALID_/) }),
        expect.objectContaining({ userId: null, userName: "nobody@example.com", ip: "192.0.2.12" }),
      ]),
    );

    const changed = await post(
      "/change-password",
      { currentPassword: "first-password", newPassword: "second-password" },
      "192.0.2.13",
      cookie,
    );
    expect(changed.status).toBe(200);
    expect(await entries("password.change")).toMatchObject([{ userId: zhangsan.id, userName: "张三", ip: "192.0.2.13" }]);

    expect((await post("/sign-out", {}, "192.0.2.14", cookie)).status).toBe(200);
    expect(await entries("sign-out")).toMatchObject([{ userId: zhangsan.id, userName: "张三", ip: "192.0.2.14" }]);
  });
});

describe("domain writes through the router", () => {
  const context = (): Context => ({ db: temp.db, user: { id: zhangsan.id, name: "张三", siteAdmin: false }, ip: "198.51.100.7" });

  it("logs an import with the user, address, department and what it wrote", async () => {
    const [fileName, text] = sampleReports()[0]!;
    const result = await createCaller(context()).importer.commit({ departmentId: await testDepartmentId(temp.db), text, fileName });
    const [entry] = await entries("import.commit");
    expect(entry).toMatchObject({ userId: zhangsan.id, userName: "张三", ip: "198.51.100.7", department: TEST_DEPARTMENT });
    expect(JSON.parse(entry!.changes!)).toMatchObject({ reportId: result.reportId, week: result.week, counts: result.counts });
  });

  it("logs a milestone edit with old → new and the reason", async () => {
    const milestone = await temp.db.milestone.findFirstOrThrow({ where: { precision: "day" }, orderBy: { id: "asc" } });
    await createCaller(context()).milestone.edit({
      id: milestone.id,
      expectedVersion: milestone.version,
      date: "2030-01-15",
      reason: "客户要求",
    });
    const [entry] = await entries("milestone.edit");
    expect(entry).toMatchObject({ userId: zhangsan.id, userName: "张三", ip: "198.51.100.7", reason: "客户要求" });
    expect(JSON.parse(entry!.changes!)).toMatchObject({ milestoneId: milestone.id, date: { old: milestone.date, new: "2030-01-15" } });
  });

  it("logs nothing when the write fails", async () => {
    const milestone = await temp.db.milestone.findFirstOrThrow({ orderBy: { id: "asc" } });
    const before = (await entries("milestone.edit")).length;
    await expect(
      createCaller(context()).milestone.edit({ id: milestone.id, expectedVersion: milestone.version + 9, date: "2030-02-01" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await entries("milestone.edit")).toHaveLength(before);
  });
});

describe("reading the log", () => {
  it("lets a site admin filter it and refuses anyone else", async () => {
    const admin = createCaller({ db: temp.db, user: { id: "admin", name: "管理员", siteAdmin: true } });
    const page = await admin.audit.list({ action: "sign-in.failed" });
    expect(page.total).toBe(2);
    expect((await admin.audit.list({ user: "张" })).rows.every((r) => r.userName === "张三")).toBe(true);
    expect((await admin.audit.list({ from: "2999-01-01" })).total).toBe(0);

    const error = await createCaller({ db: temp.db, user: { id: zhangsan.id, name: "张三", siteAdmin: false } })
      .audit.list({})
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCError);
    expect(error).toMatchObject({ code: "FORBIDDEN", message: "需要管理员权限" });
  });

  it("exports CSV with a BOM, quoting, and a formula neutralised", async () => {
    await appendAudit(temp.db, {
      action: "milestone.edit",
      userId: null,
      userName: "@evil",
      reason: '=cmd|"/c calc"!A1',
      changes: { a: 1 },
    });
    const [entry] = (await listAudit(temp.db, { user: "@evil" }, { skip: 0, take: 1 })).rows;
    const csv = auditCsv([entry!]);
    expect(csv.startsWith("\uFEFF时间,用户,")).toBe(true);
    const line = csv.split("\r\n")[1]!;
    expect(line).toContain(`,'@evil,`);
    expect(line).toContain(`,"'=cmd|""/c calc""!A1"`);
    expect(line).toContain(`"{""a"":1}"`);
    expect(csv.endsWith("\r\n")).toBe(true);
  });
});

describe("the account lockout", () => {
  it("logs a sign-in refused because the account is locked as a failed sign-in", async () => {
    await createPasswordUser(auth, { username: "lisi", name: "李四", password: "right-password" });
    for (let i = 0; i < 5; i++)
      expect((await post("/sign-in/username", { username: "lisi", password: "wrong-password" }, `198.18.${i}.1`)).status).toBe(401);
    expect((await post("/sign-in/username", { username: "lisi", password: "right-password" }, "203.0.113.99")).status).toBe(429);
    const [locked] = await entries("sign-in.failed");
    expect(locked).toMatchObject({ userName: "李四", ip: "203.0.113.99", reason: "ACCOUNT_LOCKED" });
  });
});
