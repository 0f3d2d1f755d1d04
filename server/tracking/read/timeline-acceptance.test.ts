// Issue acceptance: W45 … W50 imported in order, in reverse, and twice, give
// the timeline annotated in samples/gold/timeline.json (25/25 checks).
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createTempDatabase, type TempDatabase } from "../../testing/temp-database";
import { SAMPLES_DIR, sampleReports } from "../../testing/sample-reports";
import { commitImport } from "../import/commit-import";
import { readTimelineDump } from "./timeline-dump";
import { testDepartmentId } from "../../testing/test-department";

const TODAY = "2024-12-14";
let temp: TempDatabase | undefined;
afterEach(async () => temp?.dispose());

async function importAll(order: [string, string][]) {
  temp = await createTempDatabase();
  for (const [, text] of order) await commitImport(temp.db, text, { departmentId: await testDepartmentId(temp.db), actor: "test" });
  return readTimelineDump(temp.db, { today: TODAY });
}

function checkTimeline(dump: unknown): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "timeline-")), "timeline.json");
  writeFileSync(file, JSON.stringify(dump));
  try {
    return execFileSync("node", [path.join(SAMPLES_DIR, "tools/check-timeline.mjs"), path.join(SAMPLES_DIR, "gold/timeline.json"), file], {
      encoding: "utf8",
    });
  } catch (error) {
    return String((error as { stdout?: string }).stdout ?? error);
  }
}

describe("timeline after importing W45 … W50", () => {
  it("matches the gold timeline when imported in order", async () => {
    const out = checkTimeline(await importAll(sampleReports()));
    expect(out).toContain("timeline_ok=25/25");
  });

  it("gives the same state when imported in reverse order", async () => {
    const inOrder = await importAll(sampleReports());
    await temp?.dispose();
    const reversed = await importAll(sampleReports().reverse());
    expect(checkTimeline(reversed)).toContain("timeline_ok=25/25");
    const strip = (d: typeof inOrder) => d.projects.map(({ id: _id, ...p }) => p).sort((a, b) => a.name.localeCompare(b.name));
    expect(strip(reversed)).toEqual(strip(inOrder));
  });

  it("changes nothing when every report is imported twice", async () => {
    const once = await importAll(sampleReports());
    for (const [, text] of sampleReports()) {
      const again = await commitImport(temp!.db, text, { departmentId: await testDepartmentId(temp!.db), actor: "test" });
      expect(again.mode).toBe("same");
    }
    const twice = await readTimelineDump(temp!.db, { today: TODAY });
    expect(twice).toEqual(once);
    expect(checkTimeline(twice)).toContain("timeline_ok=25/25");
  });
});
