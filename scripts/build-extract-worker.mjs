// Bundles the extraction worker (server/extract-pool/extract-worker.ts and the
// extractor it runs) into plain JS, server/generated/extract-worker.mjs (gitignored):
// a worker thread loads a file by path, which must exist as JS under `next start`
// (Turbopack bundles the server into chunks), vitest and tsx alike.
// Run by `npm run build`, `postinstall`, `npm start` and the vitest globalSetup, so
// the worker never lags behind the extractor's source.
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const WORKER_OUT = path.join(root, "server", "generated", "extract-worker.mjs");

/** Writes the bundle; the vitest globalSetup calls this too (it is the default export). */
export default async function buildExtractWorker() {
  await build({
    entryPoints: [path.join(root, "server", "extract-pool", "extract-worker.ts")],
    outfile: WORKER_OUT,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    tsconfig: path.join(root, "tsconfig.json"),
    logLevel: "warning",
    legalComments: "none",
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  await buildExtractWorker();
  console.log(`已生成 ${path.relative(process.cwd(), WORKER_OUT)}`);
}
