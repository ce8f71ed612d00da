import { signIn, test } from "./fixtures";

test("shots", async ({ page, sandbox }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await signIn(page, sandbox.signIns.supervisor);
  for (const p of [`/w/${sandbox.workspace.slug}/settings`]) {
    await page.goto(p);
    const info = await page.evaluate(() => {
      const vw = document.documentElement.clientWidth;
      const wide = [...document.querySelectorAll("body *")]
        .filter((el) => el.getBoundingClientRect().right > vw + 1)
        .filter((el) => Math.abs(el.getBoundingClientRect().right - document.documentElement.scrollWidth) < 20)
        .slice(0, 8)
        .map((el) => `${el.tagName}.${String(el.className).slice(0, 60)} right=${Math.round(el.getBoundingClientRect().right)} pos=${getComputedStyle(el).position} parent=${el.parentElement?.tagName}.${String(el.parentElement?.className).slice(0,40)}`);
      return { scroll: document.documentElement.scrollWidth, vw, wide };
    });
    console.log(p, JSON.stringify(info, null, 1));
  }
});
