import type { BrowserContext, Page } from "@playwright/test";
import { expect, signIn, test } from "./fixtures";

/** CSP violations the page reports, from the console and from securitypolicyviolation events. */
function watchCsp(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/content security policy|refused to (execute|load|apply)/i.test(m.text())) violations.push(m.text());
  });
  page.on("pageerror", (e) => {
    if (/content security policy/i.test(e.message)) violations.push(e.message);
  });
  return violations;
}

async function copyOfSession(from: BrowserContext, into: BrowserContext) {
  await into.addCookies((await from.cookies()).filter((c) => c.name.includes("next-auth.session-token")));
}

test.describe("security headers", () => {
  test("pages carry a nonce CSP and still hydrate and work under it, with no violation", async ({ page, sandbox }) => {
    const violations = watchCsp(page);
    const login = await page.goto("/login");
    const headers = login!.headers();
    const csp = headers["content-security-policy"];
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(headers).toMatchObject({ "x-content-type-options": "nosniff", "referrer-policy": "strict-origin-when-cross-origin" });
    expect(headers["permissions-policy"]).toContain("camera=()");
    expect(headers["strict-transport-security"]).toBeUndefined(); // plain http here
    // Next put the nonce on its own scripts.
    const nonce = /'nonce-([^']+)'/.exec(csp)![1];
    expect(await page.locator(`script[nonce]`).count()).toBeGreaterThan(0);
    expect(nonce).not.toBe(/'nonce-([^']+)'/.exec((await page.request.get("/login")).headers()["content-security-policy"])![1]);

    // Hydrated: the client-side sign-in (signIn() + router) works, and so does a client dialog.
    await signIn(page, sandbox.signIns.supervisor);
    await page.goto(`/w/${sandbox.workspace.slug}/users`);
    await page.getByRole("button", { name: "Add user" }).first().click();
    await expect(page.getByRole("dialog", { name: "Add user" })).toBeVisible();
    expect(violations).toEqual([]);
  });

  test("API answers carry the headers too, and rate-limit headers", async ({ request, sandbox }) => {
    const res = await request.get(`/api/v1/workspaces/${sandbox.workspace.slug}`, { headers: { authorization: `Bearer ${sandbox.token.token}` } });
    expect(res.status()).toBe(200);
    expect(res.headers()).toMatchObject({ "x-content-type-options": "nosniff", "ratelimit-limit": "600", "ratelimit-policy": "600;w=60" });
  });
});

test.describe("sign-in redirects", () => {
  test("a callbackUrl that a browser reads as another host lands on this site", async ({ page, sandbox, baseURL }) => {
    await page.goto("/login?callbackUrl=/%09/evil.example/phish");
    await page.getByLabel("E-mail").fill(sandbox.signIns.supervisor.email);
    await page.getByLabel("Password").fill(sandbox.signIns.supervisor.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL((url) => !url.pathname.startsWith("/login"));
    expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
    expect(page.url()).not.toContain("evil.example");
  });

  test("callbackUrl with a line break, a carriage return or non-ASCII is a 4xx-free sign-in page, not a 500", async ({ page }) => {
    for (const cb of ["/%0a/evil.example", "/w/x%0d%0aSet-Cookie:%20a=b", "/w/za%C5%BC%C3%B3%C5%82%C4%87", "%E2%80%AE/evil"]) {
      const res = await page.goto(`/login?callbackUrl=${cb}`);
      expect(res!.status(), cb).toBe(200);
    }
  });

  test("a signed-in browser sent to /login with a hostile callbackUrl stays on this site", async ({ page, sandbox, baseURL }) => {
    await signIn(page, sandbox.signIns.supervisor);
    const res = await page.goto("/login?callbackUrl=/%09/evil.example/phish");
    expect(res!.status()).toBeLessThan(500);
    expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the sign-in form posts: the password never reaches the URL", async ({ page, sandbox }) => {
    await page.goto("/login");
    await page.getByLabel("E-mail").fill(sandbox.signIns.supervisor.email);
    await page.getByLabel("Password").fill(sandbox.signIns.supervisor.password);
    const sent = page.waitForRequest((r) => r.isNavigationRequest() && r.frame() === page.mainFrame() && r.url().includes("/login"));
    await page.getByRole("button", { name: "Sign in" }).click();
    const request = await sent;
    expect(request.method()).toBe("POST");
    await page.waitForLoadState();
    expect(page.url()).not.toContain("password");
    expect(page.url()).not.toContain(encodeURIComponent(sandbox.signIns.supervisor.email));
  });
});

test.describe("ending sessions", () => {
  test("after sign-out, a copy of the session cookie no longer works", async ({ page, browser, sandbox }) => {
    await signIn(page, sandbox.signIns.supervisor);
    const thief = await browser.newContext();
    await copyOfSession(page.context(), thief);
    const stolen = await thief.newPage();
    await stolen.goto(`/w/${sandbox.workspace.slug}/overview`);
    await expect(stolen).toHaveURL(/\/w\//);

    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL(/\/login/);

    await stolen.goto(`/w/${sandbox.workspace.slug}/overview`);
    await expect(stolen).toHaveURL(/\/login/);
    const api = await stolen.request.get(`/api/v1/workspaces/${sandbox.workspace.slug}`);
    expect(api.status()).toBe(401);
    await thief.close();
  });

  test("'sign out everywhere' ends the sessions of every browser", async ({ page, browser, sandbox }) => {
    await signIn(page, sandbox.signIns.supervisor);
    const laptop = await browser.newContext();
    const other = await laptop.newPage();
    await signIn(other, sandbox.signIns.supervisor);

    await page.goto("/account/security");
    await page.getByRole("button", { name: "Sign out everywhere" }).click();
    await page.waitForURL(/\/login/);

    await other.goto(`/w/${sandbox.workspace.slug}/overview`);
    await expect(other).toHaveURL(/\/login/);
    await laptop.close();
  });
});

test.describe("cross-origin posts", () => {
  test("a server-action post from another origin answers 403, not 500", async ({ request }) => {
    const res = await request.post("/login", {
      headers: { "next-action": "0123456789abcdef0123456789abcdef01234567", origin: "https://evil.example", "content-type": "text/plain" },
      data: "[]",
    });
    expect(res.status()).toBe(403);
    expect((await res.json()).error.code).toBe("cross_site_request");
  });
});
