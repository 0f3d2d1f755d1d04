// vitest globalSetup of the browser tests: one production build for all of
// them (`npm run build`), unless E2E_SKIP_BUILD=1 says a fresh one exists.
import { spawnSync } from "node:child_process";
import path from "node:path";

export default function setup(): void {
  if (process.env.E2E_SKIP_BUILD === "1") return;
  const root = path.resolve(import.meta.dirname, "..");
  const result = spawnSync("npm", ["run", "-s", "build"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error(`next build 失败（退出码 ${result.status ?? result.signal}）`);
}
