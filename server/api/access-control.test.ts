// Who may call what, read from the router itself: every procedure has a row below
// (a procedure added without one fails the first test). Each is called by an
// anonymous caller, by a viewer, an editor and an admin of department 甲, by a member
// of no department and by a site admin, against 甲's data and against 乙's; each
// call must be allowed or refused as the role says, and a refusal must change nothing.
// "Allowed" means the role check let it through: inputs are chosen so that an allowed
// write then stops harmlessly in the domain (a stale version, an unknown user).
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DepartmentRole } from "../../lib/domain/department-role";
import { roleAllows } from "../../lib/domain/department-role";
import { sampleReports } from "../testing/sample-reports";
import { createTempDatabase, type TempDatabase } from "../testing/temp-database";
import { createTestUser } from "../testing/test-users";
import { addDepartment, commitImport } from "../tracking";
import { addChannel } from "../notify/channels";
import { keyFromText } from "../notify/secret-box";
import { insertCalendarFeed } from "../db/store/calendar-feeds";
import { appRouter, createCaller } from "./root";
import type { Context, SignedInUser } from "./trpc";

let temp: TempDatabase;

/** The ids one department's rows have: what each call names. */
interface Fixture {
  departmentId: number;
  name: string;
  reportId: number;
  initiativeId: number;
  milestoneId: number;
  channelId: number;
  deliveryId: number;
  calendarFeedId: number;
}
const fixtures: Record<"甲" | "乙", Fixture> = {} as never;
const users: Record<string, SignedInUser> = {};

beforeAll(async () => {
  temp = await createTempDatabase();
  for (const name of ["甲", "乙"] as const) {
    const department = await addDepartment(temp.db, `${name}部门`);
    const { reportId } = await commitImport(temp.db, sampleReports()[0]![1], { departmentId: department.id, actor: "导入人" });
    const initiative = await temp.db.initiative.findFirstOrThrow({ where: { departmentId: department.id }, orderBy: { id: "asc" } });
    const milestone = await temp.db.milestone.findFirstOrThrow({ where: { initiative: { departmentId: department.id } } });
    // a bot on a port nobody listens on, and one message already sent to it
    const channel = await addChannel(
      temp.db,
      keyFromText("k"),
      { departmentId: department.id, kind: "wecom", name: "群", target: "http://127.0.0.1:9/cgi-bin/webhook/send?key=k" },
      true,
    );
    const delivery = await temp.db.notifyDelivery.create({
      data: {
        channelId: channel.id,
        departmentId: department.id,
        kind: "test",
        dedupeKey: `fixture-${name}`,
        payload: "{}",
        status: "sent",
      },
    });
    const feed = await insertCalendarFeed(temp.db, { departmentId: department.id, tokenHash: `hash-${name}`, createdBy: "编辑" });
    fixtures[name] = {
      calendarFeedId: feed.id,
      channelId: channel.id,
      deliveryId: delivery.id,
      departmentId: department.id,
      name: department.name,
      reportId,
      initiativeId: initiative.id,
      milestoneId: milestone.id,
    };
  }
  const a = fixtures.甲.departmentId;
  users.viewer = await createTestUser(temp.db, { id: "viewer", name: "查看者" }, { [a]: "viewer" });
  users.editor = await createTestUser(temp.db, { id: "editor", name: "编辑" }, { [a]: "editor" });
  users.admin = await createTestUser(temp.db, { id: "admin", name: "部门管理员" }, { [a]: "admin" });
  users.outsider = await createTestUser(temp.db, { id: "outsider", name: "局外人" });
  users.site = await createTestUser(temp.db, { id: "site", name: "站点管理员", siteAdmin: true });
});
afterAll(async () => temp.dispose());

/** What a procedure needs: a role in the department its input names, site admin, or only to be signed in. */
type Needs = DepartmentRole | "site-admin" | "signed-in";

