/**
 * Reseller API tokens on the reseller hub: staff create a token, see its secret once, list their
 * linked workspaces with it over the API, revoke it, and the same call then answers 401.
 * Each run makes its own sandbox reseller (never the demo one).
 */
import type { APIRequestContext } from "@playwright/test";
import { expect, expectAccessible, sandboxSecretHeader, signIn, test } from "./fixtures";

type ResellerSandbox = {
  reseller: { id: string; slug: string; name: string };
  staff: { email: string; password: string };
  workspaces: { workspace: { id: string; slug: string; name: string }; token: { token: string } }[];
};

async function createResellerSandbox(request: APIRequestContext): Promise<ResellerSandbox> {
  const res = await request.post("/api/v1/sandboxes/resellers", { data: { workspaces: 2, requireTwoFactor: false }, headers: sandboxSecretHeader });
  expect(res.status(), await res.text()).toBe(201);
  return res.json();
}

async function deleteResellerSandbox(request: APIRequestContext, sb: ResellerSandbox) {
  for (const w of sb.workspaces) {
    const res = await request.delete(`/api/v1/sandboxes/${w.workspace.slug}`, { headers: { authorization: `Bearer ${w.token.token}` } });
    expect(res.status()).toBe(204);
  }
}

test.describe("reseller API tokens", () => {
  test("staff create a reseller token, list their linked workspaces with it, revoke it: then 401", async ({ page, request }) => {
    test.setTimeout(120_000);
    const sb = await createResellerSandbox(request);
    try {
      const base = `/r/${sb.reseller.slug}`;
      const name = `Partner sync ${sb.reseller.slug.slice(-6)}`;
      await signIn(page, sb.staff);
      await page.goto(`${base}/workspaces`);
      await page.getByRole("navigation", { name: "Reseller sections" }).getByRole("link", { name: "API tokens" }).click();
      await expect(page).toHaveURL(new RegExp(`${base}/api-tokens$`));
      await expect(page.getByRole("heading", { level: 1, name: "API tokens" })).toBeVisible();
      const section = page.getByRole("region", { name: "API tokens" });
      await expect(section.getByText("No API tokens yet")).toBeVisible();
      await expectAccessible(page);

      // Create: an admin token (supervisor is not offered: staff act as admins).
      await section.getByRole("button", { name: "Create token" }).click();
      const dialog = page.getByRole("dialog", { name: "Create an API token" });
      await expect(dialog).toBeVisible();
      await expect(dialog.getByLabel("Role").locator("option")).toHaveText(["Viewer", "Admin"]);
      await dialog.getByRole("button", { name: "Create token" }).click();
      await expect(dialog.getByText("Required.", { exact: true })).toBeVisible();
      await dialog.getByLabel("Name").fill(name);
      await dialog.getByLabel("Role").selectOption("admin");
      await dialog.getByLabel("Expires").selectOption("30");
      await dialog.getByRole("button", { name: "Create token" }).click();

      const shown = page.getByRole("dialog", { name: "Copy your new token" });
      await expect(shown).toBeVisible();
      await expect(page.getByText(`Token “${name}” created`)).toBeVisible();
      await expect(shown.getByText("acts as Admin in every workspace linked to your company")).toBeVisible();
      await expect(shown.getByRole("button", { name: "Copy" })).toBeVisible();
      const secret = await shown.getByLabel("Token", { exact: true }).inputValue();
      expect(secret).toMatch(/^lc_[A-Za-z0-9_-]{40,}$/);
      await expectAccessible(page);
      await page.screenshot({ path: "/tmp/reseller-token-secret.png", fullPage: true });
      await shown.getByRole("button", { name: "I have stored it" }).click();
      await expect(shown).toBeHidden();

      const row = section.getByRole("row").filter({ has: page.getByRole("rowheader", { name: new RegExp(name) }) });
      await expect(row).toContainText("Admin");
      await expect(row).toContainText("Active");
      await page.reload();
      expect(await page.content()).not.toContain(secret);

      // The token lists exactly the reseller's sandbox workspaces, as admin in each.
      const auth = { authorization: `Bearer ${secret}` };
      const list = await request.get("/api/v1/workspaces", { headers: auth });
      expect(list.status()).toBe(200);
      const listed = (await list.json()).data as { slug: string; role: string }[];
      expect(listed.map((w) => w.slug).sort()).toEqual(sb.workspaces.map((w) => w.workspace.slug).sort());
      expect(listed.every((w) => w.role === "admin")).toBe(true);
      // Another workspace (the demo one) is not found.
      expect((await request.get("/api/v1/workspaces/kowalski-design", { headers: auth })).status()).toBe(404);

      // Activity, then revoke after a confirmation.
      await page.reload();
      await expect(page.getByRole("table", { name: "Token activity of the reseller" })).toContainText(`Created “${name}” (Admin)`);
      await row.getByRole("button", { name: `Revoke ${name}` }).click();
      const confirm = page.getByRole("alertdialog", { name: `Revoke “${name}”?` });
      await expect(confirm).toBeVisible();
      await confirm.getByRole("button", { name: "Revoke token" }).click();
      await expect(page.getByText(`Token “${name}” revoked`)).toBeVisible();
      await expect(row).toContainText("Revoked");
      await expect(page.getByRole("table", { name: "Token activity of the reseller" })).toContainText(`Revoked “${name}”`);
      await page.screenshot({ path: "/tmp/reseller-tokens.png", fullPage: true });

      const refused = await request.get("/api/v1/workspaces", { headers: auth });
      expect(refused.status()).toBe(401);
      expect((await refused.json()).error.code).toBe("invalid_token");
    } finally {
      await deleteResellerSandbox(request, sb);
    }
  });

  test("the reseller token page is not found for workspace people", async ({ page, request, sandbox }) => {
    const sb = await createResellerSandbox(request);
    try {
      await signIn(page, sandbox.signIns.supervisor);
      const res = await page.goto(`/r/${sb.reseller.slug}/api-tokens`);
      expect(res?.status()).toBe(404);
    } finally {
      await deleteResellerSandbox(request, sb);
    }
  });
});
