// Every write of tracked data goes through trackedTransaction: the revision is
// bumped as its last statement, only when something changed, and the domain
// events of the write reach the listeners after the commit (never for a write
// that failed). Real database (SQLite here, PostgreSQL under test:pg).
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../db";
import { readRevision } from "../db/tracking-revision";
import { createTempDatabase, type TempDatabase } from "../testing/temp-database";
import { wrapTransactions } from "../testing/wrap-transactions";
import { editMilestone } from "./edit/edit-milestone";
import { commitImport } from "./import/commit-import";
import { getTimeline } from "./read/get-timeline";
import { trackedTransaction } from "./tracked-transaction";
import { onTrackingEvents, type TrackingEvent } from "./tracking-events";
import { testDepartmentId } from "../testing/test-department";

const TODAY = "2024-11-20";
const report = (week: string, created: string, ...items: string[]) =>
  `# ${week}\n\nCreated: ${created}\n\n## 【O1 业务服务】\n\n${items.map((t, i) => `${i + 1}. ${t}`).join("\n")}\n`;

let temp: TempDatabase;
let db: Db;
let heard: TrackingEvent[][];
let unsubscribe: () => void;
beforeEach(async () => {
  temp = await createTempDatabase();
  db = temp.db;
  heard = [];
  unsubscribe = onTrackingEvents((events) => void heard.push([...events]));
});
afterEach(async () => {
  unsubscribe();
  await temp.dispose();
});

describe("trackedTransaction", () => {
  it("tells listeners what moved, slipped, was done and went silent", async () => {
    await commitImport(
      db,
      report("2024-W45", "2024年11月9日 10:00", "芝麻免押：预计11/14上线。", "长沙佣金存管：进度5%，支付11/28上线。"),
      { departmentId: await testDepartmentId(db), actor: "t" },
    );
    expect(heard).toEqual([]); // new work is not news for alerts

    await commitImport(
      db,
      report("2024-W46", "2024年11月16日 10:00", "芝麻免押：延期至11/21上线。", "长沙佣金存管：进度10%，支付11/28上线。"),
      { departmentId: await testDepartmentId(db), actor: "t" },
    );
    const zm = (await getTimeline(db, { today: TODAY })).groups[0]!.initiatives.find((i) => i.name === "芝麻免押")!;
    const milestone = zm.milestones[0]!;
    const ids = { milestoneId: milestone.id, initiativeId: zm.id, title: milestone.title };
    expect(heard).toEqual([
      [
        { kind: "milestone_moved", ...ids, from: "2024-11-14", to: "2024-11-21", days: 7 },
        { kind: "milestone_slipped", ...ids, baselineDate: "2024-11-14", date: "2024-11-21", slipDays: 7 },
      ],
    ]);

    heard = [];
    await editMilestone(db, { id: milestone.id, expectedVersion: milestone.version, state: "done", actor: "PM", today: TODAY });
    expect(heard).toEqual([[{ kind: "milestone_done", ...ids, date: "2024-11-21" }]]);

    heard = [];
    await commitImport(db, report("2024-W47", "2024年11月23日 10:00", "长沙佣金存管：进度20%，支付11/28上线。"), {
      departmentId: await testDepartmentId(db),
      actor: "t",
    });
    expect(heard).toEqual([[{ kind: "initiative_silent", initiativeId: zm.id, name: "芝麻免押", lastSeenWeek: "2024-W46" }]]);
  });

  it("bumps the revision once per write, and not for a write that changed nothing or failed", async () => {
    const text = report("2024-W45", "2024年11月9日 10:00", "芝麻免押：预计11/14上线。");
    const departmentId = await testDepartmentId(db);
    const start = await readRevision(db);
    await commitImport(db, text, { departmentId: await testDepartmentId(db), actor: "t" });
    expect(await readRevision(db)).toBe(start + 1);
    await commitImport(db, text, { departmentId: await testDepartmentId(db), actor: "t" }); // the same text again: nothing to do
    expect(await readRevision(db)).toBe(start + 1);

    const failing = trackedTransaction(db, async (write) => {
      await write.tx.group.create({ data: { departmentId, name: "半途而废" } });
      write.emit({ kind: "initiative_silent", initiativeId: 1, name: "x", lastSeenWeek: null });
      throw new Error("injected failure");
    });
    await expect(failing).rejects.toThrow("injected failure");
    expect(await readRevision(db)).toBe(start + 1);
    expect(await db.group.count({ where: { name: "半途而废" } })).toBe(0);
    expect(heard).toEqual([]);
  });

  it("makes the revision bump the write's last statement", async () => {
    const statements: string[] = [];
    // Every statement the write makes through its transaction client, in order.
    const recording = wrapTransactions(
      db,
      (tx) =>
        new Proxy(tx, {
          get(t, model, r) {
            const delegate = Reflect.get(t, model, r);
            if (typeof model !== "string") return delegate;
            const record =
              (name: string, f: (...a: unknown[]) => unknown, self: unknown) =>
              (...args: unknown[]) => {
                statements.push(name);
                return f.apply(self, args);
              };
            if (typeof delegate === "function") return record(model, delegate as (...a: unknown[]) => unknown, t);
            return new Proxy(delegate as object, {
              get: (d, op) => {
                const f = Reflect.get(d, op);
                return typeof f === "function" ? record(`${model}.${String(op)}`, f as (...a: unknown[]) => unknown, d) : f;
              },
            });
          },
        }),
    );
    await commitImport(recording, report("2024-W45", "2024年11月9日 10:00", "芝麻免押：预计11/14上线。"), {
      departmentId: await testDepartmentId(recording),
      actor: "t",
    });
    expect(statements.length).toBeGreaterThan(5);
    expect(statements.at(-1)).toBe("trackingRevision.update");
    expect(statements.filter((s) => s === "trackingRevision.update")).toHaveLength(1);
  });
});
