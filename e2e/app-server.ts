// Starts the production server on a free port with its own temp database
// (samples imported on start, a site admin made from ADMIN_USERNAME), and a
// headless Chromium to drive it. Pages and API calls sign in as that admin.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { serverNodeFlags } from "../scripts/server-node-flags.mjs";

const ROOT = path.resolve(import.meta.dirname, "..");
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
/** Where the browser tests put their screenshots. */
export const SHOTS = process.env.E2E_SCREENSHOT_DIR ?? path.join(tmpdir(), "tracker-e2e-shots");

/** The site admin every app server starts with (unless the test blanks ADMIN_USERNAME). */
// named PM: the edit logs the browser tests read show the signed-in user's display name
export const E2E_ADMIN = { username: "e2e_admin", password: "e2e-admin-password", name: "PM" };
export const SESSION_COOKIE = "wrt.session_token";

export interface AppServer {
  url: string;
  dir: string;
  /** the `next start` process (benchmarks read its memory) */
  pid: number;
  /** `wrt.session_token=…` of the admin, signed in once over HTTP (sign-ins are rate limited) */
  sessionCookie(): Promise<string>;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

async function waitUntilUp(url: string, child: ChildProcess, log: () => string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start 退出了（${child.exitCode}）:\n${log()}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`服务没有在 ${timeoutMs / 1000}s 内启动:\n${log()}`);
}

export async function startAppServer(env: Record<string, string> = {}): Promise<AppServer> {
  const dir = mkdtempSync(path.join(tmpdir(), "tracker-e2e-"));
  const port = await freePort();
  let output = "";
  const url = `http://127.0.0.1:${port}`;
  const nextBin = path.join(ROOT, "node_modules/next/dist/bin/next");
  const child = spawn(process.execPath, [...serverNodeFlags({ ...process.env, ...env }), nextBin, "start", "-p", String(port)], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: `file:${path.join(dir, "e2e.db")}`,
      IMPORT_SAMPLES: "1",
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      APP_URL: url,
      ADMIN_USERNAME: E2E_ADMIN.username,
      ADMIN_PASSWORD: E2E_ADMIN.password,
      ADMIN_NAME: E2E_ADMIN.name,
      BETTER_AUTH_SECRET: "e2e-secret-0123456789abcdef0123456789",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null) child.kill("SIGKILL");
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    // the first request waits for instrumentation: migrations and the sample import
    await waitUntilUp(`${url}/api/health`, child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  let cookie: Promise<string> | undefined;
  const sessionCookie = () => (cookie ??= signInOverHttp(url, E2E_ADMIN));
  return { url, dir, pid: child.pid!, sessionCookie, stop };
}

/** Signs in as a browser on the app's page would (Origin header) and returns the session cookie. */
export async function signInOverHttp(url: string, who: { username: string; password: string }): Promise<string> {
  const res = await fetch(`${url}/api/auth/sign-in/username`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: url },
    body: JSON.stringify({ username: who.username, password: who.password }),
  });
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  if (!res.ok || !cookie) throw new Error(`登录失败（HTTP ${res.status}）: ${await res.text()}`);
  return cookie.split(";")[0]!;
}

/** Gives the page's browser context a session (`name=value`, as signInOverHttp returns it) on the app at `url`. */
export async function addSessionCookie(page: Page, url: string, cookie: string): Promise<void> {
  const [name, ...value] = cookie.split("=");
  await page.context().addCookies([{ name: name!, value: value.join("="), url, httpOnly: true, sameSite: "Lax" }]);
}

/** Gives the page's browser context the admin's session: it opens the app signed in. */
export async function signInPage(page: Page, server: AppServer): Promise<void> {
  await addSessionCookie(page, server.url, await server.sessionCookie());
}

/** Headers for a request to the app's API as the signed-in admin (Origin too, for mutations). */
export async function signedInHeaders(server: AppServer): Promise<Record<string, string>> {
  return { cookie: await server.sessionCookie(), origin: server.url };
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
  });
}

export interface AppSession {
  server: AppServer;
  browser: Browser;
  close(): Promise<void>;
}

/** What a browser test file runs against: the app on a fresh database, a browser, and the screenshot folder. */
export async function startAppSession(): Promise<AppSession> {
  mkdirSync(SHOTS, { recursive: true });
  const server = await startAppServer();
  const browser = await launchBrowser().catch(async (error: unknown) => {
    await server.stop();
    throw error;
  });
  return {
    server,
    browser,
    async close() {
      await browser.close();
      await server.stop();
    },
  };
}

/** A 1280 px page in Chinese whose dialogs (alert, confirm) are recorded and dismissed; signed in to `server` when given. */
export async function openPage(browser: Browser, server?: AppServer): Promise<{ page: Page; dialogs: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "zh-CN" });
  if (server) await signInPage(page, server);
  page.setDefaultTimeout(20_000);
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return { page, dialogs };
}
