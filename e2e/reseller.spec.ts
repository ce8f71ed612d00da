import type { APIRequestContext, Page } from "@playwright/test";
import { base32Decode, hotp, timeStep } from "../lib/auth/totp";
import { expect, expectAccessible, sandboxSecretHeader, signIn, test } from "./fixtures";

type Licenses = { renewable: string; tooEarly: string; partner: string; before80: string };
type ResellerSandbox = {
  reseller: { id: string; slug: string; name: string };
  staff: { email: string; password: string };
  workspaces: {
    workspace: { id: string; slug: string; name: string; currency: string };
    token: { token: string };
    signIns: Record<"supervisor" | "admin" | "viewer", { email: string; password: string }>;
    licenses: Licenses;
  }[];
};

async function createResellerSandbox(request: APIRequestContext, requireTwoFactor: boolean): Promise<ResellerSandbox> {
  const res = await request.post("/api/v1/sandboxes/resellers", { data: { workspaces: 2, requireTwoFactor }, headers: sandboxSecretHeader });
  expect(res.status(), await res.text()).toBe(201);
  return res.json();
}

async function deleteResellerSandbox(request: APIRequestContext, sb: ResellerSandbox) {
  for (const w of sb.workspaces) {
    const res = await request.delete(`/api/v1/sandboxes/${w.workspace.slug}`, { headers: { authorization: `Bearer ${w.token.token}` } });
    expect(res.status()).toBe(204);
  }
}

/** The authenticator app: RFC 6238 from the secret shown at enrolment, `ahead` steps from now. */
function totpCode(secret: string, ahead = 0): string {
  return hotp(base32Decode(secret.replace(/\s/g, "")), timeStep(Date.now()) + ahead);
}

async function expectNotFound(page: Page, url: string) {
  const res = await page.goto(url);
  expect(res?.status(), url).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
}

