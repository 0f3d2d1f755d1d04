// Helpers of the browser tests of the import review: the app's API and a page
// signed in as the session's admin, and the review's entries by initiative name.
import type { Page } from "playwright-core";
import { type AppSession, signedInHeaders, signInPage } from "./app-server";
import { appApi } from "./timeline-helpers";

/** The app's API as the session's signed-in admin. */
export async function sessionApi(session: AppSession): Promise<ReturnType<typeof appApi>> {
  return appApi(session.server.url, await signedInHeaders(session.server));
}

/** A 1280 px page in Chinese, signed in; a preview re-read on the server may take a while on a busy machine. */
export async function signedInPage(session: AppSession): Promise<Page> {
  const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "zh-CN" });
  page.setDefaultTimeout(30_000);
  await signInPage(page, session.server);
  return page;
}

/** The review's entry (or entries) of the initiative named exactly `name`. */
export const reviewEntry = (page: Page, name: string) =>
  page.locator("section.review-entry", { has: page.locator("header strong", { hasText: new RegExp(`^${name}$`) }) });

/** The initiative names of the review's entries, in order. */
export const reviewEntryNames = (page: Page) => page.locator("section.review-entry[data-entry] header strong").allInnerTexts();
