/**
 * The wrappers every server action is built on check the arguments a client sends (they are
 * public endpoints): a slug that is not a string, form data that is not FormData, a key that is
 * not a string. Only the session and the cache are stood in for; the rest is the real path.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import { loadActor, type Actor } from "@/lib/auth/accounts";
import { createDirectoryUser } from "@/lib/directory";
import { readAction, runAction, submitForm } from "@/lib/operations/form";
import { defineRead } from "@/lib/operations/read";
import { ownerSql, sessionOf } from "./factories";
import { countRows, newSandbox } from "./api/helpers";

let signedIn: Actor | null = null;
vi.mock("@/lib/auth/session", () => ({ currentActor: async () => signedIn, sessionCaller: async () => sessionOf(signedIn) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

async function signInAs(email: string) {
  const [acc] = await ownerSql()<{ id: string }[]>`select id from accounts where email = ${email}`;
  signedIn = await loadActor(acc.id);
}

describe("server action arguments", () => {
  beforeEach(() => {
    signedIn = null;
  });

  it("refuses what a client may send but the action cannot use, and changes nothing", async () => {
    const sb = await newSandbox();
    await signInAs(sb.body.signIns.admin.email);
    const user = { name: "Ada Test", email: "ada.test@example.test" };

    const notForm = await submitForm(createDirectoryUser, sb.slug, user);
    expect(notForm).toMatchObject({ status: "error", code: "bad_request" });
    for (const slug of [42, null, { slug: sb.slug }, [sb.slug]]) {
      expect(await runAction(createDirectoryUser, slug, user)).toMatchObject({ ok: false, code: "not_found" });
      expect(await readAction(slug, defineRead({ name: "read", resource: "directory_user", run: async () => "read" }))).toMatchObject({ ok: false, code: "not_found" });
    }
    expect(await countRows("directory_users", sb.id)).toBe(0);

    // A key that is not a string is no key: the change still runs, once.
    const ok = await runAction(createDirectoryUser, sb.slug, user, { idempotencyKey: { key: 1 } });
    expect(ok).toMatchObject({ ok: true, replayed: false });
    expect(await countRows("directory_users", sb.id)).toBe(1);
  });

  it("answers as signed out without a session", async () => {
    const sb = await newSandbox();
    const form = new FormData();
    form.set("name", "Nobody");
    form.set("email", "nobody@example.test");
    expect(await submitForm(createDirectoryUser, sb.slug, form)).toMatchObject({ status: "error", code: "unauthenticated" });
    expect(await countRows("directory_users", sb.id)).toBe(0);
  });
});
