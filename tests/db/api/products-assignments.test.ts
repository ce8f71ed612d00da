/**
 * GET /products, GET/POST /products/{productId}/assignments and
 * DELETE /products/{productId}/assignments/{userId}.
 */
import { describe, expect, it } from "vitest";
import { assignEndpoint, listAssignmentsEndpoint, listProductsEndpoint, unassignEndpoint } from "@/lib/api/v1/products";
import { ownerSql } from "../factories";
import {
  answer,
  auditRows,
  call,
  concurrently,
  expectError,
  expectFieldError,
  expectOneEffectAnswers,
  expectSlugHidden,
  expectUnauthenticated,
  idemKey,
  newSandbox,
  PDF_PRO,
  PHOTO,
  randomId,
  roleToken,
  seatsOf,
  STUDIO,
  usersWithoutSeat,
  usersWithSeat,
  type Case,
  type Json,
} from "./helpers";

const assignmentRows = (workspaceId: string, productId: string, userId: string) =>
  ownerSql()<{ state: string; endReason: string | null }[]>`
    select state, end_reason as "endReason" from assignments
     where workspace_id = ${workspaceId} and product_id = ${productId} and directory_user_id = ${userId} order by assigned_at`;

describe("GET /products", () => {
  it("lists the licensed products with their seat figures, by name", async () => {
    const sb = await newSandbox("outside-window");
    const res = await call(listProductsEndpoint, { workspace: sb.slug }, { token: sb.token });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toEqual({
      data: [
        {
          id: PDF_PRO,
          sku: "NW-PDF-PRO",
          name: "Northwind PDF Pro",
          publisher: "Northwind Software",
          licensingModel: "per_user",
          features: ["pdf-edit", "e-sign", "ocr"],
          seats: { used: 5, purchased: 10, purchasedThisTerm: 10, renewed: 0, needsRenewal: 0, paymentRequired: 5, noAccess: 0 },
        },
        {
          id: STUDIO,
          sku: "NW-STUDIO-ALL",
          name: "Northwind Studio — All Apps",
          publisher: "Northwind Software",
          licensingModel: "per_user",
          features: ["photo-editing", "vector-graphics", "layout", "video", "cloud-storage-100gb"],
          seats: { used: 20, purchased: 25, purchasedThisTerm: 25, renewed: 0, needsRenewal: 0, paymentRequired: 0, noAccess: 0 },
        },
      ],
      nextCursor: null,
    });
    // A viewer reads the same.
    const viewer = await roleToken(sb, "viewer");
    expect((await call(listProductsEndpoint, { workspace: sb.slug }, { token: viewer.token })).body).toEqual(res.body);
  });

  it("an empty workspace licenses nothing", async () => {
    const sb = await newSandbox("empty");
    expect((await call(listProductsEndpoint, { workspace: sb.slug }, { token: sb.token })).body).toEqual({ data: [], nextCursor: null });
  });
});

