/**
 * The Audit tab: an admin's change shows up as an event, the filters live in the URL, the drawer
 * shows who and when, and the CSV export carries the filter.
 */
import { readFile } from "node:fs/promises";
import { expect, expectAccessible, signIn, test } from "./fixtures";

test.describe("audit tab", () => {
  test("an admin adds a user, finds the event by filter, opens it and downloads the filtered CSV", async ({ page, sandbox }) => {
    test.setTimeout(90_000);
    const slug = sandbox.workspace.slug;
    const email = `audit.${slug}@example.test`;
    await signIn(page, sandbox.signIns.admin);

    // The change.
    await page.goto(`/w/${slug}/users`);
    await page.getByRole("button", { name: "Add user" }).first().click();
    const add = page.getByRole("dialog", { name: "Add user" });
    await add.getByLabel("Full name").fill("Aleksandra Audyt");
    await add.getByLabel("E-mail").fill(email);
    await add.getByRole("button", { name: "Add user" }).click();
    await expect(page.getByText("Aleksandra Audyt was added.")).toBeVisible();

    // The tab, newest first: the event is the first row.
    await page.getByRole("link", { name: "Audit", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
    const table = page.getByRole("table", { name: "Audit events, newest first" });
    await expect(table.getByRole("row").nth(1)).toContainText("User added");
    await expectAccessible(page);

    // Filter by action and actor: in the URL, the export links carry it.
    const filters = page.getByRole("form", { name: "Filter the audit log" });
    await filters.getByLabel("Action").selectOption({ label: "User added" });
    await filters.getByLabel("Who").fill(sandbox.signIns.admin.email);
    await filters.getByRole("button", { name: "Apply filters" }).click();
    await page.waitForURL((url) => url.searchParams.get("action") === "directory_user.created");
    expect(new URL(page.url()).searchParams.get("actor")).toBe(sandbox.signIns.admin.email);
    await expect(table.getByRole("row")).toHaveCount(2);
    await expect(page.getByRole("link", { name: "CSV" })).toHaveAttribute("href", /format=csv&actor=.+&action=directory_user.created/);

    // The drawer: who, workspace and recorded time, the data.
    await table.getByRole("button", { name: /Details of “User added”/ }).click();
    const drawer = page.getByRole("dialog", { name: "User added" });
    await expect(drawer).toContainText(sandbox.signIns.admin.email);
    await expect(drawer).toContainText("Person");
    await expect(drawer.getByText("Workspace time")).toBeVisible();
    await expect(drawer.getByText("Recorded at")).toBeVisible();
    await expect(drawer).toContainText("Aleksandra Audyt");
    await expectAccessible(page);
    await page.keyboard.press("Escape");
    await expect(drawer).toBeHidden();

    // The filtered CSV: one event, the admin's.
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "CSV" }).click()]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^audit-${slug}-\\d{4}-\\d\\d-\\d\\d\\.csv$`));
    const csv = (await readFile((await download.path())!, "utf8")).replace(/^\ufeff/, "").trim().split("\r\n");
    expect(csv[0]).toBe("id,occurred_at,recorded_at,actor_kind,actor,actor_account_id,action,subject_type,subject_id,data");
    expect(csv).toHaveLength(2);
    expect(csv[1]).toContain(`,person,${sandbox.signIns.admin.email},`);
    expect(csv[1]).toContain(",directory_user.created,directory_user,");

    // A filter that matches nothing: the filtered empty state; a broken one is explained, not a 500.
    await page.goto(`/w/${slug}/audit?action=order.paid`);
    await expect(page.getByText("No events match these filters")).toBeVisible();
    const bad = await page.goto(`/w/${slug}/audit?from=yesterday&after=forged`);
    expect(bad?.status()).toBe(200);
    await expect(page.getByText("This page link is no longer valid", { exact: false })).toBeVisible();
  });
});
