// The owner a report names lands on the initiative: the latest non-empty one
// wins, a report that names none keeps it, a hand-set owner (or a hand-cleared
// one) stays over later reports, and replacing a week re-derives it. Real SQLite.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../../db";
import { createTempDatabase, type TempDatabase } from "../../testing/temp-database";
import { testDepartmentId } from "../../testing/test-department";
import { editInitiative } from "../edit/edit-initiative";
import { getInitiativeDetail } from "../read/get-initiative-detail";
import { getTimeline } from "../read/get-timeline";
import { commitImport } from "./commit-import";

const TODAY = "2024-11-30";
const report = (week: string, created: string, item: string) => `# ${week}\n\nCreated: ${created}\n\n## 【O1 业务服务】\n\n1. ${item}\n`;

let temp: TempDatabase;
let db: Db;
beforeEach(async () => {
  temp = await createTempDatabase();
  db = temp.db;
});
afterEach(async () => temp.dispose());

const importWeek = async (week: string, created: string, item: string) =>
  commitImport(db, report(week, created, item), { departmentId: await testDepartmentId(db), actor: "t" });
const payment = async () =>
  (await getTimeline(db, { today: TODAY })).groups.flatMap((g) => g.initiatives).find((i) => i.name === "支付网关")!;

describe("initiative owner from reports", () => {
  it("takes the latest owner named, and keeps it through a report that names none", async () => {
    await importWeek("2024-W45", "2024年11月9日 10:00", "支付网关 @张三：进度40%，预计12/10上线");
    expect((await payment()).owner).toBe("张三");
    await importWeek("2024-W46", "2024年11月16日 10:00", "支付网关 @李四：进度50%，预计12/10上线");
    expect((await payment()).owner).toBe("李四");
    await importWeek("2024-W47", "2024年11月23日 10:00", "支付网关：进度60%，预计12/10上线");
    expect((await payment()).owner).toBe("李四");
  });

  it("keeps an owner set by hand over later reports, and a cleared one too, with the edit logged", async () => {
    await importWeek("2024-W45", "2024年11月9日 10:00", "支付网关 @张三：进度40%，预计12/10上线");
    const before = await payment();
    const edited = await editInitiative(db, { id: before.id, expectedVersion: before.version, owner: "王五", actor: "pm", today: TODAY });
    expect(edited.owner).toBe("王五");
    await importWeek("2024-W46", "2024年11月16日 10:00", "支付网关 @李四：进度50%，预计12/10上线");
    expect((await payment()).owner).toBe("王五");

    const now = await payment();
    await editInitiative(db, { id: now.id, expectedVersion: now.version, owner: "", actor: "pm", today: TODAY });
    await importWeek("2024-W47", "2024年11月23日 10:00", "支付网关 @赵六：进度60%，预计12/10上线");
    expect((await payment()).owner).toBeNull();
    const detail = await getInitiativeDetail(db, now.id, { today: TODAY });
    expect(detail.edits.filter((e) => e.field === "owner").map((e) => [e.oldValue, e.newValue])).toEqual([
      ["张三", "王五"],
      ["王五", null],
    ]);
  });

  it("refuses an owner that is too long and changes nothing", async () => {
    await importWeek("2024-W45", "2024年11月9日 10:00", "支付网关 @张三：进度40%，预计12/10上线");
    const before = await payment();
    await expect(
      editInitiative(db, { id: before.id, expectedVersion: before.version, owner: "长".repeat(51), actor: "pm", today: TODAY }),
    ).rejects.toThrow(/负责人不能超过 50 个字符/);
    expect(await payment()).toEqual(before);
  });
});