describe("GET /products/{productId}/assignments", () => {
  it("pages the seat holders, most recently assigned first, without gaps or repeats", async () => {
    const sb = await newSandbox("outside-window");
    const ids: string[] = [];
    const assignedAt: string[] = [];
    const sizes: number[] = [];
    let cursor: string | null = null;
    for (let i = 0; i < 10; i++) {
      const res: Json = await call(listAssignmentsEndpoint, { workspace: sb.slug, productId: STUDIO }, { token: sb.token, query: { limit: 7, ...(cursor ? { cursor } : {}) } });
      expect(res.status, res.text).toBe(200);
      sizes.push(res.body.data.length);
      ids.push(...res.body.data.map((a: Json) => a.userId));
      assignedAt.push(...res.body.data.map((a: Json) => a.assignedAt));
      cursor = res.body.nextCursor;
      if (!cursor) break;
    }
    expect(sizes).toEqual([7, 7, 6]);
    expect(new Set(ids).size).toBe(20);
    expect(assignedAt).toEqual([...assignedAt].sort().reverse());
    expect(ids.slice(0, 5)).toEqual((await usersWithSeat(sb.id, STUDIO, 5)).map((u) => u.id));

    const first = await call(listAssignmentsEndpoint, { workspace: sb.slug, productId: STUDIO }, { token: sb.token, query: { limit: 1 } });
    expect(first.body.data[0]).toEqual({ id: expect.any(String), userId: ids[0], name: expect.any(String), email: expect.any(String), assignedAt: assignedAt[0] });
  });

  it("422 for a tampered cursor (garbage, or a well-formed one whose moment is not a time) and a bad limit", async () => {
    const sb = await newSandbox("outside-window");
    const params = { workspace: sb.slug, productId: STUDIO };
    const notATime = Buffer.from(JSON.stringify(["not-a-time", randomId()])).toString("base64url");
    for (const cursor of ["%%%", Buffer.from("[]").toString("base64url"), notATime]) {
      expectFieldError(await call(listAssignmentsEndpoint, params, { token: sb.token, query: { cursor } }), "cursor");
    }
    expectFieldError(await call(listAssignmentsEndpoint, params, { token: sb.token, query: { limit: 0 } }), "limit");
  });

  it("404 for a product the workspace does not license, exactly as for a random id or a malformed one", async () => {
    const a = await newSandbox("renewal-window-50-45"); // licenses NW-STUDIO-ALL only
    await newSandbox("outside-window"); // licenses NW-PDF-PRO too
    const foreign = await call(listAssignmentsEndpoint, { workspace: a.slug, productId: PDF_PRO }, { token: a.token });
    const random = await call(listAssignmentsEndpoint, { workspace: a.slug, productId: randomId() }, { token: a.token });
    expect(answer(foreign)).toEqual(answer(random));
    expectError(random, 404, "not_found");
    expectError(await call(listAssignmentsEndpoint, { workspace: a.slug, productId: "abc" }, { token: a.token }), 404, "not_found");
  });
});

