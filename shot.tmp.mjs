import { chromium } from "@playwright/test";
const [,, base, email, ...paths] = process.argv;
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--disable-gpu","--disable-background-networking","--disable-component-update","--disable-sync","--no-first-run","--disable-quic"] });
const page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
await page.goto(base + "/login");
await page.getByLabel("E-mail").fill(email);
await page.getByLabel("Password").fill("demo-license-console");
await page.getByRole("button", { name: "Sign in" }).click();
await page.waitForURL((u) => !u.pathname.startsWith("/login"));
for (const p of paths) {
  await page.goto(base + p);
  await page.waitForLoadState("networkidle");
  const name = "/tmp/shot-" + p.replace(/[^a-z0-9]+/gi, "_") + ".png";
  await page.screenshot({ path: name, fullPage: true });
  console.log(name);
}
await browser.close();
