import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { AxeResults } from "axe-core";
import { test as base, expect, type APIRequestContext, type Page } from "@playwright/test";

export type Role = "supervisor" | "admin" | "viewer";
export type SignIn = { email: string; password: string };
export type Sandbox = {
  workspace: { id: string; slug: string; name: string; currency: string; timeZone: string };
  token: { token: string };
  signIn: SignIn;
  signIns: Record<Role, SignIn>;
  clock: { now: string };
};

/** The demo seed's sign-ins (the e2e server seeds it): used only by read-only tests. */
export const DEMO = {
  password: "demo-license-console",
  supervisor: "anna.supervisor@kowalski.example",
  admin: "adam.admin@kowalski.example",
  viewer: "wiktor.viewer@kowalski.example",
  otherSupervisor: "max.supervisor@mueller.example",
  reseller: "rita@partner-it.example",
  publisher: "paul@northwind.example",
  workspace: "kowalski-design",
  otherWorkspace: "mueller-maschinenbau",
} as const;

/**
 * The bootstrap secret of the e2e installation (playwright.config.ts makes one per run and starts
 * the server with it): creating a sandbox needs it in the sandbox-secret header.
 */
export const sandboxSecretHeader = { "sandbox-secret": process.env.LC_SANDBOX_SECRET! };

/** A sandbox of its own for each test that needs one; deleted afterwards. */
export async function createSandbox(request: APIRequestContext, template = "empty"): Promise<Sandbox> {
  const res = await request.post("/api/v1/sandboxes", { data: { template }, headers: sandboxSecretHeader });
  expect(res.status(), await res.text()).toBe(201);
  return res.json();
}

export async function deleteSandbox(request: APIRequestContext, sandbox: Sandbox): Promise<void> {
  const res = await request.delete(`/api/v1/sandboxes/${sandbox.workspace.slug}`, {
    headers: { authorization: `Bearer ${sandbox.token.token}` },
  });
  expect(res.status()).toBe(204);
}

/**
 * Waits until React has hydrated the page (components/shell/hydration-mark.tsx): a select or a
 * dialog button used before that does nothing, a race that a busy machine loses.
 */
export async function hydrated(page: Page): Promise<void> {
  await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
}

export async function signIn(page: Page, who: SignIn): Promise<void> {
  await page.goto("/login");
  await hydrated(page);
  await page.getByLabel("E-mail").fill(who.email);
  await page.getByLabel("Password").fill(who.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}

/**
 * The path of the link in the newest account mail of `kind` to `email` (a reset or an invitation):
 * such mail is in no outbox, the sandbox's supervisor token reads it as the person's mailbox.
 */
export async function linkFromMail(request: APIRequestContext, sandbox: Sandbox, kind: string, email: string, path: RegExp): Promise<string> {
  let found: string | null = null;
  await expect
    .poll(async () => {
      const res = await request.get(`/api/v1/sandboxes/${sandbox.workspace.slug}/account-mail`, { headers: { authorization: `Bearer ${sandbox.token.token}` } });
      const mail = ((await res.json()).data as { kind: string; recipients: string[]; text: string }[]).find((m) => m.kind === kind && m.recipients.includes(email.toLowerCase()));
      found = mail ? (path.exec(mail.text)?.[0] ?? null) : null;
      return found;
    })
    .not.toBeNull();
  return found!;
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/**
 * An axe-core scan of the page as it stands: no serious or critical violation. axe is injected
 * once per document (client-side navigation keeps it) and asked for violations only: five times
 * faster than @axe-core/playwright, which injects it on every scan and finishes each run in a
 * page of its own (3 s a scan on a 2-core machine, most of a tab walk's time). The console has no
 * iframes, which that package's frame handling exists for.
 */
export async function expectAccessible(page: Page): Promise<void> {
  // Next streams a page's metadata: after a client-side navigation the new <title> can land a
  // moment after the heading. Waiting for it keeps axe's document-title rule meaningful (a page
  // that never gets a title still fails here) instead of racing the stream.
  await expect.poll(() => page.title(), { message: "the page has a <title>" }).not.toBe("");
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeSource);
  const { violations } = await page.evaluate(() =>
    (window as unknown as { axe: { run: (c: Document, o: object) => Promise<AxeResults> } }).axe.run(document, { resultTypes: ["violations"] }),
  );
  const bad = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

export const test = base.extend<{ sandbox: Sandbox }>({
  // page.goto returns on the load event; for an HTML page it also waits for hydration.
  page: async ({ page, javaScriptEnabled }, use) => {
    const goto = page.goto.bind(page);
    page.goto = async (url, options) => {
      const res = await goto(url, options);
      if (javaScriptEnabled !== false && res?.headers()["content-type"]?.startsWith("text/html")) await hydrated(page);
      return res;
    };
    await use(page);
  },
  sandbox: async ({ request }, use, testInfo) => {
    const template = (testInfo.annotations.find((a) => a.type === "template")?.description as string) ?? "empty";
    const sandbox = await createSandbox(request, template);
    await use(sandbox);
    await deleteSandbox(request, sandbox);
  },
});

export { expect };