describe("POST /products/{productId}/assignments", () => {
  it("gives a user a seat: used +1, assignedAt is the workspace clock, audited; again changes nothing", async () => {
    const sb = await newSandbox("outside-window");
    const [user] = await usersWithoutSeat(sb.id, STUDIO, 1);
    const params = { workspace: sb.slug, productId: STUDIO };
    const res = await call(assignEndpoint, params, { token: sb.token, json: { userId: user.id } });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toEqual({ userId: user.id, productId: STUDIO, assignedAt: sb.clockNow, changed: true });
    expect(await seatsOf(sb.id, STUDIO)).toMatchObject({ used: 21, purchased: 25 });
    expect(await auditRows(sb.id, "assignment.created")).toEqual([
      expect.objectContaining({ subjectId: user.id, data: { productId: STUDIO, email: user.email } }),
    ]);
    const list = await call(listAssignmentsEndpoint, params, { token: sb.token, query: { limit: 1 } });
    expect(list.body.data[0]).toMatchObject({ userId: user.id, assignedAt: sb.clockNow });

    const again = await call(assignEndpoint, params, { token: sb.token, json: { userId: user.id } });
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ userId: user.id, productId: STUDIO, assignedAt: sb.clockNow, changed: false });
    expect(await seatsOf(sb.id, STUDIO)).toMatchObject({ used: 21 });
    expect(await auditRows(sb.id, "assignment.created")).toHaveLength(1);
  });

  it("409 when every paid seat is taken; nothing changes", async () => {
    const sb = await newSandbox("renewal-window-50-45");
    const [user] = await usersWithoutSeat(sb.id, STUDIO, 1);
    const res = await call(assignEndpoint, { workspace: sb.slug, productId: STUDIO }, { token: sb.token, json: { userId: user.id } });
    expectError(res, 409, "conflict");
    expect(res.body.error.details).toEqual({ used: 50, purchased: 50 });
    expect(await seatsOf(sb.id, STUDIO)).toMatchObject({ used: 50, purchased: 50, renewed: 45 });
    expect(await assignmentRows(sb.id, STUDIO, user.id)).toEqual([]);
  });

  it("422 for a missing or malformed userId; 404 for a malformed productId", async () => {
    const sb = await newSandbox("outside-window");
    const params = { workspace: sb.slug, productId: STUDIO };
    expectFieldError(await call(assignEndpoint, params, { token: sb.token, json: {} }), "userId");
    expectFieldError(await call(assignEndpoint, params, { token: sb.token, json: { userId: "abc" } }), "userId");
    expectFieldError(await call(assignEndpoint, params, { token: sb.token, json: { userId: 7 } }), "userId");
    const [user] = await usersWithoutSeat(sb.id, STUDIO, 1);
    for (const productId of ["abc", "123", `${STUDIO}x`]) {
      expectError(await call(assignEndpoint, { ...params, productId }, { token: sb.token, json: { userId: user.id } }), 404, "not_found");
    }
    expect(await seatsOf(sb.id, STUDIO)).toMatchObject({ used: 20 });
  });

  it("another workspace's user or product answers exactly like a random id", async () => {
    const a = await newSandbox("renewal-window-50-45");
    const b = await newSandbox("outside-window");
    const [bUser] = await usersWithoutSeat(b.id, STUDIO, 1);
    // Free a seat in A so that only the user's workspace can refuse the assignment.
    const [aHolder] = await usersWithSeat(a.id, STUDIO, 1);
    expect((await call(unassignEndpoint, { workspace: a.slug, productId: STUDIO, userId: aHolder.id }, { token: a.token })).status).toBe(200);

    const foreignUser = await call(assignEndpoint, { workspace: a.slug, productId: STUDIO }, { token: a.token, json: { userId: bUser.id } });
    const randomUser = await call(assignEndpoint, { workspace: a.slug, productId: STUDIO }, { token: a.token, json: { userId: randomId() } });
    expect(answer(foreignUser)).toEqual(answer(randomUser));
    expectError(foreignUser, 404, "not_found");

    const [aUser] = await usersWithoutSeat(a.id, STUDIO, 1);
    const foreignProduct = await call(assignEndpoint, { workspace: a.slug, productId: PDF_PRO }, { token: a.token, json: { userId: aUser.id } });
    const randomProduct = await call(assignEndpoint, { workspace: a.slug, productId: randomId() }, { token: a.token, json: { userId: aUser.id } });
    expect(answer(foreignProduct)).toEqual(answer(randomProduct));
    expectError(foreignProduct, 404, "not_found");

    expect(await seatsOf(b.id, STUDIO)).toMatchObject({ used: 20 });
    expect(await seatsOf(a.id, STUDIO)).toMatchObject({ used: 49 });
  });

  it("a viewer may not assign (403); an admin may", async () => {
    const sb = await newSandbox("outside-window");
    const [u1, u2] = await usersWithoutSeat(sb.id, STUDIO, 2);
    const viewer = await roleToken(sb, "viewer");
    const admin = await roleToken(sb, "admin");
    const params = { workspace: sb.slug, productId: STUDIO };
    expectError(await call(assignEndpoint, params, { token: viewer.token, json: { userId: u1.id } }), 403, "forbidden");
    expect(await seatsOf(sb.id, STUDIO)).toMatchObject({ used: 20 });
    expect((await call(assignEndpoint, params, { token: admin.token, json: { userId: u2.id } })).body).toMatchObject({ changed: true });
    expect(await seatsOf(sb.id, STUDIO)).toMatchObject({ used: 21 });
  });

  it("replays with the same Idempotency-Key; refuses the key for another user or product", async () => {
    const sb = await newSandbox("outside-window");
    const [u1, u2] = await usersWithoutSeat(sb.id, STUDIO, 2);
    const params = { workspace: sb.slug, productId: STUDIO };
    const key = idemKey();
    const first = await call(assignEndpoint, params, { token: sb.token, json: { userId: u1.id }, idempotencyKey: key });
    expect(first.body).toMatchObject({ changed: true });
    const replay = await call(assignEndpoint, params, { token: sb.token, json: { userId: u1.id }, idempotencyKey: key });
    expect(replay.status).toBe(200);
    expect(replay.body).toEqual(first.body); // changed: true, as first answered
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect(await seatsOf(sb.id, STUDIO)).toMatchObject({ used: 21 });

    expectError(await call(assignEndpoint, params, { token: sb.token, json: { userId: u2.id }, idempotencyKey: key }), 422, "idempotency_key_reused");
    const [pdfUser] = await usersWithoutSeat(sb.id, PDF_PRO, 1);
    expectError(
      await call(assignEndpoint, { ...params, productId: PDF_PRO }, { token: sb.token, json: { userId: pdfUser.id }, idempotencyKey: key }),
      422,
      "idempotency_key_reused",
    );
    expect(await seatsOf(sb.id, STUDIO)).toMatchObject({ used: 21 });
    expect(await seatsOf(sb.id, PDF_PRO)).toMatchObject({ used: 5 });
  });

  it("10 concurrent requests with one key: seats used +1 once, one assignment, equal answers", async () => {
    const sb = await newSandbox("outside-window");
    const [user] = await usersWithoutSeat(sb.id, STUDIO, 1);
    const key = idemKey();
    const responses = await concurrently(10, () =>
      call(assignEndpoint, { workspace: sb.slug, productId: STUDIO }, { token: sb.token, json: { userId: user.id }, idempotencyKey: key }),
    );
    expectOneEffectAnswers(responses, 200);
    expect(responses[0].body).toMatchObject({ userId: user.id, changed: true });
    expect(await seatsOf(sb.id, STUDIO)).toMatchObject({ used: 21 });
    expect(await assignmentRows(sb.id, STUDIO, user.id)).toEqual([{ state: "active", endReason: null }]);
  });

  it("10 concurrent requests without a key still assign once (the seat row serialises them)", async () => {
    const sb = await newSandbox("outside-window");
    const [user] = await usersWithoutSeat(sb.id, STUDIO, 1);
    const responses = await concurrently(10, () => call(assignEndpoint, { workspace: sb.slug, productId: STUDIO }, { token: sb.token, json: { userId: user.id } }));
    expect(responses.map((r) => r.status)).toEqual(Array(10).fill(200));
    expect(responses.filter((r) => r.body.changed).length).toBe(1);
    expect(await seatsOf(sb.id, STUDIO)).toMatchObject({ used: 21 });
  });

  it("the last free seats go to exactly as many concurrent requests", async () => {
    const sb = await newSandbox("outside-window"); // 20 of 25 used
    const users = await usersWithoutSeat(sb.id, STUDIO, 8);
    const responses = await Promise.all(users.map((u) => call(assignEndpoint, { workspace: sb.slug, productId: STUDIO }, { token: sb.token, json: { userId: u.id } })));
    expect(responses.filter((r) => r.status === 200).length).toBe(5);
    expect(responses.filter((r) => r.status === 409).length).toBe(3);
    expect(await seatsOf(sb.id, STUDIO)).toMatchObject({ used: 25, purchased: 25 });
  });
});

