// The calendar feed end to end below HTTP, on a real database: an editor makes
// a link through the router, the feed text is what a calendar app would read
// (parsed with ical.js); revoked or unknown tokens read nothing; it is bounded.
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { milestoneUid } from "../export/milestone-calendar";
import { sampleReports } from "../testing/sample-reports";
import { createTempDatabase, type TempDatabase } from "../testing/temp-database";
import { createTestUser } from "../testing/test-users";
import { addDepartment, commitImport } from "../tracking";
import { calendarFeedText, FEEDS_PER_MINUTE } from "./calendar-feed";
import { createCaller } from "./root";
import type { SignedInUser } from "./trpc";

const TODAY = "2024-12-20";
let temp: TempDatabase;
let editor: SignedInUser;
let own: number;
let other: number;

beforeAll(async () => {
  temp = await createTempDatabase();
  own = (await addDepartment(temp.db, "甲部门")).id;
  other = (await addDepartment(temp.db, "乙部门")).id;
  await commitImport(temp.db, sampleReports()[0]![1], { departmentId: own, actor: "导入人" });
  await commitImport(temp.db, sampleReports()[1]![1], { departmentId: other, actor: "导入人" });
  editor = await createTestUser(temp.db, { id: "editor", name: "编辑甲" }, { [own]: "editor" });
});
afterAll(async () => temp.dispose());

const api = () => createCaller({ db: temp.db, user: editor, ip: "127.0.0.1" });
const tokenOf = (url: string) => /\/api\/calendar\/([A-Za-z0-9_-]{43})\.ics$/.exec(url)![1]!;

function uids(text: string): string[] {
  return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents("vevent").map((v) => String(v.getFirstPropertyValue("uid")));
}

describe("calendar feeds", () => {
  it("serves exactly the department's milestones to the token, logs who made it, and stops when revoked", async () => {
    const feed = await api().calendar.create({ departmentId: own });
    expect(feed.createdBy).toBe("编辑甲");
    const token = tokenOf(feed.url);
    // only the hash is kept
    expect(await temp.db.calendarFeed.count({ where: { tokenHash: { contains: token } } })).toBe(0);

    const result = await calendarFeedText(temp.db, token, TODAY);
    if (!result.ok) throw new Error(`status ${result.status}`);
    const ownIds = (await temp.db.milestone.findMany({ where: { initiative: { departmentId: own } }, select: { id: true } })).map(
      (m) => m.id,
    );
    expect(ownIds.length).toBeGreaterThan(0);
    expect(uids(result.text).toSorted()).toEqual(ownIds.map(milestoneUid).toSorted());

    const audit = await temp.db.auditLog.findFirstOrThrow({ where: { action: "calendar.create" } });
    expect(audit).toMatchObject({ userId: "editor", department: "甲部门" });
    expect(audit.changes).not.toContain(token);

    expect(await api().calendar.revoke({ id: feed.id })).toEqual({ revoked: true });
    expect(await calendarFeedText(temp.db, token, TODAY)).toEqual({ ok: false, status: 404 });
    expect((await api().calendar.feeds({ departmentId: own }))[0]!.revokedAt).toBeInstanceOf(Date);
    expect(await api().calendar.revoke({ id: feed.id })).toEqual({ revoked: false });
  });

  it("answers 404 to anything that is not a live token, and 429 past the rate", async () => {
    expect(await calendarFeedText(temp.db, "A".repeat(43), TODAY)).toEqual({ ok: false, status: 404 });
    expect(await calendarFeedText(temp.db, "../../etc", TODAY)).toEqual({ ok: false, status: 404 });
    const token = tokenOf((await api().calendar.create({ departmentId: own })).url);
    for (let i = 0; i < FEEDS_PER_MINUTE; i++) expect((await calendarFeedText(temp.db, token, TODAY)).ok).toBe(true);
    expect(await calendarFeedText(temp.db, token, TODAY)).toEqual({ ok: false, status: 429 });
  });

  it("refuses a department the editor cannot edit", async () => {
    await expect(api().calendar.create({ departmentId: other })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
