// The command line and layout profiles, as a user runs it (tsx server/cli/main.ts):
// `import` reads with the department's profile unless --no-profile; `extract
// --profile file.json` applies one to a file, and refuses a bad one.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient } from "../../db/create-client";
import { resolveDatabaseUrl } from "../../db/database-url";
import { findOrCreateDepartment } from "../../db/store/departments";
import { saveProfileRules } from "../../db/store/layout-profile-rules";
import { PROFILE_CORRECTIONS, PROFILE_W47, PROFILE_W48 } from "../../testing/profile-reports";

const ROOT = path.resolve(import.meta.dirname, "../../..");
let dir: string;
const source = { reportId: null, week: null, actor: "测试", at: null };
const rules = PROFILE_CORRECTIONS.map((c, i) => ({ ...c, id: `r${i}`, source }));

function cli(...args: string[]) {
  const r = spawnSync(
    process.execPath,
    [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), path.join(ROOT, "server/cli/main.ts"), ...args],
    { cwd: ROOT, encoding: "utf8", env: { ...process.env, DATABASE_URL: `file:${path.join(dir, "cli.db")}`, NODE_ENV: "test" } },
  );
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const file = (name: string, text: string) => {
  writeFileSync(path.join(dir, name), text);
  return path.join(dir, name);
};

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "tracker-cli-profile-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("cli and layout profiles", { timeout: 180_000 }, () => {
  it("extract --profile applies the file's rules and lists those that fired", () => {
    const profile = file("profile.json", JSON.stringify({ version: 1, rules }));
    const { code, stdout } = cli("extract", file("w47.md", PROFILE_W47), "--profile", profile);
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as { entries: { initiative: string }[]; firedRules: { kind: string }[] };
    expect(result.entries.map((e) => e.initiative)).toEqual(["长沙佣金存管", "渠道甲", "渠道乙", "收银台改版", "网关升级"]);
    expect(result.firedRules.map((f) => f.kind)).toContain("skipSection");
  });

  it("extract --profile refuses a contradictory or newer profile with one line, printing nothing", () => {
    const contradictory = file("bad.json", JSON.stringify({ version: 1, rules: [{ ...rules[0], kind: "section", id: "x" }, rules[0]] }));
    const bad = cli("extract", file("w47.md", PROFILE_W47), "--profile", contradictory);
    expect(bad.code).not.toBe(0);
    expect(bad.stdout).toBe("");
    expect(bad.stderr).toContain("“补充”不能既是“分组”又是“属于上一项”");
    const newer = cli("extract", file("w47.md", PROFILE_W47), "--profile", file("v2.json", '{"version":2,"rules":[]}'));
    expect(newer.stderr).toContain("版式配置来自更新的版本（版本 2）");
  });

  it("import reads with the department's profile, and --no-profile without it", async () => {
    expect(cli("migrate").code).toBe(0);
    const db = createClient(resolveDatabaseUrl(`file:${path.join(dir, "cli.db")}`));
    try {
      const { id } = await findOrCreateDepartment(db, "支付部");
      await db.$transaction((tx) => saveProfileRules(tx, id, rules));
    } finally {
      await db.$disconnect();
    }
    const w48 = file("2024-W48.md", PROFILE_W48);
    const withProfile = cli("import", w48, "--dry-run", "--department", "支付部");
    expect(withProfile.code).toBe(0);
    expect(withProfile.stdout).toContain("【渠道项目】网关升级");
    expect(withProfile.stdout).not.toContain("【核心项目】王小明");
    expect(withProfile.stdout).toContain("按部门版式配置读取：");
    const without = cli("import", w48, "--dry-run", "--department", "支付部", "--no-profile");
    expect(without.stdout).toContain("【核心项目】王小明");
    expect(without.stdout).not.toContain("按部门版式配置读取");
  });
});