describe("DELETE /products/{productId}/assignments/{userId}", () => {
  it("takes a seat back: used -1, the assignment ends, audited; again changes nothing", async () => {
    const sb = await newSandbox("outside-window");
    const [holder] = await usersWithSeat(sb.id, STUDIO, 1);
    const params = { workspace: sb.slug, productId: STUDIO, userId: holder.id };
    const res = await call(unassignEndpoint, params, { token: sb.token });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toEqual({ userId: holder.id, productId: STUDIO, assignedAt: null, changed: true });
    expect(await seatsOf(sb.id, STUDIO)).toMatchObject({ used: 19 });
    expect(await assignmentRows(sb.id, STUDIO, holder.id)).toEqual([{ state: "unassigned", endReason: "manual" }]);
    expect(await auditRows(sb.id, "assignment.ended")).toEqual([
      expect.objectContaining({ subjectId: holder.id, data: { productId: STUDIO, email: holder.email, reason: "manual" } }),
    ]);
    // The user stays in the directory.
    expect(await ownerSql()`select 1 from directory_users where id = ${holder.id}`).toHaveLength(1);

    const again = await call(unassignEndpoint, params, { token: sb.token });
    expect(again.body).toEqual({ userId: holder.id, productId: STUDIO, assignedAt: null, changed: false });
    expect(await seatsOf(sb.id, STUDIO)).toMatchObject({ used: 19 });
  });

  it("404 for malformed ids, and another workspace's user or product answers like a random id", async () => {
    const a = await newSandbox("renewal-window-50-45");
    const b = await newSandbox("outside-window");
    const [aHolder] = await usersWithSeat(a.id, STUDIO, 1);
    const [bHolder] = await usersWithSeat(b.id, STUDIO, 1);
    const ws = { workspace: a.slug };
    expectError(await call(unassignEndpoint, { ...ws, productId: STUDIO, userId: "abc" }, { token: a.token }), 404, "not_found");
    expectError(await call(unassignEndpoint, { ...ws, productId: "abc", userId: aHolder.id }, { token: a.token }), 404, "not_found");

    const foreignUser = await call(unassignEndpoint, { ...ws, productId: STUDIO, userId: bHolder.id }, { token: a.token });
    const randomUser = await call(unassignEndpoint, { ...ws, productId: STUDIO, userId: randomId() }, { token: a.token });
    expect(answer(foreignUser)).toEqual(answer(randomUser));
    expectError(foreignUser, 404, "not_found");

    const foreignProduct = await call(unassignEndpoint, { ...ws, productId: PDF_PRO, userId: aHolder.id }, { token: a.token });
    const randomProduct = await call(unassignEndpoint, { ...ws, productId: randomId(), userId: aHolder.id }, { token: a.token });
    expect(answer(foreignProduct)).toEqual(answer(randomProduct));
    expectError(foreignProduct, 404, "not_found");

    expect(await seatsOf(b.id, STUDIO)).toMatchObject({ used: 20 });
    expect(await seatsOf(a.id, STUDIO)).toMatchObject({ used: 50 });
  });

  it("a viewer may not unassign (403)", async () => {
    const sb = await newSandbox("outside-window");
    const [holder] = await usersWithSeat(sb.id, STUDIO, 1);
    const viewer = await roleToken(sb, "viewer");
    expectError(await call(unassignEndpoint, { workspace: sb.slug, productId: STUDIO, userId: holder.id }, { token: viewer.token }), 403, "forbidden");
    expect(await seatsOf(sb.id, STUDIO)).toMatchObject({ used: 20 });
  });

  it("replays with the same key; 10 concurrent requests with one key free one seat", async () => {
    const sb = await newSandbox("outside-window");
    const [h1, h2] = await usersWithSeat(sb.id, STUDIO, 2);
    const key = idemKey();
    const responses = await concurrently(10, () =>
      call(unassignEndpoint, { workspace: sb.slug, productId: STUDIO, userId: h1.id }, { token: sb.token, idempotencyKey: key }),
    );
    expectOneEffectAnswers(responses, 200);
    expect(responses[0].body).toMatchObject({ changed: true });
    expect(await seatsOf(sb.id, STUDIO)).toMatchObject({ used: 19 });
    expect(await auditRows(sb.id, "assignment.ended")).toHaveLength(1);
    expectError(
      await call(unassignEndpoint, { workspace: sb.slug, productId: STUDIO, userId: h2.id }, { token: sb.token, idempotencyKey: key }),
      422,
      "idempotency_key_reused",
    );
    expect(await seatsOf(sb.id, STUDIO)).toMatchObject({ used: 19 });
  });
});

