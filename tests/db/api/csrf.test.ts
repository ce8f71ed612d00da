/**
 * A console session cookie is sent by the browser with any form post, from any page of the same
 * site: writes authenticated by that cookie need a same-origin Origin and a JSON body; bearer
 * tokens (no cookie involved) are unchanged.
 */
import { describe, expect, it, vi } from "vitest";
import { listOrdersEndpoint, payOrderEndpoint } from "@/lib/api/v1/orders";
import { createMember } from "../factories";
import { call, expectError, newSandbox, randomId } from "./helpers";

const session = vi.hoisted(() => ({ accountId: null as string | null }));
vi.mock("next-auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next-auth")>()),
  getServerSession: async () => (session.accountId ? { accountId: session.accountId, sessionVersion: 0 } : null),
}));

const COOKIE = "next-auth.session-token=from-the-browser";

async function unpaidOrder() {
  const sb = await newSandbox("outside-window"); // comes with one unpaid order
  const list = await call(listOrdersEndpoint, { workspace: sb.slug }, { token: sb.token });
  const order = list.body.data.find((o: { status: string }) => o.status === "unpaid");
  const supervisor = await createMember(sb.id, "supervisor");
  return { sb, orderId: order.id as string, supervisorId: supervisor.id };
}

describe("cross-site writes with the session cookie", () => {
  it("a form post from another origin of the same site does not pay the order (403, order unpaid)", async () => {
    const { sb, orderId, supervisorId } = await unpaidOrder();
    session.accountId = supervisorId;
    try {
      const params = { workspace: sb.slug, orderId };
      const attempts: Record<string, string>[] = [
        // what an HTML form on https://evil.console.test sends
        { cookie: COOKIE, origin: "http://evil.console.test", "content-type": "application/x-www-form-urlencoded" },
        { cookie: COOKIE, origin: "http://evil.console.test", "content-type": "text/plain" },
        { cookie: COOKIE, origin: "http://evil.console.test", "content-type": "application/json" },
        { cookie: COOKIE, origin: "null", "content-type": "application/json" },
        // same origin, but a form's content type
        { cookie: COOKIE, origin: "http://console.test", "content-type": "multipart/form-data; boundary=x" },
        { cookie: COOKIE, origin: "http://console.test" },
        { cookie: COOKIE, "sec-fetch-site": "same-site", "content-type": "application/json" },
      ];
      for (const headers of attempts) {
        expectError(await call(payOrderEndpoint, params, { headers, raw: "" }), 403, "cross_site_request");
      }
      const after = await call(listOrdersEndpoint, { workspace: sb.slug }, { token: sb.token });
      expect(after.body.data.find((o: { id: string }) => o.id === orderId).status).toBe("unpaid");

      // The console's own scripts: same origin, JSON.
      const own = await call(payOrderEndpoint, params, {
        headers: { cookie: COOKIE, origin: "http://console.test", "content-type": "application/json" },
        raw: "{}",
        idempotencyKey: `pay-${randomId()}`,
      });
      expect(own.status, own.text).toBe(200);
    } finally {
      session.accountId = null;
    }
  });

  it("reads with the cookie and writes with a bearer token are unchanged", async () => {
    const { sb, orderId, supervisorId } = await unpaidOrder();
    session.accountId = supervisorId;
    try {
      const read = await call(listOrdersEndpoint, { workspace: sb.slug }, { headers: { cookie: COOKIE, origin: "http://evil.console.test" } });
      expect(read.status, read.text).toBe(200);
    } finally {
      session.accountId = null;
    }
    const paid = await call(payOrderEndpoint, { workspace: sb.slug, orderId }, { token: sb.token, headers: { origin: "http://evil.console.test" } });
    expect(paid.status, paid.text).toBe(200);
  });
});
