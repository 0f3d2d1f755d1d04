// The timeline over HTTP as 200 readers get it (server/http/revision-cached-query.ts):
// gzipped once for the app's client (lib/http/gzipped-body.ts), by next start for
// others, with an ETag that answers 304 without a body while nothing changed,
// a new body once something did, and never another department's data or a 304
// for a scope the caller may not read. The page's own reads revalidate too.
import { Agent, get } from "node:http";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gunzipSync } from "node:zlib";
import { SAMPLE_DEPARTMENT } from "~/lib/domain/default-department";
import { GZIPPED_BODY_HEADER } from "~/lib/http/gzipped-body";
import { trpcQueryUrl } from "~/lib/http/trpc-query-url";
import { messages } from "~/lib/messages";
import type { Timeline } from "~/lib/timeline/types";
import { type AppServer, type AppSession, openPage, signedInHeaders, signInOverHttp, startAppSession } from "./app-server";
import { appApi } from "./timeline-helpers";

let session: AppSession;
let server: AppServer;
let browser: Browser;
let admin: ReturnType<typeof appApi>;
let adminCookie: string;
let sample: number;
let other: { id: number; name: string };
const agent = new Agent({ keepAlive: false });

const OTHER_REPORT = "# 2024-W50\n\nCreated: 2024年12月14日 10:00\n\n## 【乙部门业务】\n\n1. 乙部门专属项目：进度30%，预计12/27上线。\n";
const VIEWER = { username: "viewer_b", password: "viewer-b-password", name: "乙部门读者" };

beforeAll(async () => {
  ({ server, browser } = session = await startAppSession());
  const headers = await signedInHeaders(server);
  adminCookie = headers.cookie!;
  admin = appApi(server.url, headers);
  sample = await admin.sampleDepartmentId();
  other = await admin.mutate<{ id: number; name: string }>("department.create", { name: "乙部门" });
  await admin.mutate("importer.commit", { departmentId: other.id, text: OTHER_REPORT });
  await admin.mutate("user.create", { ...VIEWER, siteAdmin: false });
  await admin.mutate("department.setRole", { departmentId: other.id, user: VIEWER.username, role: "viewer" });
});
afterAll(async () => {
  agent.destroy();
  await session?.close();
});