describe("access", () => {
  const cases = (userId: string): Case[] => [
    { endpoint: listProductsEndpoint },
    { endpoint: listAssignmentsEndpoint, params: { productId: STUDIO } },
    { endpoint: assignEndpoint, params: { productId: STUDIO }, json: { userId } },
    { endpoint: unassignEndpoint, params: { productId: STUDIO, userId } },
  ];

  it("401 without a token, with a bogus, a revoked or a non-bearer one; nothing changes", async () => {
    const sb = await newSandbox("outside-window");
    const [holder] = await usersWithSeat(sb.id, STUDIO, 1);
    await expectUnauthenticated(cases(holder.id), sb);
    expect(await seatsOf(sb.id, STUDIO)).toMatchObject({ used: 20 });
  });

  it("another workspace's slug answers exactly like a missing one; nothing changes there", async () => {
    const a = await newSandbox("empty");
    const b = await newSandbox("outside-window");
    const [holder] = await usersWithSeat(b.id, STUDIO, 1);
    await expectSlugHidden(cases(holder.id), a.token, b.slug);
    expect(await seatsOf(b.id, STUDIO)).toMatchObject({ used: 20 });
  });

  it("a product id nobody licenses is 404 for writes as well", async () => {
    const sb = await newSandbox("outside-window");
    const [user] = await usersWithoutSeat(sb.id, STUDIO, 1);
    expectError(await call(assignEndpoint, { workspace: sb.slug, productId: PHOTO }, { token: sb.token, json: { userId: user.id } }), 404, "not_found");
  });
});
