/**
 * A form's refusal speaks the page's language (issue 15): the account's choice, else the
 * Accept-Language of the request, else the workspace's locale. Only the session and the request's
 * headers are stood in for; the operation, its refusal and the catalogue are the real path.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import { loadActor, setAccountLocale, type Actor } from "@/lib/auth/accounts";
import { createDirectoryUser } from "@/lib/directory";
import { submitForm } from "@/lib/operations/form";
import { ownerSql, sessionOf } from "./factories";
import { newSandbox } from "./api/helpers";

let signedIn: Actor | null = null;
let acceptLanguage: string | null = null;
vi.mock("@/lib/auth/session", () => ({ currentActor: async () => signedIn, sessionCaller: async () => sessionOf(signedIn) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("next/headers", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/headers")>()),
  headers: async () => new Headers(acceptLanguage ? { "accept-language": acceptLanguage } : {}),
  cookies: async () => ({ get: () => undefined }),
}));

async function signInAs(email: string, locale: "en" | "pl" | "de" | null) {
  const [acc] = await ownerSql()<{ id: string }[]>`select id from accounts where email = ${email}`;
  await setAccountLocale(acc.id, locale);
  signedIn = await loadActor(acc.id);
}

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
}

describe("a form's error in the page's language", () => {
  beforeEach(() => {
    signedIn = null;
    acceptLanguage = null;
  });

  it("follows the account's choice, then Accept-Language, then the workspace's locale", async () => {
    const sb = await newSandbox("empty", "DE");
    const taken = form({ name: "Ada", email: "ada@example.test" });
    await signInAs(sb.body.signIns.admin.email, null);
    expect(await submitForm(createDirectoryUser, sb.slug, taken)).toMatchObject({ status: "success" });

    // No choice, no header: the workspace's locale (de-DE).
    expect(await submitForm(createDirectoryUser, sb.slug, taken)).toMatchObject({
      status: "error",
      code: "conflict",
      message: "Ein Benutzer mit der E-Mail-Adresse ada@example.test existiert in diesem Arbeitsbereich bereits.",
      fieldErrors: { email: ["Bereits in diesem Arbeitsbereich."] },
      values: { name: "Ada", email: "ada@example.test" },
    });

    // The browser's language comes before the workspace's.
    acceptLanguage = "pl-PL,pl;q=0.9,en;q=0.5";
    expect(await submitForm(createDirectoryUser, sb.slug, form({ name: "", email: "nope" }))).toMatchObject({
      status: "error",
      code: "validation_failed",
      message: "Niektóre pola wymagają poprawy.",
      fieldErrors: { name: ["Pole wymagane."], email: ["Wpisz prawidłowy adres e-mail."] },
    });

    // The account's own choice comes before both.
    await signInAs(sb.body.signIns.admin.email, "en");
    expect(await submitForm(createDirectoryUser, sb.slug, taken)).toMatchObject({
      message: "A user with the e-mail ada@example.test already exists in this workspace.",
      fieldErrors: { email: ["Already in this workspace."] },
    });
  });

  it("words a refusal before any workspace is open (signed out) from the request alone", async () => {
    const sb = await newSandbox("empty", "PL");
    acceptLanguage = "de";
    expect(await submitForm(createDirectoryUser, sb.slug, form({ name: "A", email: "a@example.test" }))).toMatchObject({
      status: "error",
      code: "unauthenticated",
      message: "Melden Sie sich zuerst an.",
    });
    expect(await submitForm(createDirectoryUser, sb.slug, { not: "form data" })).toMatchObject({ code: "bad_request", message: "Ungültige Anfrage." });
  });
});
