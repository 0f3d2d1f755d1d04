// The review's milestone corrections as the page sends them: bad ones come back
// as BAD_REQUEST with a Chinese message, and nothing is written.
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_DATE_WINDOW } from "../../lib/dates/date-window";
import { messages } from "../../lib/messages";
import { createTempDatabase, type TempDatabase } from "../testing/temp-database";
import { testDepartmentId } from "../testing/test-department";
import { createTestUser } from "../testing/test-users";
import { createCaller } from "./root";

const report = (week: string, created: string, ...items: string[]) =>
  `# ${week}\n\nCreated: ${created} 10:00\n\n## 【O1 业务服务】\n\n${items.map((t, i) => `${i + 1}. ${t}`).join("\n")}\n`;
const w46 = report("2024-W46", "2024年11月15日", "长沙佣金存管：支付11/28上线", "核心系统迁移：12/20提测");
const w47 = report("2024-W47", "2024年11月22日", "长沙佣金存管：支付12/06投产", "核心系统迁移：进度30%，12月10日切流");
const LINE = "2. 核心系统迁移：进度30%，12月10日切流";

let temp: TempDatabase;
let api: ReturnType<typeof createCaller>;
let departmentId: number;
beforeAll(async () => {
  temp = await createTempDatabase();
  departmentId = await testDepartmentId(temp.db);
  const user = await createTestUser(temp.db, { id: "pm", name: "项目经理" }, { [departmentId]: "editor" });
  api = createCaller({ db: temp.db, user });
  await api.importer.commit({ departmentId, text: w46 });
});
afterAll(async () => temp.dispose());

async function refusal(p: Promise<unknown>): Promise<TRPCError> {
  const error = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  expect((error as TRPCError).code).toBe("BAD_REQUEST");
  return error as TRPCError;
}

describe("milestone corrections through the API", () => {
  it("refuses an added milestone dated outside 2000–2100, or with an empty title or event; nothing is written", async () => {
    const revision = async () => (await temp.db.trackingRevision.findUniqueOrThrow({ where: { id: 1 } })).value;
    const before = await revision();
    const { entryKeys } = await api.importer.preview({ departmentId, text: w47 });
    const added = { entryKey: entryKeys[1]!, line: LINE, span: "12月10日切流", event: "切流" };
    for (const day of ["1999-12-31", "2101-01-01"]) {
      const decisions = { addedMilestones: [{ ...added, date: day }] };
      expect((await refusal(api.importer.preview({ departmentId, text: w47, decisions }))).message).toContain(
        messages.edit.dateOutOfWindow(DEFAULT_DATE_WINDOW),
      );
      await refusal(api.importer.commit({ departmentId, text: w47, decisions }));
    }
    const untitled = { addedMilestones: [{ ...added, title: "  " }] };
    expect((await refusal(api.importer.commit({ departmentId, text: w47, decisions: untitled }))).message).toContain("里程碑标题不能为空");
    const eventless = { addedMilestones: [{ ...added, event: "" }] };
    expect((await refusal(api.importer.commit({ departmentId, text: w47, decisions: eventless }))).message).toContain("请选择或填写事件");
    expect(await revision()).toBe(before);
    expect(await api.report.list()).toHaveLength(1);
  });

  it("refuses a mapping onto another initiative's milestone with a message naming the milestone", async () => {
    const cs = await api.importer.preview({ departmentId, text: w47 });
    const launch = cs.changes.find((c) => c.kind === "new_milestone" && c.title === "支付投产")!;
    const other = await temp.db.milestone.findFirstOrThrow({ where: { title: "提测" } });
    const decisions = { milestoneMaps: { [launch.decisionKey]: { milestoneId: other.id } } };
    const error = await refusal(api.importer.commit({ departmentId, text: w47, decisions }));
    expect(error.message).toBe("里程碑“支付投产”只能对应本项目已有的里程碑");
    expect(await api.report.list()).toHaveLength(1);
    // the right one goes through
    const own = await temp.db.milestone.findFirstOrThrow({ where: { title: "支付上线" } });
    const ok = await api.importer.preview({
      departmentId,
      text: w47,
      decisions: { milestoneMaps: { [launch.decisionKey]: { milestoneId: own.id } } },
    });
    expect(ok.changes.find((c) => c.decisionKey === launch.decisionKey)).toMatchObject({
      kind: "date_change",
      oldDate: "2024-11-28",
      newDate: "2024-12-06",
    });
  });
});
