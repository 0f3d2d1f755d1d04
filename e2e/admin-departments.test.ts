// The admin page (/admin, 部门与成员) in the browser: the site admin makes a department
// and a user, adds the user to the department as a viewer, makes them an editor, and is
// told in Chinese when the user to add does not exist. A user who administers nothing is
// refused the page; a department admin sees only their own department, and no users.
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { messages } from "~/lib/messages";
import {
  addSessionCookie,
  type AppServer,
  type AppSession,
  openPage,
  SHOTS,
  signedInHeaders,
  signInOverHttp,
  startAppSession,
} from "./app-server";
import { appApi } from "./timeline-helpers";

const t = messages.admin;

let session: AppSession;
let server: AppServer;

beforeAll(async () => {
  session = await startAppSession();
  server = session.server;
});
afterAll(() => session?.close());

interface Mine {
  departments: { id: number; name: string; role: string }[];
  siteAdmin: boolean;
}

/** Gives the page's browser context the session of another user (signed in once over HTTP). */
async function signInAs(page: Page, who: { username: string; password: string }): Promise<void> {
  await addSessionCookie(page, server.url, await signInOverHttp(server.url, who));
}

describe("departments and members", () => {
  it("lets the site admin make a department and a user, add the user as a viewer, make them an editor, and says when a user is unknown", async () => {
    const { page } = await openPage(session.browser, server);
    await page.goto(`${server.url}/admin`);
    await page.getByRole("heading", { level: 1, name: t.heading }).waitFor();
    // (Next adds its own role=alert route announcer outside main)
    const status = page.locator("main").getByRole("status");
    const alert = page.locator("main").getByRole("alert");

    // a new department, then selected
    const newDepartment = page.getByRole("form", { name: t.newDepartment });
    await newDepartment.getByLabel(t.departmentName).fill("测试二部");
    await newDepartment.getByRole("button", { name: t.create }).click();
    await status.filter({ hasText: t.created("测试二部") }).waitFor();
    const departmentButton = page
      .getByRole("region", { name: t.departments, exact: true })
      .getByRole("button", { name: "测试二部", exact: true });
    await departmentButton.click();
    await expect.poll(() => departmentButton.getAttribute("aria-pressed")).toBe("true");
    const members = page.getByRole("region", { name: t.membersOf("测试二部") });
    await members.getByText(t.noMembers).waitFor();

    // a new user
    const newUser = page.getByRole("form", { name: t.newUser });
    await newUser.getByLabel(messages.auth.username).fill("lisi");
    await newUser.getByLabel(messages.auth.displayName).fill("李四");
    await newUser.getByLabel(messages.auth.password, { exact: true }).fill("lisi-password");
    await newUser.getByRole("button", { name: t.create }).click();
    await status.filter({ hasText: t.created("李四") }).waitFor();
    const userRow = page.getByRole("region", { name: t.users, exact: true }).getByRole("row").filter({ hasText: "lisi" });
    await userRow.getByText(t.no, { exact: true }).waitFor(); // not a site admin
    await userRow.getByText(messages.common.none, { exact: true }).waitFor(); // no department yet

    // added to the department as a viewer
    const add = members.getByRole("form", { name: t.addMember });
    await add.getByLabel(t.memberLogin).fill("lisi");
    await add.getByRole("combobox", { name: t.role, exact: true }).selectOption({ label: t.roles.viewer });
    await add.getByRole("button", { name: t.add }).click();
    await status.filter({ hasText: t.roleSet("李四", t.roles.viewer) }).waitFor();
    const memberRow = members.getByRole("row").filter({ hasText: "李四" });
    await memberRow.getByText("lisi", { exact: true }).waitFor();
    const role = memberRow.getByRole("combobox", { name: t.roleOf("李四") });
    await expect.poll(() => role.inputValue()).toBe("viewer");
    await userRow.getByText(t.membership("测试二部", t.roles.viewer)).waitFor();

    // made an editor
    await role.selectOption({ label: t.roles.editor });
    await status.filter({ hasText: t.roleSet("李四", t.roles.editor) }).waitFor();
    await expect.poll(() => role.inputValue()).toBe("editor");
    await userRow.getByText(t.membership("测试二部", t.roles.editor)).waitFor();
    const api = appApi(server.url, await signedInHeaders(server));
    const department = (await api.query<Mine>("department.mine")).departments.find((d) => d.name === "测试二部")!;
    expect(await api.query<{ username: string | null; role: string }[]>("department.members", { departmentId: department.id })).toEqual([
      expect.objectContaining({ username: "lisi", role: "editor" }),
    ]);

    // an unknown user: a Chinese error, nothing added
    await add.getByLabel(t.memberLogin).fill("nobody");
    await add.getByRole("button", { name: t.add }).click();
    await alert.filter({ hasText: t.userNotFound("nobody") }).waitFor();
    expect(await alert.innerText()).toMatch(/[\u4e00-\u9fff]/);
    expect(await members.getByRole("row").count()).toBe(2); // the header and 李四
    await page.screenshot({ path: path.join(SHOTS, "admin-departments.png"), fullPage: true });
    await page.close();
  });

  it("refuses a user who administers nothing, and shows a department admin only their department", async () => {
    const api = appApi(server.url, await signedInHeaders(server));
    const wangwu = { username: "wangwu", password: "wangwu-password" };
    await api.mutate("user.create", { ...wangwu, name: "王五", siteAdmin: false });
    const department = await api.mutate<{ id: number; name: string }>("department.create", { name: "测试三部" });

    const { page } = await openPage(session.browser);
    await signInAs(page, wangwu);
    await page.goto(`${server.url}/admin`);
    await page.locator("main").getByText(messages.auth.adminRequired).waitFor();

    // a viewer is still refused; an admin of the department is let in
    await api.mutate("department.setRole", { departmentId: department.id, user: "wangwu", role: "viewer" });
    await page.reload();
    await page.locator("main").getByText(messages.auth.adminRequired).waitFor();
    await api.mutate("department.setRole", { departmentId: department.id, user: "wangwu", role: "admin" });
    await page.reload();
    const members = page.getByRole("region", { name: t.membersOf("测试三部") });
    const ownRow = members.getByRole("row").filter({ hasText: "王五" });
    await ownRow.waitFor();
    // their own role is not theirs to change (they would lock themselves out)
    expect(await ownRow.getByRole("combobox", { name: t.roleOf("王五") }).isDisabled()).toBe(true);
    const departments = page.getByRole("region", { name: t.departments, exact: true });
    expect(await departments.locator("button[aria-pressed]").allInnerTexts()).toEqual(["测试三部"]);
    expect(await page.getByRole("form", { name: t.newDepartment }).count()).toBe(0);
    expect(await page.getByRole("region", { name: t.users, exact: true }).count()).toBe(0);
    await page.close();
  });
});
