import { chromium } from "@playwright/test";
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const p = await b.newPage();
const B = "http://localhost:3405";
await p.goto(B + "/login");
await p.getByLabel("E-mail").fill("wiktor.viewer@kowalski.example");
await p.getByLabel("Password").fill("demo-license-console");
await p.getByRole("button", { name: "Sign in" }).click();
await p.waitForURL((u) => !u.pathname.startsWith("/login"));
const w = "/w/kowalski-design";
for (const [m, u, data] of [
  ["GET", w + "/outbox"], ["GET", w + "/settings"], ["GET", w + "/users/import"],
  ["POST", "/api/v1/workspaces/kowalski-design/users", { name: "x", email: "x@y.z" }],
  ["GET", "/api/v1/workspaces/kowalski-design/tokens"],
  ["POST", "/api/v1/workspaces/kowalski-design/clock/advance", { days: 1 }],
  ["GET", "/r/partner-it/workspaces"], ["GET", "/p/northwind/requests"],
]) {
  const r = m === "GET" ? await p.request.get(B + u, { maxRedirects: 0 }) : await p.request.post(B + u, { data, headers: { origin: B } });
  console.log(m, u, r.status());
}
await b.close();
