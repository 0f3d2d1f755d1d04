// Helpers of the browser tests that drive the running app: its API (tRPC over
// HTTP, superjson) and the chart (find a bar, scroll to it, drag it).
import type { Locator, Page } from "playwright-core";
import { SAMPLE_DEPARTMENT } from "~/lib/domain/default-department";
import type { InitiativeDetail, Timeline, TimelineInitiative } from "~/server/tracking/types";

/** The app's API as the signed-in admin: `headers` carries the session cookie and the Origin. */
export function appApi(baseUrl: string, headers: Record<string, string>) {
  async function unwrap<T>(res: Response): Promise<T> {
    const body = (await res.json()) as { result?: { data: { json: T } }; error?: { json: { message: string } } };
    if (!body.result) throw new Error(body.error?.json.message ?? `HTTP ${res.status}`);
    return body.result.data.json;
  }
  return {
    query: async <T>(path: string, input?: unknown): Promise<T> => {
      const q = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
      return unwrap<T>(await fetch(`${baseUrl}/api/trpc/${path}${q}`, { headers }));
    },
    mutate: async <T>(path: string, input: unknown): Promise<T> =>
      unwrap<T>(
        await fetch(`${baseUrl}/api/trpc/${path}`, {
          method: "POST",
          headers: { ...headers, "content-type": "application/json" },
          body: JSON.stringify({ json: input }),
        }),
      ),
    /** The id of 示例部门, where the app put the sample reports. */
    sampleDepartmentId: async (): Promise<number> => {
      const mine = await unwrap<{ departments: { id: number; name: string }[] }>(
        await fetch(`${baseUrl}/api/trpc/department.mine`, { headers }),
      );
      return mine.departments.find((d) => d.name === SAMPLE_DEPARTMENT)!.id;
    },
    initiatives: async (): Promise<TimelineInitiative[]> =>
      (
        await unwrap<Timeline>(
          await fetch(`${baseUrl}/api/trpc/timeline.get?input=${encodeURIComponent(JSON.stringify({ json: {} }))}`, { headers }),
        )
      ).groups.flatMap((g) => g.initiatives),
    detail: async (id: number): Promise<InitiativeDetail> =>
      unwrap<InitiativeDetail>(
        await fetch(`${baseUrl}/api/trpc/initiative.detail?input=${encodeURIComponent(JSON.stringify({ json: { id } }))}`, { headers }),
      ),
  };
}

export const barOf = (page: Page, taskId: string) => page.locator(`.gantt .bar-wrapper[data-id="${taskId}"]`);

/**
 * The chart draws only the rows around its view: this scrolls its box from the
 * top down, half a view at a time, waiting at each step until every grid row in
 * view has its bar, and gives the ids of the bars it saw. With `stopAt`, it
 * stops where that task's bar is drawn (null when no row has it).
 */
export async function scanChartRows(page: Page, stopAt?: string): Promise<string[] | null> {
  return page.locator(".gantt-container").evaluate(async (box, stop) => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));
    const seen = new Set<string>();
    const ready = () => {
      const view = box.getBoundingClientRect();
      return [...document.querySelectorAll<HTMLElement>('.gantt-grid-body [role="row"][data-id]')]
        .filter((row) => {
          const r = row.getBoundingClientRect();
          return r.bottom > view.top && r.top < view.bottom;
        })
        .every((row) => box.querySelector(`.bar-wrapper[data-id="${row.dataset.id}"]`));
    };
    const bottom = box.scrollHeight - box.clientHeight;
    for (let top = 0; ; top = Math.min(bottom, top + box.clientHeight / 2)) {
      box.scrollTop = top;
      const deadline = performance.now() + 10_000;
      do await frame();
      while (!ready() && performance.now() < deadline);
      for (const bar of box.querySelectorAll<HTMLElement>(".bar-wrapper[data-id]")) seen.add(bar.dataset.id!);
      if (stop && seen.has(stop) && box.querySelector(`.bar-wrapper[data-id="${stop}"]`)) return [stop];
      if (top >= bottom) break;
    }
    return stop ? null : [...seen].sort();
  }, stopAt);
}

/** Scrolls the chart (and the page) so the element is in view, 200 px from the chart's left edge. */
export async function revealInChart(page: Page, selector: string): Promise<void> {
  await page.locator(selector).first().waitFor();
  await page.evaluate((sel) => {
    const el = document.querySelector(sel);
    const c = document.querySelector(".gantt-container");
    if (el && c) c.scrollLeft += el.getBoundingClientRect().left - c.getBoundingClientRect().left - 200;
  }, selector);
  await page.locator(selector).first().scrollIntoViewIfNeeded();
}

/** Drags the element by dx pixels in small steps, as a hand would, grabbed at `at` px from its left (default its centre). */
export async function dragBy(page: Page, selector: string, dx: number, at?: number): Promise<void> {
  await revealInChart(page, selector);
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`no box for ${selector}`);
  const [x, y] = [box.x + (at ?? box.width / 2), box.y + box.height / 2];
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(x + (dx * i) / 10, y);
  await page.mouse.up();
  await nextFrames(page);
}

/** Resolves after two more frames: what an input or a prop change set off without waiting on anything is done. */
export const nextFrames = (page: Page) =>
  page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));

/** Waits until every bar has grown to its size (frappe-gantt's SMIL `<animate>`, 0.5 s), so boxes and pictures are final. */
export const barsSettled = (page: Page) =>
  page.waitForFunction(() =>
    [...document.querySelectorAll<SVGAnimationElement>(".gantt animate")].every((a) => {
      try {
        return a.ownerSVGElement!.getCurrentTime() >= a.getStartTime() + a.getSimpleDuration();
      } catch {
        return true; // no current interval: it has ended
      }
    }),
  );

/** The x of a milestone's diamond, in chart coordinates (independent of scrolling). */
export const diamondX = (page: Page, milestoneId: number) => barOf(page, `m-${milestoneId}`).locator(".bar").first().getAttribute("x");

/**
 * Opens the panel's initiative editor and returns the named form in it. A panel
 * opened from the URL may still be settling (its data arriving, scrolling into
 * view) when first clicked, so it clicks until the form is there.
 */
export async function openInitiativeEditor(panel: Locator, formName: string): Promise<Locator> {
  const form = panel.getByRole("form", { name: formName });
  for (let attempt = 0; attempt < 10 && !(await form.isVisible()); attempt++) {
    await panel
      .getByRole("button", { name: "编辑项目" })
      .click({ timeout: 2000 })
      .catch(() => undefined);
    await form.waitFor({ timeout: 2000 }).catch(() => undefined);
  }
  await form.waitFor({ timeout: 1000 });
  return form;
}
