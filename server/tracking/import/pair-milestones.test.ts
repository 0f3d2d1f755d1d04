import { describe, expect, it } from "vitest";
import { pairMilestones, type PairableMilestone } from "./pair-milestones";

// The upstream baseline table of a real bi-weekly report (samples/corpus 43): three rows, three milestones titled 完成.
const row = (pkg: string, done: string) => `| ${pkg} | 小版本升级 | ${done} |`;
const known = (id: number, pkg: string, done: string, date: string) => ({
  id,
  keys: ["|完成"],
  date,
  texts: [row(pkg, done)],
});
const kernel = known(1, "kernel", "11.30", "2021-11-30");
const gcc = known(2, "gcc", "6.30", "2022-06-30");
const glibc = known(3, "glibc", "8.01", "2021-08-01");
const reported = (pkg: string, done: string, date: string) => ({ key: "|完成", date, text: row(pkg, done) });
const ids = (pairs: readonly ({ id: number } | null)[]) => pairs.map((p) => p?.id ?? null);

describe("pairMilestones", () => {
  it("pairs milestones of one title by the line they were read from, whatever their dates and order", () => {
    const next = [
      reported("gcc", "12.15", "2021-12-15"),
      reported("kernel", "12.10", "2021-12-10"),
      reported("glibc", "8.01", "2021-08-01"),
    ];
    expect(ids(pairMilestones(next, [kernel, gcc, glibc]))).toEqual([2, 1, 3]);
  });

  it("takes each known milestone once: one more reported than known is new", () => {
    const next = [
      reported("kernel", "11.30", "2021-11-30"),
      reported("gcc", "6.30", "2022-06-30"),
      reported("glibc", "8.01", "2021-08-01"),
      reported("libmpc", "6.30", "2022-06-30"),
    ];
    expect(ids(pairMilestones(next, [kernel, gcc, glibc]))).toEqual([1, 2, 3, null]);
  });

  it("without a telling line, pairs by nearest date, then by order, never crossing", () => {
    const bare = (id: number, date: string): PairableMilestone & { id: number } => ({ id, keys: ["|上线"], date });
    const line = (date: string) => ({ key: "|上线", date, text: "上线" });
    // the first moved a week, the second stayed: nearest date
    expect(ids(pairMilestones([line("2024-12-08"), line("2024-12-20")], [bare(1, "2024-12-01"), bare(2, "2024-12-20")]))).toEqual([1, 2]);
    // both moved alike: by order, not crossed
    expect(ids(pairMilestones([line("2024-12-11"), line("2024-12-21")], [bare(1, "2024-12-01"), bare(2, "2024-12-11")]))).toEqual([1, 2]);
    // one left: the nearest
    expect(ids(pairMilestones([line("2024-12-19")], [bare(1, "2024-12-01"), bare(2, "2024-12-20")]))).toEqual([2]);
  });

  it("falls back to a compatible key, among the milestones not taken", () => {
    const pay = { id: 1, keys: ["支付|上线"], date: "2024-11-28" };
    const test = { id: 2, keys: ["|提测"], date: "2024-12-05" };
    expect(
      ids(
        pairMilestones(
          [
            { key: "|上线", date: "2024-11-29", text: "11/29上线" },
            { key: "开发|提测", date: "2024-12-06", text: "开发12/6提测" },
          ],
          [pay, test],
        ),
      ),
    ).toEqual([1, 2]);
    // a key another reported milestone holds exactly is not taken twice
    expect(
      ids(
        pairMilestones(
          [
            { key: "|上线", date: "2024-11-29", text: "11/29上线" },
            { key: "支付|上线", date: "2024-11-28", text: "支付11/28上线" },
          ],
          [pay],
        ),
      ),
    ).toEqual([null, 1]);
  });

  it("pairs nothing when nothing is known, and keeps the single match of a single key", () => {
    expect(pairMilestones([reported("gcc", "6.30", "2022-06-30")], [])).toEqual([null]);
    expect(ids(pairMilestones([reported("gcc", "7.30", "2022-07-30")], [gcc]))).toEqual([2]);
  });
});
