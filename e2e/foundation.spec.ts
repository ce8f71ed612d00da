import { randomUUID } from "node:crypto";
import { DEMO, expect, expectAccessible, signIn, test, type Role } from "./fixtures";

const TABS = ["Overview", "Products", "Users", "Licenses", "Activations", "Hosts"] as const;
const ROLE_LABEL: Record<Role, string> = { supervisor: "Supervisor", admin: "Admin", viewer: "Viewer" };

test.describe("signing in", () => {
  for (const role of ["supervisor", "admin", "viewer"] as const) {
    test(`a ${role} signs in, walks every tab and sees what the role allows`, async ({ page, sandbox }) => {
      await signIn(page, sandbox.signIns[role]);
      await expect(page).toHaveURL(new RegExp(`/w/${sandbox.workspace.slug}/overview$`));
      const header = page.getByRole("banner");
      await expect(header.getByText(ROLE_LABEL[role], { exact: true })).toBeVisible();
      await expect(header.getByText("Sandbox", { exact: true })).toBeVisible();

      const tabs = page.getByRole("navigation", { name: "Workspace sections" });
      const visibleTabs = role === "supervisor" ? [...TABS, "Settings"] : TABS;
      for (const name of visibleTabs) {
        await tabs.getByRole("link", { name, exact: true }).click();
        await expect(page).toHaveURL(new RegExp(`/w/${sandbox.workspace.slug}/${name.toLowerCase()}$`));
        await expect(tabs.getByRole("link", { name, exact: true })).toHaveAttribute("aria-current", "page");
        await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
        await expectAccessible(page);
      }
      if (role !== "supervisor") {
        await expect(tabs.getByRole("link", { name: "Settings" })).toHaveCount(0);
        await page.goto(`/w/${sandbox.workspace.slug}/settings`);
        await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toHaveCount(0);
      }
      await page.goto(`/w/${sandbox.workspace.slug}/users`);
      const addUser = page.getByRole("button", { name: "Add user" });
      if (role === "viewer") await expect(addUser).toHaveCount(0);
      else await expect(addUser.first()).toBeVisible();
    });
  }

  test("a wrong password and an unknown e-mail get the same answer", async ({ page, sandbox }) => {
    await page.goto("/login");
    await expectAccessible(page);
    for (const email of [sandbox.signIns.admin.email, `nobody-${randomUUID()}@example.test`]) {
      await page.getByLabel("E-mail").fill(email);
      await page.getByLabel("Password").fill("not-the-password");
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.getByText("E-mail or password is incorrect.")).toBeVisible();
      await expect(page).toHaveURL(/\/login/);
    }
  });

  test("repeated failures lock the account's e-mail for a while", async ({ page }) => {
    const email = `locked-${randomUUID()}@example.test`;
    await page.goto("/login");
    for (let i = 0; i < 5; i++) {
      await page.getByLabel("E-mail").fill(email);
      await page.getByLabel("Password").fill(`wrong-${i}`);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.getByText("E-mail or password is incorrect.")).toBeVisible();
    }
    // The password field empties after a failure; even the right password is refused now.
    await page.getByLabel("Password").fill("any-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText(/Too many failed attempts\. Try again in \d+ minutes?\./)).toBeVisible();
  });

  test("signing out ends the session", async ({ page, sandbox }) => {
    await signIn(page, sandbox.signIn);
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto(`/w/${sandbox.workspace.slug}/overview`);
    await expect(page).toHaveURL(/\/login/);
  });
});

test.describe("tenancy in the browser", () => {
  test("another tenant's workspace is a 404, exactly like one that does not exist", async ({ page, sandbox }) => {
    await signIn(page, sandbox.signIn);
    for (const slug of [DEMO.workspace, `no-such-${randomUUID().slice(0, 8)}`]) {
      for (const tab of ["overview", "users", "settings"]) {
        const res = await page.goto(`/w/${slug}/${tab}`);
        expect(res?.status()).toBe(404);
        await expect(page.getByRole("heading", { level: 1 })).toContainText(/not found/i);
        await expect(page.getByText("Kowalski Design")).toHaveCount(0);
      }
    }
    await expectAccessible(page);
  });

  test("reseller staff switch between their customers' workspaces", async ({ page }) => {
    await signIn(page, { email: DEMO.reseller, password: DEMO.password });
    // Reseller staff land on their customers' list (seed 004), then open a workspace.
    await expect(page).toHaveURL(/\/r\/partner-it\/workspaces$/);
    await page.goto(`/w/${DEMO.workspace}/overview`);
    const switcher = page.getByLabel("Workspace", { exact: true });
    await expect(switcher.locator("option")).toHaveText([/Kowalski Design/, /Müller Maschinenbau/]);
    await page.goto(`/w/${DEMO.workspace}/users`);
    await page.getByLabel("Workspace", { exact: true }).selectOption(DEMO.otherWorkspace);
    await expect(page).toHaveURL(new RegExp(`/w/${DEMO.otherWorkspace}/users$`));
    await expect(page.getByRole("banner").getByText("Admin (via reseller)")).toBeVisible();
  });

  test("a customer's admin never sees other customers of its reseller", async ({ page }) => {
    await signIn(page, { email: DEMO.otherSupervisor, password: DEMO.password });
    await expect(page.getByLabel("Workspace", { exact: true }).locator("option")).toHaveText([/Müller Maschinenbau/]);
    expect((await page.goto(`/w/${DEMO.workspace}/overview`))?.status()).toBe(404);
  });
});

test.describe("users tab", () => {
  test("an admin adds a user; bad input is explained and changes nothing", async ({ page, sandbox }) => {
    await signIn(page, sandbox.signIns.admin);
    await page.goto(`/w/${sandbox.workspace.slug}/users`);
    // The empty table offers the same action as the page header.
    await page.getByRole("button", { name: "Add user" }).first().click();
    const dialog = page.getByRole("dialog", { name: "Add user" });
    await dialog.getByLabel("Full name").fill("Zofia Testowa");
    await dialog.getByLabel("E-mail").fill("not-an-email");
    await dialog.getByRole("button", { name: "Add user" }).click();
    await expect(dialog.getByText("Enter a valid e-mail address.")).toBeVisible();
    await expect(dialog.getByLabel("Full name")).toHaveValue("Zofia Testowa");
    await expectAccessible(page);

    await dialog.getByLabel("E-mail").fill("zofia.testowa@example.test");
    await dialog.getByRole("button", { name: "Add user" }).click();
    await expect(page.getByText("Zofia Testowa was added.")).toBeVisible();
    await expect(dialog).toBeHidden();
    const table = page.getByRole("table", { name: "Directory users" });
    await expect(table.getByRole("cell", { name: "zofia.testowa@example.test" })).toBeVisible();

    // The same e-mail again: a clear refusal on the field, no second user.
    await page.getByRole("button", { name: "Add user" }).click();
    await dialog.getByLabel("Full name").fill("Zofia Again");
    await dialog.getByLabel("E-mail").fill("ZOFIA.TESTOWA@example.test");
    await dialog.getByRole("button", { name: "Add user" }).click();
    await expect(dialog.getByText("Already in this workspace.")).toBeVisible();
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await expect(table.getByRole("cell", { name: "zofia.testowa@example.test" })).toHaveCount(1);
  });
});
