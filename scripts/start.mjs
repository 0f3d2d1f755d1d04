// `npm start`: builds first when there is no production build (a fresh clone
// after `npm install`), then serves it on PORT (default 3000).
// Signals are forwarded so Ctrl-C and `kill` stop the server cleanly.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { serverNodeFlags } from "./server-node-flags.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
const port = process.env.PORT ?? "3000";

/** Runs a command in the project root; resolves with its exit code. */
function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: "inherit", env: process.env });
    const forward = (signal) => child.kill(signal);
    const signals = ["SIGINT", "SIGTERM", "SIGHUP"];
    for (const s of signals) process.on(s, forward);
    child.on("exit", (code, signal) => {
      for (const s of signals) process.off(s, forward);
      resolve(code ?? (signal ? 128 + (signal === "SIGINT" ? 2 : 15) : 1));
    });
  });
}

if (!existsSync(path.join(root, ".next", "BUILD_ID"))) {
  console.log("没有找到生产构建，先运行 next build …");
  const generated = await run(process.execPath, [path.join(root, "scripts", "prisma-generate.mjs")]);
  if (generated !== 0) process.exit(generated);
  const built = await run(process.execPath, [nextBin, "build"]);
  if (built !== 0) process.exit(built);
}
// the report reader's worker thread (server/extract-pool) loads this bundle by path
if (!existsSync(path.join(root, "server", "generated", "extract-worker.mjs"))) {
  const worker = await run(process.execPath, [path.join(root, "scripts", "build-extract-worker.mjs")]);
  if (worker !== 0) process.exit(worker);
}

console.log(`启动服务：http://localhost:${port}`);
process.exit(await run(process.execPath, [...serverNodeFlags(), nextBin, "start", "-p", port]));
