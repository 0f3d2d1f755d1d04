// ESLint flat config (ESLint 10): recommended JS + TypeScript rules, React hooks
// rules for the UI folders, and the layer boundaries of the code base.
//
// Layers, bottom to top (data flows one way; no module imports a layer above it):
//   lib/ → server/extract → server/tracking → server/db → server/notify → server/api → components/ → app/
// Test support (server/testing, components/testing) is for tests, e2e/ and scripts/ only.
// server/extract-pool (the reader in worker threads, with a time budget) is infrastructure
// beside server/db: it imports server/extract, and server/tracking takes the reader it
// offers as an argument (ReportExtractor) instead of importing it; server/api passes it.
//
// The boundaries use core `no-restricted-imports` with regex patterns per folder.
// A pattern reads the import specifier as written, so each target is matched in both
// forms the code uses: the alias (`~/server/db`) and a relative path (`../../db`).
// Relative forms match on the folder name after the `../` run (`(../)+db`), which is
// exact as long as no layer folder reuses another layer's name (no `server/extract/db`).
// Flat config replaces (does not merge) a rule's options when two blocks match one
// file, so each folder below gets exactly one complete list, built by `boundaries()`.
// scripts/lint-boundaries.test.ts proves the rules fire.
import js from "@eslint/js";
import { defineConfig } from "eslint/config";
import stylistic from "@stylistic/eslint-plugin";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

const FLOW =
  "data flows one way: lib → server/extract → server/tracking → server/db → server/api → components → app; see eslint.config.mjs";
const SRC = "**/*.{ts,tsx,mts,cts,js,mjs,cjs}";
const TESTS = "**/*.test.{ts,tsx}";

// ---- import targets: one regex per target, matching the alias and the relative form ----
const up = String.raw`(\.\./)+`;
const target = {
  app: String.raw`^(~/|\./|${up})app(/|$)`, // `./app` from a root file such as instrumentation.ts
  components: String.raw`^(~/|\./|${up})components(/|$)`,
  outsideLib: String.raw`^(~/(?!lib/)|${up}(server|components|app|e2e|scripts|prisma)(/|$))`,
  db: String.raw`^(~/server/|${up}(server/)?)(db|generated)(/|$)`,
  prisma: String.raw`^(~/server/|${up}(server/)?)generated(/|$)`,
  tracking: String.raw`^(~/server/|${up}(server/)?)tracking(/|$)`,
  extractPool: String.raw`^(~/server/|${up}(server/)?)extract-pool(/|$)`,
  api: String.raw`^(~/server/|${up}(server/)?)api(/|$)`,
  cli: String.raw`^(~/server/|${up}(server/)?)cli(/|$)`,
  testing: String.raw`^(~/|\./|${up})((server|components)/)?testing(/|$)`,
  react: String.raw`^((react|react-dom|next)(/|$)|@(tanstack|trpc)/[^/]*react)`,
};

/** One `no-restricted-imports` pattern: `layer` must not import `what`. */
const ban = (layer, key, what, why) => ({ regex: target[key], message: `${layer} must not import ${what} (${why}; ${FLOW}).` });

const bans = {
  app: (layer) => ban(layer, "app", "app/", "only app/ imports app/"),
  components: (layer) => ban(layer, "components", "components/", "server and lib code sits below the UI"),
  react: (layer) => ban(layer, "react", "React, Next or React bindings", "it is not UI code"),
  testing: (layer) =>
    ban(layer, "testing", "server/testing or components/testing", "test support is for *.test.ts, e2e/ and scripts/ only"),
};

/**
 * The config blocks for one folder: its bans for production files, and the same bans
 * less the test-support ban for its *.test.ts files.
 */
function boundaries(layer, files, patterns) {
  const testingRegex = target.testing;
  const withoutTesting = patterns.filter((p) => p.regex !== testingRegex);
  const blocks = [{ name: `boundaries/${layer}`, files, rules: { "no-restricted-imports": ["error", { patterns }] } }];
  if (withoutTesting.length !== patterns.length) {
    blocks.push({
      name: `boundaries/${layer} (tests)`,
      files: files.map((f) => [f, TESTS]),
      rules: { "no-restricted-imports": ["error", { patterns: withoutTesting }] },
    });
  }
  return blocks;
}

const serverBase = (layer) => [bans.components(layer), bans.app(layer), bans.react(layer), bans.testing(layer)];