/** Every procedure: what it needs, and a valid input naming department `d`'s data. */
const TABLE: Record<string, { needs: Needs; input: (d: Fixture) => unknown }> = {
  "timeline.get": { needs: "viewer", input: (d) => ({ departmentIds: [d.departmentId] }) },
  "digest.get": { needs: "viewer", input: (d) => ({ departmentIds: [d.departmentId] }) },
  "report.list": { needs: "viewer", input: (d) => ({ departmentIds: [d.departmentId] }) },
  "report.get": { needs: "viewer", input: (d) => ({ id: d.reportId }) },
  "initiative.detail": { needs: "viewer", input: (d) => ({ id: d.initiativeId }) },
  // a stale version: an allowed edit stops at CONFLICT
  "initiative.edit": { needs: "editor", input: (d) => ({ id: d.initiativeId, expectedVersion: -1, name: "越权改名" }) },
  "milestone.edit": { needs: "editor", input: (d) => ({ id: d.milestoneId, expectedVersion: -1, date: "2030-01-01" }) },
  // into itself: an allowed merge stops at BAD_REQUEST
  "initiative.merge": { needs: "editor", input: (d) => ({ sourceId: d.initiativeId, targetId: d.initiativeId }) },
  "importer.preview": { needs: "editor", input: (d) => ({ departmentId: d.departmentId, text: sampleReports()[1]![1] }) },
  // empty text: an allowed import stops at the extractor's BAD_REQUEST
  "importer.commit": { needs: "editor", input: (d) => ({ departmentId: d.departmentId, text: "" }) },
  // no department in the input: a user who edits none gets each file back refused, not a 403
  "importer.previewBatch": { needs: "signed-in", input: () => ({ files: [{ text: sampleReports()[1]![1] }] }) },
  // empty text: an allowed file comes back refused by the extractor
  "importer.commitBatch": { needs: "editor", input: (d) => ({ files: [{ departmentId: d.departmentId, text: "" }] }) },
  "department.mine": { needs: "signed-in", input: () => undefined },
  // its own name again: an allowed rename changes nothing
  "department.rename": { needs: "admin", input: (d) => ({ departmentId: d.departmentId, name: d.name }) },
  "department.members": { needs: "admin", input: (d) => ({ departmentId: d.departmentId }) },
  // an unknown user: an allowed change stops at NOT_FOUND
  "department.setRole": { needs: "admin", input: (d) => ({ departmentId: d.departmentId, user: "no-such-user", role: "admin" }) },
  // a name in use: an allowed create stops at CONFLICT
  "department.create": { needs: "site-admin", input: (d) => ({ name: d.name }) },
  "user.list": { needs: "site-admin", input: () => undefined },
  // a username too short: an allowed create stops at BAD_REQUEST
  "user.create": { needs: "site-admin", input: () => ({ username: "x", password: "short" }) },
  "user.setSiteAdmin": { needs: "site-admin", input: () => ({ userId: "outsider", siteAdmin: false }) },
  "audit.list": { needs: "site-admin", input: () => ({}) },
  "notify.channels": { needs: "admin", input: (d) => ({ departmentId: d.departmentId }) },
  // not http(s): an allowed add stops at BAD_REQUEST
  "notify.addChannel": { needs: "admin", input: (d) => ({ departmentId: d.departmentId, kind: "feishu", name: "x", target: "ftp://x" }) },
  // already enabled: an allowed call changes nothing
  "notify.setEnabled": { needs: "admin", input: (d) => ({ channelId: d.channelId, enabled: true }) },
  // still enabled: an allowed delete stops at BAD_REQUEST (disable first)
  "notify.deleteChannel": { needs: "admin", input: (d) => ({ channelId: d.channelId }) },
  // a loopback bot while private addresses are not allowed: refused before any traffic
  "notify.test": { needs: "admin", input: (d) => ({ channelId: d.channelId }) },
  "notify.schedule": { needs: "admin", input: (d) => ({ departmentId: d.departmentId }) },
  // an invalid cron expression: an allowed save stops at BAD_REQUEST
  "notify.saveSchedule": {
    needs: "admin",
    input: (d) => ({ departmentId: d.departmentId, digestCron: "nope", timeZone: "Asia/Shanghai", dailyTime: null, dueWithinDays: 3 }),
  },
  "notify.deliveries": { needs: "admin", input: (d) => ({ departmentId: d.departmentId }) },
  // a message that was sent: an allowed resend stops at BAD_REQUEST
  "subscription.follows": { needs: "signed-in", input: () => undefined },
  "subscription.follow": { needs: "viewer", input: (d) => ({ initiativeId: d.initiativeId }) },
  "subscription.unfollow": { needs: "signed-in", input: (d) => ({ initiativeId: d.initiativeId }) },
  "subscription.preference": { needs: "signed-in", input: () => undefined },
  // the default again: an allowed change changes nothing
  "subscription.setPreference": { needs: "signed-in", input: () => ({ preference: "none" }) },
  "notify.resend": { needs: "admin", input: (d) => ({ deliveryId: d.deliveryId }) },
  "calendar.feeds": { needs: "editor", input: (d) => ({ departmentId: d.departmentId }) },
  // an allowed create adds a link nobody holds; an allowed revoke of an already revoked link changes nothing
  "calendar.create": { needs: "editor", input: (d) => ({ departmentId: d.departmentId }) },
  "calendar.revoke": { needs: "editor", input: (d) => ({ id: d.calendarFeedId }) },
  "undo.importState": { needs: "editor", input: (d) => ({ reportId: d.reportId }) },
  // the other department's report: an allowed undo stops at NOT_FOUND (its import was not into this department)
  "undo.import": { needs: "editor", input: (d) => ({ departmentId: d.departmentId, reportId: otherThan(d).reportId }) },
  "undo.mergeState": { needs: "editor", input: (d) => ({ initiativeId: d.initiativeId }) },
  // nothing was merged into it: an allowed undo stops at NOT_FOUND
  "undo.merge": { needs: "editor", input: (d) => ({ initiativeId: d.initiativeId }) },
  "layoutProfile.get": { needs: "viewer", input: (d) => ({ departmentId: d.departmentId }) },
  // no such rule: an allowed remove or edit stops at NOT_FOUND
  "layoutProfile.removeRule": { needs: "editor", input: (d) => ({ departmentId: d.departmentId, ruleId: "no-such-rule" }) },
  "layoutProfile.editRule": { needs: "editor", input: (d) => ({ departmentId: d.departmentId, ruleId: "no-such-rule", match: "x" }) },
  // a newer version: an allowed replace stops at BAD_REQUEST
  "layoutProfile.replace": { needs: "editor", input: (d) => ({ departmentId: d.departmentId, json: '{"version":9,"rules":[]}' }) },
};
const otherThan = (d: Fixture) => (d === fixtures.甲 ? fixtures.乙 : fixtures.甲);

