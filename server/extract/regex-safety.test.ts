// Every regular expression of the report reader, checked for super-linear
// backtracking by recheck (https://makenowjust-labs.github.io/recheck/): one
// quadratic pattern let a 98 KB report freeze the server for 11 s. Literals are
// read from the source (a new one is checked without anyone listing it);
// patterns the code builds with `new RegExp` are recorded while the reader loads
// and reads every sample and corpus report. A pattern recheck cannot prove safe
// fails here with the attack string it found.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { check } from "recheck";
import ts from "typescript";
import { afterAll, describe, expect, it, vi } from "vitest";
import { REPO_ROOT } from "../testing/score-extraction";

const EXTRACT = path.join(REPO_ROOT, "server/extract");

interface Pattern {
  source: string;
  flags: string;
  /** where it is written, or "built at run time" */
  where: string;
}

function* sourceFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) yield* sourceFiles(file);
    else if (file.endsWith(".ts") && !file.endsWith(".test.ts")) yield file;
  }
}

/** Every regular expression literal of server/extract, from the TypeScript syntax tree. */
function literals(): Pattern[] {
  const found: Pattern[] = [];
  for (const file of sourceFiles(EXTRACT)) {
    const tree = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(tree);
        const end = text.lastIndexOf("/");
        const line = tree.getLineAndCharacterOfPosition(node.getStart(tree)).line + 1;
        found.push({ source: text.slice(1, end), flags: text.slice(end + 1), where: `${path.relative(REPO_ROOT, file)}:${line}` });
      }
      ts.forEachChild(node, visit);
    };
    visit(tree);
  }
  return found;
}

/** The reports the reader runs over while `new RegExp` is watched: samples, fixtures and the corpus. */
function reports(): string[] {
  const dirs = ["samples/reports", "server/extract/fixtures", "samples/corpus"].map((d) => path.join(REPO_ROOT, d));
  return dirs.flatMap((dir) => {
    try {
      return [...sourceFilesOf(dir)].map((f) => readFileSync(f, "utf8"));
    } catch {
      return [];
    }
  });
}
function* sourceFilesOf(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) yield* sourceFilesOf(file);
    else if (file.endsWith(".md")) yield file;
  }
}

/** Patterns built with `new RegExp(…)` or `RegExp(…)` while the reader loads and reads `texts`. */
async function built(texts: string[]): Promise<Pattern[]> {
  const seen: Pattern[] = [];
  const record = (args: unknown[]) => {
    const [pattern, flags] = args as [string | RegExp, string | undefined];
    const source = pattern instanceof RegExp ? pattern.source : String(pattern);
    seen.push({ source, flags: flags ?? (pattern instanceof RegExp ? pattern.flags : ""), where: "built at run time" });
  };
  const original = globalThis.RegExp;
  globalThis.RegExp = new Proxy(original, {
    construct: (target, args) => (record(args), Reflect.construct(target, args)),
    apply: (target, self, args) => (record(args), Reflect.apply(target, self, args)),
  });
  try {
    vi.resetModules(); // load the reader anew, so its module-level patterns are built under watch
    const { extractReport } = await import("./extract-report");
    for (const text of texts) {
      try {
        extractReport(text, { referenceDate: "2024-11-23" });
      } catch {
        // a report the reader refuses still ran its patterns
      }
    }
  } finally {
    globalThis.RegExp = original;
  }
  return seen;
}

afterAll(() => vi.resetModules());

describe("the report reader's regular expressions", () => {
  it("are all linear-time, as recheck proves", { timeout: 600_000 }, async () => {
    const all = [...literals(), ...(await built(reports()))];
    const unique = new Map<string, Pattern>();
    for (const p of all) if (!unique.has(`${p.flags}/${p.source}`)) unique.set(`${p.flags}/${p.source}`, p);
    expect(unique.size).toBeGreaterThan(250);
    expect([...unique.values()].filter((p) => p.where === "built at run time").length).toBeGreaterThan(30);

    const unsafe: string[] = [];
    for (const p of unique.values()) {
      // A fixed seed, and no clock inside the fuzzing checker: it takes a run that
      // outlasts its 250 ms or 1 s timeout for an attack, so a busy machine failed safe
      // patterns. Its limits in steps decide instead (25,000 to suspect, 1.5e9 to prove).
      const result = await check(p.source, p.flags, {
        randomSeed: 20241123,
        timeout: 30_000,
        seedingTimeout: null,
        incubationTimeout: null,
        attackTimeout: null,
      });
      if (result.status !== "safe") {
        const attack = result.status === "vulnerable" ? JSON.stringify(result.attack.string.slice(0, 40)) : "";
        const why = result.status === "vulnerable" ? `${result.complexity.summary}, e.g. ${attack}` : result.error.kind;
        unsafe.push(`${p.where} /${p.source.slice(0, 80)}/${p.flags}: ${why}`);
      }
    }
    expect(unsafe).toEqual([]);
  });
});
