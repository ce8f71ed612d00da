import { expect, expectAccessible, linkFromMail, signIn, test } from "./fixtures";

test("a supervisor invites a person from Settings; they set name and password through the link and join with the role", async ({ page, sandbox, browser, request }) => {
  const invitee = `invitee.${Date.now()}@example.test`;
  await signIn(page, sandbox.signIns.supervisor);
  await page.goto(`/w/${sandbox.workspace.slug}/settings`);
  const people = page.getByRole("region", { name: "People" });
  await expect(people).toBeVisible();
  await people.getByRole("button", { name: "Invite person" }).click();
  const dialog = page.getByRole("dialog", { name: "Invite a person" });
  await dialog.getByLabel("E-mail").fill(invitee);
  await dialog.getByLabel("Role").selectOption("admin");
  await dialog.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText(`Invitation sent to ${invitee}.`)).toBeVisible();
  await expect(people.getByRole("list", { name: "Open invitations" })).toContainText(invitee);
  await expectAccessible(page);

  const link = await linkFromMail(request, sandbox, "workspace.invitation", invitee, /\/invitation\/[A-Za-z0-9_-]{43}/);
  const guest = await browser.newContext();
  const guestPage = await guest.newPage();
  await guestPage.goto(link);
  await expect(guestPage.getByRole("heading", { name: `Join ${sandbox.workspace.name}` })).toBeVisible();
  await expectAccessible(guestPage);
  await guestPage.getByLabel("Your name").fill("Ida Invitee");
  await guestPage.getByLabel(/^Password/).fill("a passphrase of my own");
  await guestPage.getByLabel("Repeat the password").fill("a passphrase of my own");
  await guestPage.getByRole("button", { name: "Create account and join" }).click();
  await guestPage.waitForURL(/\/login\?notice=joined/);
  await expect(guestPage.getByRole("status")).toContainText("You joined the workspace");
  await guestPage.getByLabel("E-mail").fill(invitee);
  await guestPage.getByLabel("Password").fill("a passphrase of my own");
  await guestPage.getByRole("button", { name: "Sign in" }).click();
  await guestPage.waitForURL(new RegExp(`/w/${sandbox.workspace.slug}`));
  // An admin: Settings is not theirs.
  const settings = await guestPage.goto(`/w/${sandbox.workspace.slug}/settings`);
  expect(settings?.status()).toBe(404);
  await guest.close();

  // The link worked once; the person is a member with the role.
  await page.goto(link);
  await expect(page.getByText("This invitation was accepted already.")).toBeVisible();
  await page.goto(`/w/${sandbox.workspace.slug}/settings`);
  await expect(page.getByRole("region", { name: "People" }).getByRole("listitem").filter({ hasText: invitee })).toContainText("Admin");
});

test("withdrawing an invitation stops its link", async ({ page, sandbox, request }) => {
  const invitee = `withdrawn.${Date.now()}@example.test`;
  await signIn(page, sandbox.signIns.supervisor);
  await page.goto(`/w/${sandbox.workspace.slug}/settings`);
  const people = page.getByRole("region", { name: "People" });
  await people.getByRole("button", { name: "Invite person" }).click();
  const dialog = page.getByRole("dialog", { name: "Invite a person" });
  await dialog.getByLabel("E-mail").fill(invitee);
  await dialog.getByRole("button", { name: "Send invitation" }).click();
  const row = people.getByRole("listitem").filter({ hasText: invitee });
  await row.getByRole("button", { name: "Withdraw" }).click();
  await page.getByRole("alertdialog", { name: "Withdraw the invitation?" }).getByRole("button", { name: "Withdraw" }).click();
  await expect(page.getByText("Invitation withdrawn.")).toBeVisible();
  await expect(row).toHaveCount(0);
  const link = await linkFromMail(request, sandbox, "workspace.invitation", invitee, /\/invitation\/[A-Za-z0-9_-]{43}/);
  await page.goto(link);
  await expect(page.getByText("This invitation was withdrawn.")).toBeVisible();
});