const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>).map(([path, p]) => ({
  path,
  type: p._def.type,
}));

/** Calls `path` ("report.get") on a caller with the given context; the error, or null when it answered. */
async function call(context: Context, path: string, input: unknown): Promise<TRPCError | null> {
  let target: unknown = createCaller(context);
  for (const key of path.split(".")) target = (target as Record<string, unknown>)[key];
  return (target as (input: unknown) => Promise<unknown>)(input).then(
    () => null,
    (e: unknown) => {
      if (e instanceof TRPCError) return e;
      throw e;
    },
  );
}

const as = (user: SignedInUser | null): Context => ({ db: temp.db, user, ip: "203.0.113.9" });

/** Whether `who` may call a procedure that needs `needs` on department 甲 (`own`) or 乙. */
function allowed(who: string, needs: Needs, own: boolean): boolean {
  if (who === "site") return true;
  if (needs === "signed-in") return true;
  if (needs === "site-admin" || !own || who === "outsider") return false;
  return roleAllows(who as DepartmentRole, needs);
}

/** What a refused call must leave as it was. */
async function fingerprint() {
  const db = temp.db;
  return {
    revision: (await db.trackingRevision.findUniqueOrThrow({ where: { id: 1 } })).value,
    departments: await db.department.findMany({ orderBy: { id: "asc" } }),
    memberships: await db.membership.findMany({ orderBy: [{ userId: "asc" }, { departmentId: "asc" }] }),
    users: await db.user.findMany({ select: { id: true, siteAdmin: true }, orderBy: { id: "asc" } }),
    reports: await db.report.count(),
    initiatives: await db.initiative.findMany({ select: { id: true, name: true, version: true }, orderBy: { id: "asc" } }),
    channels: await db.notifyChannel.findMany({ orderBy: { id: "asc" } }),
    deliveries: await db.notifyDelivery.findMany({ orderBy: { id: "asc" } }),
    schedules: await db.notifySchedule.findMany(),
    calendarFeeds: await db.calendarFeed.findMany({ orderBy: { id: "asc" } }),
    profileRules: await db.layoutProfileRule.findMany({ orderBy: { id: "asc" } }),
    follows: await db.follow.findMany({
      select: { userId: true, initiativeId: true },
      orderBy: [{ userId: "asc" }, { initiativeId: "asc" }],
    }),
  };
}