const boundaryBlocks = [
  // Everything not covered below (root files such as instrumentation.ts).
  ...boundaries("this module", [SRC], [bans.app("this module"), bans.testing("this module")]),
  ...boundaries(
    "lib/",
    ["lib/**"],
    [
      ban("lib/", "outsideLib", "anything outside lib/", "lib/ is the bottom layer: it imports only lib/ and npm packages"),
      bans.react("lib/"),
      bans.testing("lib/"),
    ],
  ),
  // server/ code not in a named layer: server/cli, server/env.ts.
  ...boundaries("server/", ["server/**"], serverBase("server/")),
  ...boundaries(
    "server/extract",
    ["server/extract/**"],
    [
      ban("server/extract", "db", "server/db or the Prisma client", "the report reader is pure: no database"),
      ban("server/extract", "tracking", "server/tracking", "tracking reads extraction results, not the reverse"),
      ban("server/extract", "api", "server/api", "the report reader is pure"),
      ban("server/extract", "cli", "server/cli", "the report reader is pure"),
      ban("server/extract", "extractPool", "server/extract-pool", "the report reader is pure: the pool runs it, not the reverse"),
      ...serverBase("server/extract"),
    ],
  ),
  ...boundaries(
    "server/tracking",
    ["server/tracking/**"],
    [
      ban("server/tracking", "api", "server/api", "domain rules sit below the tRPC routers"),
      ban("server/tracking", "cli", "server/cli", "domain rules sit below the command line"),
      ban("server/tracking", "prisma", "the Prisma client", "domain rules speak in domain terms; SQL and Prisma live in server/db/store"),
      ban("server/tracking", "extractPool", "server/extract-pool", "domain rules take the report reader as an argument (ReportExtractor)"),
      ...serverBase("server/tracking"),
    ],
  ),
  ...boundaries(
    "server/extract-pool",
    ["server/extract-pool/**"],
    [
      ban("server/extract-pool", "tracking", "server/tracking", "the pool runs the report reader only; tracking takes it as an argument"),
      ban("server/extract-pool", "db", "server/db or the Prisma client", "the pool runs the report reader only"),
      ban("server/extract-pool", "api", "server/api", "the pool sits below the tRPC routers"),
      ban("server/extract-pool", "cli", "server/cli", "the pool sits below the command line"),
      ...serverBase("server/extract-pool"),
    ],
  ),
  ...boundaries(
    "server/db",
    ["server/db/**", "server/db.ts"],
    [
      ban("server/db", "api", "server/api", "the database layer sits below the tRPC routers"),
      ban("server/db", "cli", "server/cli", "the database layer sits below the command line"),
      ...serverBase("server/db"),
    ],
  ),
  // Notifications: domain rules over tracking and the store (its SQL lives in server/db/store), below the routers.
  ...boundaries(
    "server/notify",
    ["server/notify/**"],
    [
      ban("server/notify", "api", "server/api", "notifications sit below the tRPC routers"),
      ban("server/notify", "cli", "server/cli", "notifications sit below the command line"),
      ban("server/notify", "prisma", "the Prisma client", "SQL and Prisma live in server/db/store"),
      ...serverBase("server/notify"),
    ],
  ),
  ...boundaries(
    "server/api",
    ["server/api/**"],
    [ban("server/api", "cli", "server/cli", "routers sit beside, not above, the command line"), ...serverBase("server/api")],
  ),
  // Test support may use other test support.
  ...boundaries(
    "server/testing",
    ["server/testing/**"],
    [bans.components("server/testing"), bans.app("server/testing"), bans.react("server/testing")],
  ),
  ...boundaries("components/", ["components/**"], [bans.app("components/"), bans.testing("components/")]),
  ...boundaries("components/testing", ["components/testing/**"], [bans.app("components/testing")]),
  ...boundaries("app/", ["app/**"], [bans.testing("app/")]),
  ...boundaries("scripts/ and e2e/", ["scripts/**", "e2e/**"], [bans.app("scripts/ and e2e/")]),
];

export default defineConfig(
  {
    name: "ignores",
    ignores: ["node_modules/", ".next/", "server/generated/", "data/", "samples/", "next-env.d.ts", "bench-results/", "tmp/"],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    name: "project/node-scripts",
    files: ["**/*.{js,mjs,cjs}"],
    languageOptions: {
      // The plain-JS files are Node scripts and configs (no `globals` package needed for these few).
      globals: {
        process: "readonly",
        console: "readonly",
        URL: "readonly",
        Buffer: "readonly",
        setTimeout: "readonly",
        clearTimeout: "readonly",
      },
    },
  },
  {
    name: "project/rules",
    plugins: { "@stylistic": stylistic },
    rules: {
      // Prettier wraps code at 140 columns but cannot break a string or regex literal: this catches those.
      "@stylistic/max-len": ["error", { code: 160, tabWidth: 2 }],
      // The code names deliberately unused bindings with a leading underscore (`_ignored`, `{ id: _id, ...rest }`).
      "@typescript-eslint/no-unused-vars": [
        "error",
        {
          argsIgnorePattern: "^_",
          varsIgnorePattern: "^_",
          caughtErrorsIgnorePattern: "^_",
          destructuredArrayIgnorePattern: "^_",
          ignoreRestSiblings: true,
        },
      ],
    },
  },
  {
    ...reactHooks.configs.flat.recommended,
    name: "react-hooks/recommended (UI folders)",
    files: ["components/**/*.{ts,tsx}", "app/**/*.{ts,tsx}"],
  },
  ...boundaryBlocks,
);
