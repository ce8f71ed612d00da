import { mkdir } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { expect, expectAccessible, hydrated, signIn, test } from "./fixtures";

const TEMPLATE = { type: "template", description: "renewal-window-50-45" };
const SHOTS = "docs/screenshots";

/** The Overview at a desktop and a phone width, whole page, for people to look at (issue 15). */
async function screenshots(page: Page, locale: string) {
  await mkdir(SHOTS, { recursive: true });
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${SHOTS}/overview-${locale}-${width}.png`, fullPage: true });
    // What sticks out past the right edge, named for the report.
    const wider = await page.evaluate((w) => {
      // Content of a box that scrolls or clips sideways (a table in its card, the tabs) does not widen
      // the page, unless it is positioned past that box (an sr-only span, absolute, whose containing
      // block is outside the scrolling box, is not clipped by it).
      const clipped = (node: Node) => {
        let absolute = node instanceof Element && getComputedStyle(node).position === "absolute";
        for (let a = node.parentElement; a && a !== document.body; a = a.parentElement) {
          const style = getComputedStyle(a);
          if (absolute && style.position === "static") continue;
          if (style.overflowX !== "visible") return true;
          absolute = style.position === "absolute";
        }
        return false;
      };
      const out = [...document.querySelectorAll("body *")].filter((el) => el.getBoundingClientRect().right > w + 1 && !clipped(el));
      // Text that overflows its box widens the page too, though no element's box does.
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const range = document.createRange();
        range.selectNodeContents(n);
        if (range.getBoundingClientRect().right > w + 1 && n.parentElement && !clipped(n) && !out.includes(n.parentElement)) out.push(n.parentElement);
      }
      const leaves = out.filter((el) => !out.some((o) => o !== el && el.contains(o)));
      return leaves.slice(0, 5).map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].slice(0, 3).join(".")} “${(el.textContent ?? "").trim().slice(0, 30)}” → ${Math.round(el.getBoundingClientRect().right)}px`);
    }, width);
    test.info().annotations.push({ type: `overflow ${locale} ${width}`, description: wider.join(" | ") || "none" });
    // Nothing may be wider than the page, on a desktop or a phone: a long German word or a select
    // as wide as its longest option would push it sideways. Tables scroll inside their own card.
    expect(await page.evaluate(() => document.documentElement.scrollWidth), wider.join(" | ")).toBeLessThanOrEqual(width);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test.describe("languages (issue 15)", () => {
  test.describe.configure({ timeout: 120_000 });

  test("an admin switches the console to Polish, then German: the Overview, its plurals and formats follow; the choice stays with the account", { annotation: TEMPLATE }, async ({ page, sandbox, browser }) => {
    await signIn(page, sandbox.signIns.admin);
    const overview = `/w/${sandbox.workspace.slug}/overview`;
    await page.goto(overview);
    await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
    const sample = page.getByText(/^[a-z]{2}-[A-Z]{2} · /);
    const formats = await sample.textContent();
    await screenshots(page, "en");

    await page.getByLabel("Language of the console").selectOption("pl");
    await expect(page.getByRole("heading", { level: 1, name: "Przegląd" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "pl");
    const bannerPl = page.getByRole("region", { name: "Status odnowienia" });
    await expect(bannerPl.getByRole("heading", { name: "Częściowe odnowienie: przed datą rocznicy" })).toBeVisible();
    // Polish "many": 5 stanowisk ... nie zostało (not "5 stanowiska").
    await expect(bannerPl).toContainText("5 przypisanych stanowisk nie zostało jeszcze odnowionych (1 produkt)");
    const seatsPl = page.getByRole("table", { name: "Stanowiska według produktu" });
    await expect(seatsPl.getByText("5 wymaga odnowienia")).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Sekcje obszaru roboczego" }).getByRole("link", { name: "Produkty" })).toBeVisible();
    // Formats are the workspace's, whatever the language.
    await expect(page.getByText(/^[a-z]{2}-[A-Z]{2} · /)).toHaveText(formats!);
    await expectAccessible(page);
    await screenshots(page, "pl");

    await page.getByLabel("Język konsoli").selectOption("de");
    await expect(page.getByRole("heading", { level: 1, name: "Übersicht" })).toBeVisible();
    const bannerDe = page.getByRole("region", { name: "Verlängerungsstatus" });
    await expect(bannerDe.getByRole("heading", { name: "Teilweise Verlängerung: vor dem Jahrestag" })).toBeVisible();
    await expect(bannerDe).toContainText("5 zugewiesene Plätze sind noch nicht verlängert (1 Produkt)");
    await expect(page.getByRole("table", { name: "Plätze pro Produkt" }).getByText("5 müssen verlängert werden")).toBeVisible();
    await expect(page.getByText(/^[a-z]{2}-[A-Z]{2} · /)).toHaveText(formats!);
    await expectAccessible(page);
    await screenshots(page, "de");

    // Kept on the account: another browser that asks for English still gets German.
    const other = await browser.newContext({ locale: "en-US" });
    const second = await other.newPage();
    await signIn(second, sandbox.signIns.admin);
    await second.goto(overview);
    await expect(second.getByRole("heading", { level: 1, name: "Übersicht" })).toBeVisible();
    await other.close();

    // Back to automatic on the account page: the browser's English again.
    await page.goto("/account/security");
    await page.getByRole("combobox", { name: "Sprache", exact: true }).selectOption("auto");
    await page.getByRole("button", { name: "Sprache speichern" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Account security" })).toBeVisible();
  });

  test("a form's refusal and its field errors speak the page's language (Polish by the account's choice, German by the browser's)", async ({ page, sandbox, browser }) => {
    await signIn(page, sandbox.signIns.admin);
    await page.goto(`/w/${sandbox.workspace.slug}/users`);
    await hydrated(page);
    await page.getByLabel("Language of the console").selectOption("pl");
    await page.getByRole("button", { name: "Dodaj użytkownika" }).first().click();
    const dialog = page.getByRole("dialog", { name: "Dodaj użytkownika" });
    await dialog.getByLabel("Imię i nazwisko").fill("Zofia Testowa");
    await dialog.getByLabel("E-mail").fill("nie-e-mail");
    await dialog.getByRole("button", { name: "Dodaj użytkownika" }).click();
    await expect(dialog.getByText("Wpisz prawidłowy adres e-mail.")).toBeVisible();
    await dialog.getByLabel("E-mail").fill("zofia.testowa@example.test");
    await dialog.getByRole("button", { name: "Dodaj użytkownika" }).click();
    await expect(dialog).toBeHidden();

    await page.getByRole("button", { name: "Dodaj użytkownika" }).first().click();
    await dialog.getByLabel("Imię i nazwisko").fill("Zofia Znowu");
    await dialog.getByLabel("E-mail").fill("ZOFIA.TESTOWA@example.test");
    await dialog.getByRole("button", { name: "Dodaj użytkownika" }).click();
    await expect(dialog.getByText("Już jest w tym obszarze roboczym.")).toBeVisible();
    await mkdir(SHOTS, { recursive: true });
    await page.screenshot({ path: `${SHOTS}/form-error-pl.png` });
    await expectAccessible(page);

    // The account back on automatic: a German browser gets the same refusal in German.
    await page.goto("/account/security");
    await page.getByRole("combobox", { name: "Język", exact: true }).selectOption("auto");
    await page.getByRole("button", { name: "Zapisz język" }).click();
    const context = await browser.newContext({ locale: "de-DE" });
    const german = await context.newPage();
    await german.goto("/login");
    await hydrated(german);
    await german.getByLabel("E-Mail").fill(sandbox.signIns.admin.email);
    await german.getByLabel("Passwort").fill(sandbox.signIns.admin.password);
    await german.getByRole("button", { name: "Anmelden", exact: true }).click();
    await german.waitForURL((url) => !url.pathname.startsWith("/login"));
    await german.goto(`/w/${sandbox.workspace.slug}/users`);
    await hydrated(german);
    await german.getByRole("button", { name: "Benutzer hinzufügen" }).first().click();
    const dialogDe = german.getByRole("dialog", { name: "Benutzer hinzufügen" });
    await dialogDe.getByLabel("Vollständiger Name").fill("Zofia Noch Einmal");
    await dialogDe.getByLabel("E-Mail").fill("zofia.testowa@example.test");
    await dialogDe.getByRole("button", { name: "Benutzer hinzufügen" }).click();
    await expect(dialogDe.getByText("Bereits in diesem Arbeitsbereich.")).toBeVisible();
    await german.screenshot({ path: `${SHOTS}/form-error-de.png` });
    await context.close();
  });

  test("signed out, the sign-in page follows the browser's Accept-Language", async ({ browser }) => {
    const context = await browser.newContext({ locale: "pl-PL" });
    const page = await context.newPage();
    await page.goto("/login");
    await expect(page.getByRole("heading", { level: 1, name: "Logowanie" })).toBeVisible();
    await page.getByLabel("Język konsoli").selectOption("de");
    await expect(page.getByRole("heading", { level: 1, name: "Anmelden" })).toBeVisible();
    await context.close();
  });
});