describe("access control", () => {
  it("has a row for every procedure of the router", () => {
    expect(procedures.length).toBeGreaterThanOrEqual(19);
    expect(procedures.map((p) => p.path).toSorted()).toEqual(Object.keys(TABLE).toSorted());
  });

  it.each(procedures)("$path ($type) answers an anonymous caller UNAUTHORIZED 请先登录", async ({ path }) => {
    const error = await call(as(null), path, TABLE[path]!.input(fixtures.甲));
    expect(error?.code).toBe("UNAUTHORIZED");
    expect(error?.message).toBe("请先登录");
  });

  const cases = procedures.flatMap(({ path }) =>
    ["viewer", "editor", "admin", "outsider", "site"].flatMap((who) =>
      ([true, false] as const).map((own) => ({
        path,
        who,
        own,
        department: own ? "甲" : "乙",
        allow: allowed(who, TABLE[path]!.needs, own),
      })),
    ),
  );

  it.each(cases)("$path by $who on $department's data: allowed $allow", async ({ path, who, own, allow }) => {
    const before = await fingerprint();
    const deniedBefore = await temp.db.auditLog.count({ where: { action: "access.denied" } });
    const error = await call(as(users[who]!), path, TABLE[path]!.input(own ? fixtures.甲 : fixtures.乙));
    if (allow) {
      expect(error?.code ?? "OK").not.toMatch(/FORBIDDEN|UNAUTHORIZED/);
      return;
    }
    expect(error?.code).toBe("FORBIDDEN");
    expect(error?.message).toMatch(/[\u4e00-\u9fff]/);
    expect(await fingerprint()).toEqual(before);
    // a refusal is logged: it may be an escalation attempt
    const denied = await temp.db.auditLog.findMany({ where: { action: "access.denied" }, orderBy: { id: "desc" }, take: 1 });
    expect(await temp.db.auditLog.count({ where: { action: "access.denied" } })).toBe(deniedBefore + 1);
    expect(denied[0]).toMatchObject({ userId: users[who]!.id, ip: "203.0.113.9" });
    expect(JSON.parse(denied[0]!.changes!)).toMatchObject({ procedure: path });
  });
});

describe("reads across departments", () => {
  it("show by default every department the user can read, and only those", async () => {
    const names = async (who: string) =>
      (await createCaller(as(users[who]!)).timeline.get({})).groups.map((g) => g.department).filter((d, i, all) => all.indexOf(d) === i);
    expect(await names("viewer")).toEqual(["甲部门"]);
    expect(await names("outsider")).toEqual([]);
    expect((await names("site")).toSorted()).toEqual(["乙部门", "甲部门"]);
    const reports = await createCaller(as(users.viewer!)).report.list();
    expect(reports.map((r) => r.department)).toEqual(["甲部门"]);
  });

  it("propose the department the header names among those the user edits, else the first", async () => {
    const preview = await createCaller(as(users.editor!)).importer.preview({ text: sampleReports()[1]![1] });
    expect(preview.departmentId).toBe(fixtures.甲.departmentId);
    const error = await call(as(users.viewer!), "importer.preview", { text: sampleReports()[1]![1] });
    expect(error).toMatchObject({ code: "BAD_REQUEST", message: expect.stringMatching(/编辑/) });
  });

  it("refuse to merge or move across departments even for a site admin", async () => {
    const site = createCaller(as(users.site!));
    await expect(site.initiative.merge({ sourceId: fixtures.乙.initiativeId, targetId: fixtures.甲.initiativeId })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "不能合并不同部门的项目",
    });
    const milestone = await temp.db.milestone.findUniqueOrThrow({ where: { id: fixtures.乙.milestoneId } });
    await expect(
      site.milestone.edit({ id: milestone.id, expectedVersion: milestone.version, initiativeId: fixtures.甲.initiativeId }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: "不能把里程碑移到其他部门的项目" });
  });
});
