// The layer boundaries in eslint.config.mjs fire on the imports they name, in
// both forms the code uses (the `~/` alias and relative paths), and stay quiet on
// the imports each layer may make. Runs ESLint's Node API on code held in strings
// under made-up file names, so no file on disk is read or changed.
import path from "node:path";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root, overrideConfigFile: path.join(root, "eslint.config.mjs") });
});

/** The boundary messages ESLint gives `code` as if it were the file at `file` (relative to the repo root). */
async function boundaryMessages(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file), warnIgnored: true });
  expect(result!.messages.filter((m) => m.fatal || m.message.includes("ignored"))).toEqual([]);
  return result!.messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
}

/** A module that imports `from` and uses the binding, so only the import itself can be reported. */
const importing = (from: string) => `import { thing } from "${from}";\nexport const used = thing;\n`;

describe("layer boundaries (eslint.config.mjs)", () => {
  it.each([
    // [file, import, what the message says]
    ["components/x.tsx", "~/app/messages", "components/ must not import app/"],
    ["components/timeline/x.tsx", "../../app/timeline-view", "components/ must not import app/"],
    ["server/extract/x.ts", "../db", "server/extract must not import server/db"],
    ["server/extract/date/x.ts", "../../db/create-client", "server/extract must not import server/db"],
    ["server/extract/date/x.ts", "~/server/db", "server/extract must not import server/db"],
    ["server/extract/outline/x.ts", "../../generated/prisma/client", "server/extract must not import server/db"],
    ["server/extract/x.ts", "../tracking", "server/extract must not import server/tracking"],
    ["server/extract/x.ts", "~/server/tracking/types", "server/extract must not import server/tracking"],
    ["server/extract/x.ts", "react", "server/extract must not import React"],
    ["server/tracking/read/x.ts", "../../api/trpc", "server/tracking must not import server/api"],
    ["server/tracking/read/x.ts", "~/server/api/root", "server/tracking must not import server/api"],
    ["server/tracking/x.ts", "react", "server/tracking must not import React"],
    ["server/notify/x.ts", "../api/root", "server/notify must not import server/api"],
    ["server/notify/send/x.ts", "../../generated/prisma/client", "server/notify must not import the Prisma client"],
    ["server/tracking/import/x.ts", "../../generated/prisma/client", "server/tracking must not import the Prisma client"],
    ["server/db/x.ts", "../api/root", "server/db must not import server/api"],
    ["server/extract/x.ts", "../extract-pool", "server/extract must not import server/extract-pool"],
    ["server/tracking/import/x.ts", "~/server/extract-pool", "server/tracking must not import server/extract-pool"],
    ["server/extract-pool/x.ts", "../tracking/types", "server/extract-pool must not import server/tracking"],
    ["server/extract-pool/x.ts", "~/server/db", "server/extract-pool must not import server/db"],
    ["server/api/routers/x.ts", "~/components/timeline/timeline-tasks", "server/api must not import components/"],
    ["server/cli/commands/x.ts", "../../../app/week/export/route", "server/ must not import app/"],
    ["lib/x.ts", "~/server/tracking/types", "lib/ must not import anything outside lib/"],
    ["lib/domain/x.ts", "../../server/extract/types", "lib/ must not import anything outside lib/"],
    ["lib/x.ts", "react", "lib/ must not import React"],
    [
      "components/timeline/x.tsx",
      "~/components/testing/timeline-fixture",
      "components/ must not import server/testing or components/testing",
    ],
    ["components/timeline/x.tsx", "../testing/timeline-fixture", "components/ must not import server/testing or components/testing"],
    ["server/db/x.ts", "../testing/temp-database", "server/db must not import server/testing or components/testing"],
    ["app/week/page.tsx", "~/server/testing/sample-reports", "app/ must not import server/testing or components/testing"],
    ["e2e/x.ts", "~/app/timeline-view", "scripts/ and e2e/ must not import app/"],
    ["instrumentation.ts", "./app/layout", "this module must not import app/"],
    ["instrumentation.ts", "./server/testing/temp-database", "this module must not import server/testing or components/testing"],
  ])("%s importing %s is reported", async (file, from, says) => {
    const messages = await boundaryMessages(file, importing(from));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(says);
    expect(messages[0]).toContain("data flows one way");
  });

  it.each([
    ["server/extract/x.ts", "./types"],
    ["server/extract/date/x.ts", "../outline/raw-entry"],
    ["server/extract/x.ts", "~/lib/messages"],
    ["server/extract/x.ts", "date-fns"],
    ["server/tracking/import/x.ts", "../../db"],
    ["server/tracking/import/x.ts", "../../extract/types"],
    ["server/api/routers/x.ts", "../../tracking"],
    ["server/extract-pool/x.ts", "../extract"],
    ["server/api/x.ts", "../extract-pool"],
    ["server/db/x.ts", "./create-client"],
    ["server/notify/x.ts", "../db/store/notify-channels"],
    ["server/notify/compose/x.ts", "../../tracking"],
    ["lib/x.ts", "./domain/view-mode"],
    ["lib/domain/x.ts", "zod"],
    ["components/timeline/x.tsx", "~/server/tracking/types"],
    ["components/timeline/x.tsx", "react"],
    ["app/week/page.tsx", "~/components/digest/week-digest"],
    ["app/reports/[id]/page.tsx", "../../_trpc/server"],
    ["instrumentation.ts", "./server/db"],
    // Test support is for tests, e2e/ and scripts/.
    ["components/timeline/x.test.ts", "~/components/testing/timeline-fixture"],
    ["server/db/x.test.ts", "../testing/temp-database"],
    ["server/extract/x.test.ts", "../testing/score-extraction"],
    ["server/testing/x.ts", "./temp-database"],
    ["scripts/bench-x.ts", "../server/testing/temp-database"],
    ["scripts/bench-x.ts", "~/components/testing/timeline-fixture"],
    ["e2e/x.test.ts", "~/server/testing/sample-reports"],
  ])("%s importing %s is allowed", async (file, from) => {
    expect(await boundaryMessages(file, importing(from))).toEqual([]);
  });

  it("still holds the layer rules in a test file", async () => {
    const messages = await boundaryMessages("server/extract/x.test.ts", importing("../db"));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain("server/extract must not import server/db");
  });

  it("reports a type-only import and a re-export too", async () => {
    expect(
      await boundaryMessages("lib/x.ts", `import type { ChangeKind } from "~/server/tracking/types";\nexport type K = ChangeKind;\n`),
    ).toHaveLength(1);
    expect(await boundaryMessages("components/x.tsx", `export { messages } from "../app/messages";\n`)).toHaveLength(1);
  });
});
