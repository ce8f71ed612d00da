/**
 * How an end-to-end suite drives License Console: create a sandbox from a template, call the
 * API with its token, move its test clock, sign in through the UI with its sign-ins, assert in
 * both, delete. Runnable as it stands: `npx playwright test e2e/api-sandbox-example.spec.ts`.
 * docs/API.md explains each step; e2e/fixtures.ts wraps create/delete in a `sandbox` fixture.
 */
import { expect, test } from "@playwright/test";

test("a suite creates a sandbox, assigns a seat, advances the clock and cleans up", async ({ request, page }) => {
  // 1. One call makes a workspace in its renewal window: 50 seats used, 45 renewed. The
  //    installation's bootstrap secret (LC_SANDBOX_SECRET) is what lets a suite make one.
  const created = await request.post("/api/v1/sandboxes", {
    data: { template: "renewal-window-50-45" },
    headers: { "sandbox-secret": process.env.LC_SANDBOX_SECRET! },
  });
  expect(created.status()).toBe(201);
  const sandbox = await created.json();
  const ws = `/api/v1/workspaces/${sandbox.workspace.slug}`;
  const auth = { authorization: `Bearer ${sandbox.token.token}` };

  // 2. Read the seat figures the Overview shows.
  const products = await (await request.get(`${ws}/products`, { headers: auth })).json();
  const studio = products.data.find((p: { sku: string }) => p.sku === "NW-STUDIO-ALL");
  expect(studio.seats).toMatchObject({ used: 50, purchased: 45, purchasedThisTerm: 50, renewed: 45, needsRenewal: 5 });

  // 3. Mutations take an Idempotency-Key: a retried request changes nothing twice.
  const user = await request.post(`${ws}/users`, {
    headers: { ...auth, "idempotency-key": `example-${sandbox.workspace.slug}` },
    data: { name: "Example User", email: "example.user@suite.test" },
  });
  expect(user.status()).toBe(201);
  const replay = await request.post(`${ws}/users`, {
    headers: { ...auth, "idempotency-key": `example-${sandbox.workspace.slug}` },
    data: { name: "Example User", email: "example.user@suite.test" },
  });
  expect(replay.headers()["idempotent-replayed"]).toBe("true");
  expect(await replay.json()).toEqual(await user.json());

  // Every paid seat is taken (50 of 50): the API says so instead of over-assigning.
  const full = await request.post(`${ws}/products/${studio.id}/assignments`, { headers: auth, data: { userId: (await user.json()).id } });
  expect(full.status()).toBe(409);
  expect((await full.json()).error.code).toBe("conflict");

  // 4. Move the sandbox's clock past the anniversary (10 days away).
  const before = (await (await request.get(`${ws}/clock`, { headers: auth })).json()).now;
  const advanced = await request.post(`${ws}/clock/advance`, { headers: auth, data: { days: 11 } });
  expect(advanced.status()).toBe(200);
  const after = (await advanced.json()).now;
  expect(new Date(after).getTime() - new Date(before).getTime()).toBe(11 * 86_400_000);

  // 5. The same sandbox in the browser, signed in through the login page as its supervisor:
  //    the console reads the same test clock, so the anniversary is now a day behind.
  await page.goto("/login");
  await page.getByLabel("E-mail").fill(sandbox.signIn.email);
  await page.getByLabel("Password").fill(sandbox.signIn.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(`**/w/${sandbox.workspace.slug}/overview`);
  await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
  await expect(page.getByRole("banner").getByText("Test clock", { exact: true })).toBeVisible();
  await expect(page.getByText("The anniversary was 1 day ago.")).toBeVisible();

  // 6. Clean up.
  const deleted = await request.delete(`/api/v1/sandboxes/${sandbox.workspace.slug}`, { headers: auth });
  expect(deleted.status()).toBe(204);
  expect((await request.get(ws, { headers: auth })).status()).toBe(401);
});