test.describe("reseller hub", () => {
  test("a reseller renews a customer's license with two-step sign-in on", async ({ page, request }) => {
    test.setTimeout(240_000);
    const sb = await createResellerSandbox(request, true);
    try {
      const [pl] = sb.workspaces;
      const base = `/r/${sb.reseller.slug}`;

      // Required but not enrolled: after sign-in, enrolment is the only page.
      await signIn(page, sb.staff);
      await expect(page).toHaveURL(/\/account\/security$/);
      await expect(page.getByText("Set up two-step sign-in to continue")).toBeVisible();
      await page.goto(`${base}/workspaces`);
      await expect(page).toHaveURL(/\/account\/security$/);
      await expectAccessible(page);

      await page.getByRole("button", { name: "Set up authenticator app" }).click();
      await expect(page.getByRole("img", { name: /QR code/ })).toBeVisible();
      const secret = (await page.getByTestId("totp-secret").textContent())!.trim();
      const enrolCode = totpCode(secret);
      await page.getByLabel("Code from the app").fill(enrolCode);
      await page.getByRole("button", { name: "Turn on" }).click();
      const codes = page.getByRole("list", { name: "Recovery codes" }).getByRole("listitem");
      await expect(codes).toHaveCount(10);
      await page.screenshot({ path: "/tmp/reseller-enrolment.png", fullPage: true });
      await page.getByLabel("I have saved my recovery codes").check();
      await page.getByRole("link", { name: "Continue" }).click();
      await expect(page).toHaveURL(new RegExp(`${base}/workspaces$`));

      // Sign out and in again: password, then a code; the enrolment code is spent.
      await page.getByRole("button", { name: "Sign out" }).click();
      await expect(page).toHaveURL(/\/login/);
      await page.getByLabel("E-mail").fill(sb.staff.email);
      await page.getByLabel("Password").fill(sb.staff.password);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.getByRole("heading", { name: "Two-step sign-in" })).toBeVisible();
      await expectAccessible(page);
      await page.getByLabel("Authentication code").fill(enrolCode);
      await page.getByRole("button", { name: "Verify" }).click();
      await expect(page.getByText("That code is not right, or it was used already.")).toBeVisible();
      await page.getByLabel("Authentication code").fill(totpCode(secret, 1));
      await page.getByRole("button", { name: "Verify" }).click();
      await expect(page).toHaveURL(new RegExp(`${base}/workspaces$`));

      // Every customer workspace, with its figures.
      await expect(page.getByRole("heading", { level: 1, name: "Customer workspaces" })).toBeVisible();
      const wsTable = page.getByRole("table", { name: "Customer workspaces" });
      for (const w of sb.workspaces) await expect(wsTable.getByRole("link", { name: w.workspace.name, exact: true })).toBeVisible();
      await expectAccessible(page);
      await page.screenshot({ path: "/tmp/reseller-workspaces.png", fullPage: true });

      // One click in, one click back.
      await wsTable.getByRole("link", { name: `Open ${pl.workspace.name}` }).click();
      await expect(page).toHaveURL(new RegExp(`/w/${pl.workspace.slug}/overview$`));
      await page.getByRole("link", { name: `← Back to ${sb.reseller.name}` }).click();
      await expect(page).toHaveURL(new RegExp(`${base}/workspaces$`));

      // Licenses of all workspaces; filter by workspace (in the URL); CSV of the view.
      await page.getByRole("navigation", { name: "Reseller sections" }).getByRole("link", { name: "Licenses" }).click();
      const table = page.getByRole("table", { name: "Licenses of all customer workspaces" });
      await expect(table.getByRole("row")).toHaveCount(1 + 8);
      await page.getByRole("combobox", { name: "Workspace" }).selectOption(pl.workspace.slug);
      await expect(page).toHaveURL(new RegExp(`workspace=${pl.workspace.slug}`));
      await expect(table.getByRole("row")).toHaveCount(1 + 4);
      await page.getByRole("combobox", { name: "Expires" }).selectOption("30");
      await expect(table.getByRole("row")).toHaveCount(1 + 3);
      await expectAccessible(page);
      await page.screenshot({ path: "/tmp/reseller-licenses.png", fullPage: true });
      const href = await page.getByRole("link", { name: "Export CSV" }).getAttribute("href");
      const csv = await page.request.get(href!);
      expect(csv.status()).toBe(200);
      expect(csv.headers()["content-type"]).toContain("text/csv");
      const lines = (await csv.text()).trim().split(/\r\n/);
      expect(lines).toHaveLength(1 + 3);
      expect(lines.slice(1).every((l) => l.includes(pl.workspace.slug))).toBe(true);

      // Not renewable online, each with its reason.
      await page.goto(`${base}/licenses/${pl.licenses.partner}`);
      await expect(page.getByText("contact your Kaspersky partner")).toBeVisible();
      await expect(page.getByRole("link", { name: "Renew license" })).toHaveCount(0);
      await expectAccessible(page);
      await page.screenshot({ path: "/tmp/reseller-license-partner.png", fullPage: true });
      await page.goto(`${base}/licenses/${pl.licenses.before80}`);
      await expect(page.getByText(/bought before the 8\.0 release/)).toBeVisible();
      await page.goto(`${base}/licenses/${pl.licenses.tooEarly}`);
      await expect(page.getByText(/Online renewal opens when fewer than 30 days remain/)).toBeVisible();

      // Renewable: details → checkout in PLN for a Polish workspace → pay (double click) → one order.
      await page.goto(`${base}/licenses/${pl.licenses.renewable}`);
      await expect(page.getByText("20 days remain.", { exact: false })).toBeVisible();
      await expectAccessible(page);
      await page.getByRole("link", { name: "Renew license" }).first().click();
      await expect(page.getByRole("heading", { level: 1, name: "Renew license" })).toBeVisible();
      const total = new Intl.NumberFormat("pl-PL", { style: "currency", currency: "PLN" }).format(25 * 129);
      await expect(page.getByTestId("renewal-total")).toHaveText(total);
      await expect(page.getByText("The 20 days that remain are added to the new one-year term.")).toBeVisible();
      await expectAccessible(page);
      await page.screenshot({ path: "/tmp/reseller-checkout.png", fullPage: true });
      await page.getByRole("button", { name: `Confirm and pay ${total}` }).dblclick();
      await expect(page.getByText("License renewed and paid")).toBeVisible();
      await expect(page.getByText(/A confirmation was sent by e-mail to .*staff@.*there is no code to enter/)).toBeVisible();
      await page.screenshot({ path: "/tmp/reseller-renewed.png", fullPage: true });

      const orders = await request.get(`/api/v1/workspaces/${pl.workspace.slug}/orders`, { headers: { authorization: `Bearer ${pl.token.token}` } });
      const body = await orders.json();
      expect(body.data).toHaveLength(1);
      expect(body.data[0]).toMatchObject({ kind: "renewal", status: "paid", currency: "PLN", amountMinor: 25 * 12_900, quantity: 25 });
      expect(body.data[0].number).toMatch(/^LC-\d{4}-\d{6}$/);

      // Now 385 days left: the details say so and list the renewal; online renewal reads "Renewed
      // until …" (the same term cannot be renewed again), as does the list; the e-mail is in the outbox.
      await page.goto(`${base}/licenses/${pl.licenses.renewable}`);
      await expect(page.getByRole("heading", { name: "Renewals" })).toBeVisible();
      await expect(page.getByText(/385 days left/)).toBeVisible();
      const online = page.getByRole("region", { name: "Online renewal" });
      await expect(online.getByText(/^Renewed until /)).toBeVisible();
      await expect(online.getByText("Available", { exact: true })).toHaveCount(0);
      await expect(page.getByRole("link", { name: "Renew license" })).toHaveCount(0);
      await expectAccessible(page);
      await page.screenshot({ path: "/tmp/reseller-license-renewed.png", fullPage: true });
      await page.goto(`${base}/licenses?workspace=${pl.workspace.slug}`);
      await expect(page.getByRole("row").filter({ hasText: "renewed until" })).toHaveCount(1);
      await page.goto(`/w/${pl.workspace.slug}/outbox`);
      // The customer's mail is in its language, Polish.
      await expect(page.getByText(/Odnowiono licencję:/).first()).toBeVisible();
    } finally {
      await deleteResellerSandbox(request, sb);
    }
  });

  test("a reseller sees its own workspaces only; admins of a workspace never see reseller pages", async ({ browser, request }) => {
    test.setTimeout(240_000);
    const [a, b] = [await createResellerSandbox(request, false), await createResellerSandbox(request, false)];
    try {
      const aLicense = a.workspaces[0].licenses.renewable;
      const aRoutes = [
        `/r/${a.reseller.slug}`,
        `/r/${a.reseller.slug}/workspaces`,
        `/r/${a.reseller.slug}/licenses`,
        `/r/${a.reseller.slug}/licenses/${aLicense}`,
        `/r/${a.reseller.slug}/licenses/${aLicense}/renew`,
      ];

      // Staff of reseller B: every page of A is 404, A's license under B's own pages too, A's workspaces too.
      const bPage = await (await browser.newContext()).newPage();
      await signIn(bPage, b.staff);
      await expect(bPage).toHaveURL(new RegExp(`/r/${b.reseller.slug}/workspaces$`));
      for (const url of aRoutes) await expectNotFound(bPage, url);
      await expectNotFound(bPage, `/r/${b.reseller.slug}/licenses/${aLicense}`);
      await expectNotFound(bPage, `/r/${b.reseller.slug}/licenses/${aLicense}/renew`);
      await expectNotFound(bPage, `/w/${a.workspaces[0].workspace.slug}/overview`);
      const csv = await bPage.request.get(`/r/${a.reseller.slug}/licenses/export`);
      expect(csv.status()).toBe(404);
      // B's own list holds B's licenses only.
      await bPage.goto(`/r/${b.reseller.slug}/licenses?size=100`);
      await expect(bPage.getByRole("table", { name: "Licenses of all customer workspaces" }).getByRole("row")).toHaveCount(1 + 8);
      for (const w of a.workspaces) await expect(bPage.getByText(w.workspace.name)).toHaveCount(0);

      // The supervisor of one of A's workspaces: no reseller pages, no other customers, no way back.
      const admin = await (await browser.newContext()).newPage();
      await signIn(admin, a.workspaces[0].signIns.supervisor);
      await expect(admin).toHaveURL(new RegExp(`/w/${a.workspaces[0].workspace.slug}/overview$`));
      await expect(admin.getByRole("link", { name: /Back to/ })).toHaveCount(0);
      for (const url of aRoutes) await expectNotFound(admin, url);
      expect((await admin.request.get(`/r/${a.reseller.slug}/licenses/export`)).status()).toBe(404);
      await expectNotFound(admin, `/w/${a.workspaces[1].workspace.slug}/overview`);

      // Signed out: the CSV route answers nothing but the sign-in page.
      const anon = await request.get(`/r/${a.reseller.slug}/licenses/export`, { maxRedirects: 0 });
      expect([302, 307, 401]).toContain(anon.status());
    } finally {
      await deleteResellerSandbox(request, a);
      await deleteResellerSandbox(request, b);
    }
  });
});
