// Subscriptions end to end: an import reaches each follower by e-mail with only the
// initiatives they follow (a real SMTP server receives it), a "digest only" user
// gets the weekly digest and no alert, and the rows go with the import's transaction.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../db";
import { follow, savePreference } from "../db/store/subscriptions";
import { mailHeader, mailPart, type SmtpReceiver, startSmtpReceiver } from "../testing/smtp-receiver";
import { createTempDatabase, type TempDatabase } from "../testing/temp-database";
import { testDepartmentId } from "../testing/test-department";
import { createTestUser } from "../testing/test-users";
import { addDepartment, beforeTrackedCommit, commitImport } from "../tracking";
import { registerImportAlerts } from "./queue-import-alert";
import { queueScheduled } from "./scheduler";
import { keyFromText } from "./secret-box";
import { deliverDue } from "./worker";

const BASE = "https://tracker.example";
/** Monday 2024-11-25 09:00 Asia/Shanghai: the default digest schedule is due. */
const MONDAY_NINE = new Date("2024-11-25T01:00:00Z");
const report = (week: string, created: string, ...items: string[]) =>
  `# ${week}\n\nCreated: ${created}\n\n## 【O1 业务服务】\n\n${items.map((t, i) => `${i + 1}. ${t}`).join("\n")}\n`;

let temp: TempDatabase;
let db: Db;
let departmentId: number;
let smtp: SmtpReceiver;
let unregister: () => void;

beforeEach(async () => {
  temp = await createTempDatabase();
  db = temp.db;
  departmentId = await testDepartmentId(db);
  smtp = await startSmtpReceiver();
  unregister = registerImportAlerts(() => BASE);
});
afterEach(async () => {
  unregister();
  await smtp.close();
  await temp.dispose();
});

const firstWeek = () =>
  commitImport(db, report("2024-W45", "2024年11月9日 10:00", "芝麻免押：预计11/14上线。", "长沙佣金存管：支付11/28上线。"), {
    departmentId,
    actor: "t",
  });
/** 芝麻免押 slips 7 days (with a reason that needs escaping), 长沙佣金存管 becomes at risk. */
const secondWeek = () =>
  commitImport(
    db,
    report("2024-W46", "2024年11月16日 10:00", "芝麻免押：因A&B<联调>延迟，延期至11/21上线。", "长沙佣金存管：支付11/28上线，有风险。"),
    { departmentId, actor: "t" },
  );

const initiativeId = async (name: string) => (await db.initiative.findFirstOrThrow({ where: { departmentId, name } })).id;

/** A user of the department with a preference, following the named initiatives. */
async function subscriber(
  id: string,
  preference: "none" | "followed" | "digest",
  follows: string[],
  roles = { [departmentId]: "viewer" as const },
) {
  await createTestUser(db, { id, name: id }, roles);
  await savePreference(db, id, preference);
  for (const name of follows) await follow(db, id, await initiativeId(name));
}

async function drain() {
  const options = { key: keyFromText("k"), smtp: { url: smtp.url, from: "tracker@corp.example" }, allowPrivate: false, timeoutMs: 2_000 };
  while ((await deliverDue(db, options)) > 0);
}

const mailTo = (address: string) => smtp.mails.filter((m) => m.to.includes(address));

describe("subscriptions", () => {
  it("e-mails each follower the alert with only the initiatives they follow, and no one else", async () => {
    await firstWeek();
    await subscriber("zhima", "followed", ["芝麻免押"]);
    await subscriber("both", "followed", ["芝麻免押", "长沙佣金存管"]);
    await subscriber("quiet", "none", ["芝麻免押"]);
    await subscriber("boss", "digest", ["芝麻免押"]);
    await subscriber("other", "followed", []);
    await subscriber("gone", "followed", [], {}); // follows below, then has no membership: may not read the department
    await follow(db, "gone", await initiativeId("芝麻免押"));
    await secondWeek();
    await drain();

    expect(smtp.mails.flatMap((m) => m.to).toSorted()).toEqual(["both@example.invalid", "zhima@example.invalid"]);
    const [zhima] = mailTo("zhima@example.invalid");
    expect(mailHeader(zhima!.raw, "Subject")).toBe("测试部门 · 2024-W46 周报已导入");
    const html = mailPart(zhima!.raw, "text/html")!;
    expect(html).toContain("芝麻免押");
    expect(html).toContain("A&amp;B&lt;联调&gt;延迟");
    expect(html).not.toContain("长沙佣金存管");
    const text = mailPart(mailTo("both@example.invalid")[0]!.raw, "text/plain")!;
    expect(text).toContain("芝麻免押");
    expect(text).toContain("长沙佣金存管");
    // sent once: the rows are marked sent and a further pass sends nothing
    await drain();
    expect(smtp.mails).toHaveLength(2);
    expect(await db.notifyDelivery.count({ where: { status: "sent", userId: { not: null } } })).toBe(2);
  });

  it("queues a follower's alert in the import's transaction: nothing when it rolls back", async () => {
    await firstWeek();
    await subscriber("zhima", "followed", ["芝麻免押"]);
    const failLater = beforeTrackedCommit(async () => {
      throw new Error("injected failure");
    });
    await expect(secondWeek()).rejects.toThrow("injected failure");
    failLater();
    expect(await db.notifyDelivery.count()).toBe(0);
    await secondWeek();
    expect(await db.notifyDelivery.findMany({ select: { userId: true, channelId: true, kind: true } })).toEqual([
      { userId: "zhima", channelId: null, kind: "import" },
    ]);
  });

  it("sends the weekly digest to digest-only users who may read the department, once per period", async () => {
    await firstWeek();
    await secondWeek();
    await subscriber("boss", "digest", []);
    await subscriber("zhima", "followed", ["芝麻免押"]);
    const elsewhere = await addDepartment(db, "别的部门");
    await subscriber("stranger", "digest", [], { [elsewhere.id]: "viewer" });

    expect(await queueScheduled(db, new Date("2024-11-25T00:59:00Z"), BASE)).toBe(0); // not yet due
    expect(await queueScheduled(db, MONDAY_NINE, BASE)).toBe(2);
    expect(await queueScheduled(db, new Date("2024-11-25T01:00:30Z"), BASE)).toBe(0); // queued already
    await drain();
    // each gets the digest of the department they read, and only that; the follower gets none
    expect(smtp.mails.flatMap((m) => m.to).toSorted()).toEqual(["boss@example.invalid", "stranger@example.invalid"]);
    const [boss] = mailTo("boss@example.invalid");
    expect(mailHeader(boss!.raw, "Subject")).toMatch(/^测试部门 · /);
    expect(mailPart(boss!.raw, "text/plain")).toContain("芝麻免押");
    const [stranger] = mailTo("stranger@example.invalid");
    expect(mailHeader(stranger!.raw, "Subject")).toMatch(/^别的部门 · /);
    expect(mailPart(stranger!.raw, "text/plain")).not.toContain("芝麻免押");
  });
});
