// The timeline is served from a cache while the tracking revision stays the
// same: every kind of write (in this client or another one on the same
// database, as a second app process would be) shows up in the next read, and
// a transaction that rolls back is never seen, not even while it is open.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createClient, type Db } from "../../db/create-client";
import { readRevision } from "../../db/tracking-revision";
import { createTempDatabase, type TempDatabase } from "../../testing/temp-database";
import { commitImport } from "../import/commit-import";
import { editInitiative } from "../edit/edit-initiative";
import { editMilestone } from "../edit/edit-milestone";
import { getTimeline } from "./get-timeline";
import { mergeInitiatives } from "../edit/merge-initiatives";
import { testDepartmentId } from "../../testing/test-department";

const TODAY = "2024-11-20";
const report = (week: string, created: string, ...items: string[]) =>
  `# ${week}\n\nCreated: ${created}\n\n## 【O1 业务服务】\n\n${items.map((t, i) => `${i + 1}. ${t}`).join("\n")}\n`;
const W45 = report("2024-W45", "2024年11月9日 10:00", "装修存管：进度40%，预计12/05上线。", "云闪付广州：预计11/28上线。");

let temp: TempDatabase;
let db: Db;
beforeEach(async () => {
  temp = await createTempDatabase();
  db = temp.db;
  await commitImport(db, W45, { departmentId: await testDepartmentId(db), actor: "t" });
});
afterEach(async () => temp.dispose());

const initiatives = async (client: Db = db, today = TODAY) => (await getTimeline(client, { today })).groups.flatMap((g) => g.initiatives);
const named = async (name: string, client: Db = db) => (await initiatives(client)).find((i) => i.name === name)!;

describe("the timeline cache", () => {
  it("serves the same derived data while nothing changes, and derives again for another day", async () => {
    const first = await initiatives();
    const again = await initiatives();
    expect(again[0]).toBe(first[0]);
    expect(Object.isFrozen(first[0]!.milestones[0])).toBe(true);
    const later = await initiatives(db, "2024-12-31");
    expect(later[0]).not.toBe(first[0]);
    expect(later.find((i) => i.name === "装修存管")!.overdueCount).toBe(1);
    expect((await initiatives()).find((i) => i.name === "装修存管")!.overdueCount).toBe(0);
  });

  it("shows every kind of write in the next read", async () => {
    const revisions = [await readRevision(db)];
    const bumped = async () => {
      revisions.push(await readRevision(db));
      expect(revisions.at(-1)).toBeGreaterThan(revisions.at(-2)!);
    };

    await initiatives();
    await commitImport(
      db,
      report("2024-W46", "2024年11月16日 10:00", "装修存管：进度60%，预计12/08上线。", "云闪付广州：预计11/28上线。"),
      { departmentId: await testDepartmentId(db), actor: "t" },
    );
    await bumped();
    expect((await named("装修存管")).progress).toBe(60);

    const zx = await named("装修存管");
    await editMilestone(db, {
      id: zx.milestones[0]!.id,
      expectedVersion: zx.milestones[0]!.version,
      date: "2024-12-20",
      actor: "pm",
      today: TODAY,
    });
    await bumped();
    expect((await named("装修存管")).milestones[0]!.date).toBe("2024-12-20");

    const zx2 = await named("装修存管");
    await editInitiative(db, { id: zx2.id, expectedVersion: zx2.version, progress: 75, actor: "pm", today: TODAY });
    await bumped();
    expect((await named("装修存管")).progress).toBe(75);

    const [source, target] = [await named("云闪付广州"), await named("装修存管")];
    await mergeInitiatives(db, { sourceId: source.id, targetId: target.id, actor: "pm", today: TODAY });
    await bumped();
    expect((await initiatives()).map((i) => i.name)).toEqual(["装修存管"]);

    // the same report again writes nothing, and leaves the revision alone
    const before = await readRevision(db);
    await commitImport(db, W45, { departmentId: await testDepartmentId(db), actor: "t" });
    expect(await readRevision(db)).toBe(before);
  });

  it("shows what another client (another app process) wrote", async () => {
    const other = createClient(temp.target);
    try {
      await initiatives();
      const zx = await named("装修存管", other);
      await editInitiative(other, { id: zx.id, expectedVersion: zx.version, progress: 90, actor: "pm", today: TODAY });
      expect((await named("装修存管")).progress).toBe(90);
    } finally {
      await other.$disconnect();
    }
  });

  it("never shows a transaction's writes before it commits, nor after it rolls back", async () => {
    const zx = await named("装修存管");
    const milestoneId = zx.milestones[0]!.id;
    let wrote!: () => void;
    let fail!: () => void;
    const written = new Promise<void>((resolve) => (wrote = resolve));
    const failing = new Promise<void>((resolve) => (fail = resolve));
    const transaction = db.$transaction(async (tx) => {
      await tx.milestone.update({ where: { id: milestoneId }, data: { date: "2099-01-01" } });
      await tx.trackingRevision.update({ where: { id: 1 }, data: { value: { increment: 1 } } });
      wrote();
      await failing;
      throw new Error("injected failure");
    });
    await written;
    const reading = initiatives();
    await new Promise((r) => setTimeout(r, 100));
    fail();
    await expect(transaction).rejects.toThrow("injected failure");
    const read = (await reading).find((i) => i.name === "装修存管")!;
    expect(read.milestones[0]!.date).toBe("2024-12-05");
    expect((await named("装修存管")).milestones[0]!.date).toBe("2024-12-05");
  });
});
