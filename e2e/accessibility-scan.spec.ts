import { expect, expectAccessible, test } from "./fixtures";

// Every page test leans on expectAccessible; this proves the scan can fail at all.
test("the accessibility scan finds an image without alt text and a button without a name", async ({ page }) => {
  await page.setContent(`<!doctype html><html lang="en"><title>t</title><main><img src="data:," /><button></button></main></html>`);
  const failure = await expectAccessible(page).then(
    () => null,
    (e: Error) => e.message,
  );
  expect(failure).toContain("image-alt");
  expect(failure).toContain("button-name");
});