const timelinePath = (input: object = {}) => `/api/trpc/timeline.get?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** as sent: still compressed */
  body: Buffer;
}

/** A GET through node:http, which (unlike fetch) leaves the body as it came. */
function raw(path: string, headers: Record<string, string>): Promise<Raw> {
  return new Promise((resolve, reject) => {
    get(`${server.url}${path}`, { agent, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on("error", reject);
  });
}

const timelineOf = (body: Buffer) => (JSON.parse(body.toString()) as { result: { data: { json: Timeline } } }).result.data.json;
const names = (t: Timeline) => t.groups.flatMap((g) => g.initiatives.map((i) => i.name));

describe("timeline.get over HTTP", () => {
  it("answers gzip when asked, the same JSON as uncompressed, under one weak ETag", async () => {
    const plain = await raw(timelinePath(), { cookie: adminCookie });
    expect(plain.status).toBe(200);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    const gz = await raw(timelinePath(), { cookie: adminCookie, "accept-encoding": "gzip, deflate, br" });
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gz.body).equals(plain.body)).toBe(true);
    expect(gz.body.length).toBeLessThan(plain.body.length / 4);
    expect(names(timelineOf(plain.body))).toContain("乙部门专属项目");
    for (const r of [plain, gz]) {
      expect(r.headers.etag).toMatch(/^W\/"[\w-]+"$/);
      expect(r.headers["cache-control"]).toBe("private, no-cache");
      expect(r.headers.vary).toMatch(/Cookie/);
    }
    expect(gz.headers.etag).toBe(plain.headers.etag);
  });

  it("answers the app's client bytes gzipped once, marked, and not gzipped again by next start", async () => {
    const plain = await raw(timelinePath(), { cookie: adminCookie });
    const asked = { cookie: adminCookie, "accept-encoding": "gzip, deflate, br", [GZIPPED_BODY_HEADER]: "gzip" };
    const marked = await raw(timelinePath(), asked);
    expect(marked.status).toBe(200);
    expect(marked.headers[GZIPPED_BODY_HEADER]).toBe("gzip");
    expect(marked.headers["content-type"]).toBe("application/gzip");
    expect(marked.headers["content-encoding"]).toBeUndefined();
    expect(gunzipSync(marked.body).equals(plain.body)).toBe(true);
    expect(marked.headers.etag).toMatch(/^W\/"[\w-]+-gz"$/);
    expect(marked.headers.vary).toMatch(new RegExp(GZIPPED_BODY_HEADER, "i"));
    const again = await raw(timelinePath(), { ...asked, "if-none-match": marked.headers.etag as string });
    expect(again.status).toBe(304);
    // the plain answer's tag names other bytes
    expect((await raw(timelinePath(), { ...asked, "if-none-match": plain.headers.etag as string })).status).toBe(200);
  });

  it("answers 304 without a body while nothing changed, and the new timeline once something did", async () => {
    const first = await raw(timelinePath(), { cookie: adminCookie, "accept-encoding": "gzip" });
    const etag = first.headers.etag as string;
    const again = await raw(timelinePath(), { cookie: adminCookie, "accept-encoding": "gzip", "if-none-match": etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers.etag).toBe(etag);
    // a list of tags, the strong form of the same one among them
    expect((await raw(timelinePath(), { cookie: adminCookie, "if-none-match": `"x", ${etag.slice(2)}` })).status).toBe(304);

    const [initiative] = (await admin.initiatives()).filter((i) => i.departmentId === sample);
    const progress = ((initiative!.progress ?? 0) + 7) % 100;
    await admin.mutate("initiative.edit", { id: initiative!.id, expectedVersion: initiative!.version, progress });
    const changed = await raw(timelinePath(), { cookie: adminCookie, "if-none-match": etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.etag).not.toBe(etag);
    const edited = timelineOf(changed.body)
      .groups.flatMap((g) => g.initiatives)
      .find((i) => i.id === initiative!.id);
    expect(edited?.progress).toBe(progress);
  });

  it("keeps each reader to their departments: another scope's ETag gets the whole body, a refused scope no 304", async () => {
    const viewerCookie = await signInOverHttp(server.url, VIEWER);
    const adminAnswer = await raw(timelinePath(), { cookie: adminCookie });
    const asViewer = await raw(timelinePath(), { cookie: viewerCookie, "if-none-match": adminAnswer.headers.etag as string });
    expect(asViewer.status).toBe(200);
    expect(asViewer.headers.etag).not.toBe(adminAnswer.headers.etag);
    const seen = names(timelineOf(asViewer.body));
    expect(seen).toEqual(["乙部门专属项目"]);

    // the admin's answer for the sample department, offered back by a viewer who may not read it
    const sampleOnly = await raw(timelinePath({ departmentIds: [sample] }), { cookie: adminCookie });
    expect(sampleOnly.status).toBe(200);
    const refused = await raw(timelinePath({ departmentIds: [sample] }), {
      cookie: viewerCookie,
      "if-none-match": `${sampleOnly.headers.etag as string}, *`,
    });
    expect(refused.status).toBe(403);
    expect(refused.headers.etag).toBeUndefined();

    const anonymous = await raw(timelinePath(), { "if-none-match": "*" });
    expect(anonymous.status).toBe(401);
  });

  it("leaves other procedures and mutations as they were: no ETag", async () => {
    const mine = await raw("/api/trpc/department.mine", { cookie: adminCookie, "if-none-match": "*" });
    expect(mine.status).toBe(200);
    expect(mine.headers.etag).toBeUndefined();
    const batch = await raw(`/api/trpc/timeline.get,department.mine?batch=1&input=${encodeURIComponent('{"0":{"json":{}}}')}`, {
      cookie: adminCookie,
      "if-none-match": "*",
    });
    expect(batch.status).toBe(200);
    expect(batch.headers.etag).toBeUndefined();
  });
});

describe("the timeline page", () => {
  it("reads its timelines from the API, and asks again with If-None-Match and gets 304, no body", async () => {
    const { page } = await openPage(browser, server);
    // the browser shows a revalidated answer as the 200 it kept: what came over the wire tells the 304
    const sent: { input: string | null; ifNoneMatch: string | undefined; bodyBytes: number }[] = [];
    page.on("response", (response) => {
      const url = new URL(response.url());
      if (url.pathname !== "/api/trpc/timeline.get") return;
      void Promise.all([response.request().allHeaders(), response.request().sizes()]).then(([h, sizes]) =>
        sent.push({ input: url.searchParams.get("input"), ifNoneMatch: h["if-none-match"], bodyBytes: sizes.responseBodySize }),
      );
    });
    const narrow = async () => {
      await page.goto(`${server.url}/`);
      await page.locator(".gantt .bar-wrapper").first().waitFor();
      // no department chosen shows them all: choosing one asks for its timeline alone
      await page.getByRole("checkbox", { name: SAMPLE_DEPARTMENT }).check();
      await page.getByText("乙部门专属项目").first().waitFor({ state: "detached" });
    };
    // the page's HTML carries no timeline (app/page.tsx): the whole one, then the department's
    const inputs = [{}, { departmentIds: [sample] }].map((input) => JSON.stringify({ json: input }));
    await narrow();
    await expect.poll(() => sent.length, { timeout: 20_000 }).toBe(2);
    expect(sent.map((s) => s.input)).toEqual(inputs);
    for (const first of sent) {
      expect(first.ifNoneMatch).toBeUndefined();
      expect(first.bodyBytes).toBeGreaterThan(0);
    }
    await narrow();
    await expect.poll(() => sent.length, { timeout: 20_000 }).toBe(4);
    expect(sent.slice(2).map((s) => s.input)).toEqual(inputs);
    for (const again of sent.slice(2)) {
      expect(again.ifNoneMatch).toMatch(/^W\/"[\w-]+-gz"$/);
      expect(again.bodyBytes).toBe(0);
    }
    await page.close();
  });

  it("starts its timeline and who-is-asking reads from its HTML, before hydration; the client takes them: one request each, no violation", async () => {
    const { page } = await openPage(browser, server);
    const violations: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error" && /Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    const early = { "/api/trpc/timeline.get": timelinePath(), "/api/trpc/department.mine": trpcQueryUrl("department.mine", undefined) };
    const asked: string[] = [];
    page.on("request", (r) => {
      if (new URL(r.url()).pathname in early) asked.push(r.url());
    });
    await page.goto(`${server.url}/`);
    await page.locator(".gantt .bar-wrapper").first().waitFor();
    await page.getByRole("link", { name: messages.nav.reports }).waitFor(); // the nav, drawn from department.mine
    // the inline script runs while the parser reads the page: before the document is interactive
    const timing = await page.evaluate((paths) => {
      const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
      const started = paths.map(
        (p) => (performance.getEntriesByType("resource") as PerformanceResourceTiming[]).find((r) => r.name.includes(p))?.startTime,
      );
      return { started, interactive: nav.domInteractive };
    }, Object.keys(early));
    for (const start of timing.started) expect(start).toBeLessThan(timing.interactive);
    expect(asked.sort()).toEqual(
      Object.values(early)
        .map((path) => `${server.url}${path}`)
        .sort(),
    );
    expect(violations).toEqual([]);
    await page.close();
  });
});
