// `npm run test:pg`: the integration suite (server/db, server/tracking, server/auth, server/api, server/notify) against
// the PostgreSQL server TEST_DATABASE_URL names; each test file gets its own
// schema (server/testing/temp-database.ts). `bash .ci/with-postgres.sh npm run test:pg`
// starts a throwaway server for it.
import path from "node:path";
import { defineConfig } from "vitest/config";

if (!process.env.TEST_DATABASE_URL?.match(/^postgres(ql)?:\/\//)) {
  throw new Error("test:pg 需要 TEST_DATABASE_URL=postgresql://…（或运行 bash .ci/with-postgres.sh npm run test:pg）");
}

export default defineConfig({
  resolve: { alias: { "~": path.resolve(import.meta.dirname) } },
  test: {
    name: "pg",
    environment: "node",
    globalSetup: ["scripts/build-extract-worker.mjs"],
    include: [
      "server/db/**/*.test.ts",
      "server/tracking/**/*.test.ts",
      "server/auth/**/*.test.ts",
      "server/api/**/*.test.ts",
      "server/notify/**/*.test.ts",
      "server/testing/sso-flow.test.ts",
    ],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
