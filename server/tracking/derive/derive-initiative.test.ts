import { describe, expect, it } from "vitest";
import { deriveInitiative, type InitiativeObservationFacts } from "./derive-initiative";

let nextId = 1;
function obs(basisDate: string, extra: Partial<InitiativeObservationFacts> = {}): InitiativeObservationFacts {
  return { id: nextId++, basisDate, reportId: 1, progress: null, status: "active", startDate: null, name: null, owner: null, ...extra };
}

describe("deriveInitiative", () => {
  it("keeps the progress of every week that states one, regressions included", () => {
    const d = deriveInitiative([
      obs("2024-11-09", { progress: 40 }),
      obs("2024-11-16", { progress: 60 }),
      obs("2024-11-23"),
      obs("2024-11-30", { progress: 30 }),
    ]);
    expect(d.progress).toBe(30);
    expect(d.progressHistory).toEqual([
      { week: "2024-W45", progress: 40 },
      { week: "2024-W46", progress: 60 },
      { week: "2024-W48", progress: 30 },
    ]);
    expect(d.startDate).toBe("2024-11-09");
    expect(d.lastSeenWeek).toBe("2024-W48");
  });

  it("is named as its first report named it, whatever the import order", () => {
    const later = obs("2024-11-23", { name: "人行创新应用申请-技术安全性评估" });
    const first = obs("2024-11-09", { name: "人行创新应用申请" });
    expect(deriveInitiative([later, first]).reportedName).toBe("人行创新应用申请");
  });

  it("resumes a paused initiative when a later report mentions it without 暂停", () => {
    expect(deriveInitiative([obs("2024-11-23", { status: "paused" })]).status).toBe("paused");
    expect(deriveInitiative([obs("2024-11-23", { status: "paused" }), obs("2024-11-30")]).status).toBe("active");
  });

  it("keeps done unless a PM reopens it", () => {
    expect(deriveInitiative([obs("2024-11-30", { status: "done" }), obs("2024-12-07")]).status).toBe("done");
    expect(deriveInitiative([obs("2024-11-30", { status: "done" }), obs("2024-11-30", { reportId: null, status: "active" })]).status).toBe(
      "active",
    );
  });

  it("prefers a start a PM set, and leaves manual progress out of the weekly history", () => {
    const d = deriveInitiative([
      obs("2024-11-09", { progress: 10 }),
      obs("2024-11-09", { reportId: null, progress: 20, startDate: "2024-11-01", status: null }),
    ]);
    expect(d).toMatchObject({ progress: 20, startDate: "2024-11-01", progressHistory: [{ week: "2024-W45", progress: 10 }] });
  });

  it("takes the latest owner a report named, skipping reports that name none", () => {
    const d = deriveInitiative([obs("2024-11-30"), obs("2024-11-09", { owner: "张三" }), obs("2024-11-23", { owner: "李四" })]);
    expect(d.owner).toBe("李四");
    expect(deriveInitiative([obs("2024-11-09")]).owner).toBeNull();
  });

  it("keeps an owner set by hand over later reports, a cleared one too", () => {
    const manual = obs("2024-11-16", { reportId: null, owner: "王五" });
    expect(deriveInitiative([obs("2024-11-09", { owner: "张三" }), manual, obs("2024-11-23", { owner: "李四" })]).owner).toBe("王五");
    const cleared = obs("2024-11-16", { reportId: null, owner: "" });
    expect(deriveInitiative([obs("2024-11-09", { owner: "张三" }), cleared, obs("2024-11-23", { owner: "李四" })]).owner).toBeNull();
  });
});
