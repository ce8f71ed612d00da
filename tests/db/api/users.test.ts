/** GET/POST /workspaces/{workspace}/users and POST /users/bulk. */
import { describe, expect, it } from "vitest";
import { bulkCreateUsersEndpoint, createUserEndpoint, listUsersEndpoint } from "@/lib/api/v1/users";
import { ownerSql, uniq } from "../factories";
import {
  auditRows,
  call,
  concurrently,
  countRows,
  expectError,
  expectFieldError,
  expectOneEffectAnswers,
  expectSlugHidden,
  expectUnauthenticated,
  idemKey,
  newSandbox,
  roleToken,
  type Case,
  type Json,
} from "./helpers";

const email = () => `${uniq("person")}@example.test`;

describe("POST /users", () => {
  it("creates a directory user (trimmed, e-mail lowercased) and records it", async () => {
    const sb = await newSandbox();
    const address = email();
    const res = await call(createUserEndpoint, { workspace: sb.slug }, { token: sb.token, json: { name: "  Ada Lovelace ", email: ` ${address.toUpperCase()} ` } });
    expect(res.status, res.text).toBe(201);
    expect(res.body).toEqual({ id: expect.any(String), name: "Ada Lovelace", email: address, createdAt: expect.any(String) });
    expect(new Date(res.body.createdAt).toISOString()).toBe(res.body.createdAt);
    expect(res.headers.get("idempotent-replayed")).toBeNull();

    const rows = await ownerSql()`select id, name, email from directory_users where workspace_id = ${sb.id}`;
    expect(rows).toEqual([{ id: res.body.id, name: "Ada Lovelace", email: address }]);
    const audit = await auditRows(sb.id, "directory_user.created");
    expect(audit).toEqual([expect.objectContaining({ subjectId: res.body.id, data: { name: "Ada Lovelace", email: address } })]);
  });

  it("422 names each invalid field; nothing is written", async () => {
    const sb = await newSandbox();
    const ws = { workspace: sb.slug };
    const empty = await call(createUserEndpoint, ws, { token: sb.token, json: {} });
    expectFieldError(empty, "name");
    expectFieldError(empty, "email");
    expectFieldError(await call(createUserEndpoint, ws, { token: sb.token, json: { name: "A", email: "not-an-email" } }), "email");
    expectFieldError(await call(createUserEndpoint, ws, { token: sb.token, json: { name: "   ", email: email() } }), "name");
    expectFieldError(await call(createUserEndpoint, ws, { token: sb.token, json: { name: "x".repeat(201), email: email() } }), "name");
    expectFieldError(await call(createUserEndpoint, ws, { token: sb.token, json: { name: 42, email: email() } }), "name");
    expectFieldError(await call(createUserEndpoint, ws, { token: sb.token, json: { name: "A", email: `${"x".repeat(320)}@example.test` } }), "email");
    const notObject = await call(createUserEndpoint, ws, { token: sb.token, json: [{ name: "A", email: email() }] });
    expectError(notObject, 422, "validation_failed");
    expect(await countRows("directory_users", sb.id)).toBe(0);
  });

  it("a NUL character in a field is bad input (4xx), never a 500", async () => {
    const sb = await newSandbox();
    const res = await call(createUserEndpoint, { workspace: sb.slug }, { token: sb.token, json: { name: "Ada\u0000Lovelace", email: email() } });
    expect(res.status, res.text).toBeGreaterThanOrEqual(400);
    expect(res.status, res.text).toBeLessThan(500);
    expect(await countRows("directory_users", sb.id)).toBe(0);
  });

  it("409 for an e-mail already in the workspace (any case), naming the field", async () => {
    const sb = await newSandbox();
    const address = email();
    expect((await call(createUserEndpoint, { workspace: sb.slug }, { token: sb.token, json: { name: "A", email: address } })).status).toBe(201);
    const again = await call(createUserEndpoint, { workspace: sb.slug }, { token: sb.token, json: { name: "B", email: address.toUpperCase() } });
    expectError(again, 409, "conflict");
    expect(again.body.error.details.fieldErrors.email).toEqual([expect.any(String)]);
    expect(await countRows("directory_users", sb.id)).toBe(1);
  });

  it("a viewer may not create (403, nothing written); an admin may", async () => {
    const sb = await newSandbox();
    const viewer = await roleToken(sb, "viewer");
    const admin = await roleToken(sb, "admin");
    expectError(await call(createUserEndpoint, { workspace: sb.slug }, { token: viewer.token, json: { name: "V", email: email() } }), 403, "forbidden");
    expectError(await call(bulkCreateUsersEndpoint, { workspace: sb.slug }, { token: viewer.token, json: { users: [{ name: "V", email: email() }] } }), 403, "forbidden");
    expect(await countRows("directory_users", sb.id)).toBe(0);
    expect((await call(createUserEndpoint, { workspace: sb.slug }, { token: admin.token, json: { name: "A", email: email() } })).status).toBe(201);
    expect((await call(listUsersEndpoint, { workspace: sb.slug }, { token: viewer.token })).body.data).toHaveLength(1);
  });

  it("replays with the same Idempotency-Key; refuses the key with another body", async () => {
    const sb = await newSandbox();
    const key = idemKey();
    const body = { name: "Grace Hopper", email: email() };
    const first = await call(createUserEndpoint, { workspace: sb.slug }, { token: sb.token, json: body, idempotencyKey: key });
    expect(first.status, first.text).toBe(201);
    const replay = await call(createUserEndpoint, { workspace: sb.slug }, { token: sb.token, json: body, idempotencyKey: key });
    expect(replay.status).toBe(201);
    expect(replay.body).toEqual(first.body);
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect(await countRows("directory_users", sb.id)).toBe(1);
    expect(await auditRows(sb.id, "directory_user.created")).toHaveLength(1);

    const other = await call(createUserEndpoint, { workspace: sb.slug }, { token: sb.token, json: { ...body, name: "Someone Else" }, idempotencyKey: key });
    expectError(other, 422, "idempotency_key_reused");
    // The same key on another operation is another request too.
    const bulk = await call(bulkCreateUsersEndpoint, { workspace: sb.slug }, { token: sb.token, json: { users: [body] }, idempotencyKey: key });
    expectError(bulk, 422, "idempotency_key_reused");
    // Without a key the same body is a new request: the e-mail exists now.
    expectError(await call(createUserEndpoint, { workspace: sb.slug }, { token: sb.token, json: body }), 409, "conflict");
    expect(await countRows("directory_users", sb.id)).toBe(1);
  });

  it("a malformed Idempotency-Key is refused with 422 and nothing is written", async () => {
    const sb = await newSandbox();
    for (const key of ["short", "has spaces in it", "ü".repeat(10), "k".repeat(256)]) {
      const res = await call(createUserEndpoint, { workspace: sb.slug }, { token: sb.token, json: { name: "A", email: email() }, idempotencyKey: key });
      expectError(res, 422, "validation_failed");
    }
    expect(await countRows("directory_users", sb.id)).toBe(0);
  });

  it("10 concurrent requests with one key create exactly one user and answer alike", async () => {
    const sb = await newSandbox();
    const key = idemKey();
    const body = { name: "Concurrent Carl", email: email() };
    const responses = await concurrently(10, () => call(createUserEndpoint, { workspace: sb.slug }, { token: sb.token, json: body, idempotencyKey: key }));
    expectOneEffectAnswers(responses, 201);
    expect(await countRows("directory_users", sb.id)).toBe(1);
    expect(await auditRows(sb.id, "directory_user.created")).toHaveLength(1);
  });
});

describe("GET /users", () => {
  it("pages by name with an opaque cursor: 7 users, limit 3 -> 3, 3, 1", async () => {
    const sb = await newSandbox();
    const names = ["Gus", "Ada", "Fay", "Bea", "Eve", "Cid", "Dot"];
    const created = await call(bulkCreateUsersEndpoint, { workspace: sb.slug }, {
      token: sb.token,
      json: { users: names.map((n) => ({ name: n, email: `${n.toLowerCase()}-${uniq()}@example.test` })) },
    });
    expect(created.status, created.text).toBe(200);

    const pages: Json[] = [];
    let cursor: string | null | undefined;
    do {
      const res = await call(listUsersEndpoint, { workspace: sb.slug }, { token: sb.token, query: { limit: 3, ...(cursor ? { cursor } : {}) } });
      expect(res.status, res.text).toBe(200);
      pages.push(res.body);
      cursor = res.body.nextCursor;
    } while (cursor && pages.length < 10);

    expect(pages.map((p) => p.data.length)).toEqual([3, 3, 1]);
    expect(pages.at(-1).nextCursor).toBeNull();
    const seen = pages.flatMap((p) => p.data.map((u: Json) => u.name));
    expect(seen).toEqual([...names].sort());
    const ids = pages.flatMap((p) => p.data.map((u: Json) => u.id));
    expect(new Set(ids).size).toBe(7);
    expect(pages[0].data[0]).toEqual({ id: expect.any(String), name: "Ada", email: expect.stringMatching(/^ada-/), createdAt: expect.any(String) });

    // Exactly `limit` rows left: the last full page says so.
    const all = await call(listUsersEndpoint, { workspace: sb.slug }, { token: sb.token, query: { limit: 7 } });
    expect(all.body.data).toHaveLength(7);
    expect(all.body.nextCursor).toBeNull();
  });

  it("pages users with equal names without skipping or repeating any", async () => {
    const sb = await newSandbox();
    await call(bulkCreateUsersEndpoint, { workspace: sb.slug }, {
      token: sb.token,
      json: { users: Array.from({ length: 5 }, () => ({ name: "Same Name", email: email() })) },
    });
    const ids: string[] = [];
    let cursor: string | null = null;
    for (let i = 0; i < 10; i++) {
      const res: Json = await call(listUsersEndpoint, { workspace: sb.slug }, { token: sb.token, query: { limit: 2, ...(cursor ? { cursor } : {}) } });
      ids.push(...res.body.data.map((u: Json) => u.id));
      cursor = res.body.nextCursor;
      if (!cursor) break;
    }
    expect(ids).toHaveLength(5);
    expect(new Set(ids).size).toBe(5);
  });

  it("filters by part of a name or e-mail", async () => {
    const sb = await newSandbox();
    await call(bulkCreateUsersEndpoint, { workspace: sb.slug }, {
      token: sb.token,
      json: { users: [{ name: "Marie Curie", email: "marie@lab.test" }, { name: "Pierre Curie", email: "pierre@lab.test" }, { name: "Ada", email: "ada@calc.test" }] },
    });
    const byName = await call(listUsersEndpoint, { workspace: sb.slug }, { token: sb.token, query: { q: "curie" } });
    expect(byName.body.data.map((u: Json) => u.name)).toEqual(["Marie Curie", "Pierre Curie"]);
    const byMail = await call(listUsersEndpoint, { workspace: sb.slug }, { token: sb.token, query: { q: "calc" } });
    expect(byMail.body.data.map((u: Json) => u.name)).toEqual(["Ada"]);
    const wildcard = await call(listUsersEndpoint, { workspace: sb.slug }, { token: sb.token, query: { q: "%" } });
    expect(wildcard.body.data).toEqual([]);
  });

  it("422 for a tampered cursor or a bad limit", async () => {
    const sb = await newSandbox();
    const ws = { workspace: sb.slug };
    for (const cursor of ["garbage!!", Buffer.from("[1,2]").toString("base64url"), Buffer.from('["x","not-a-uuid"]').toString("base64url"), Buffer.from("{}").toString("base64url")]) {
      expectFieldError(await call(listUsersEndpoint, ws, { token: sb.token, query: { cursor } }), "cursor");
    }
    expectFieldError(await call(listUsersEndpoint, ws, { token: sb.token, query: { cursor: "x".repeat(501) } }), "cursor");
    for (const limit of ["0", "201", "abc", "1.5", "-1"]) {
      expectFieldError(await call(listUsersEndpoint, ws, { token: sb.token, query: { limit } }), "limit");
    }
    expectFieldError(await call(listUsersEndpoint, ws, { token: sb.token, query: { q: "q".repeat(201) } }), "q");
  });

  it("a NUL character in q or in a cursor's name is bad input (4xx), never a 500", async () => {
    const sb = await newSandbox();
    const q = await call(listUsersEndpoint, { workspace: sb.slug }, { token: sb.token, query: { q: "a\u0000b" } });
    expect(q.status, q.text).toBeGreaterThanOrEqual(400);
    expect(q.status, q.text).toBeLessThan(500);
    const cursor = Buffer.from(JSON.stringify(["a\u0000b", "6f1d4f8e-0a7c-4a5e-9c1b-2d3e4f5a6b7c"])).toString("base64url");
    const c = await call(listUsersEndpoint, { workspace: sb.slug }, { token: sb.token, query: { cursor } });
    expect(c.status, c.text).toBeGreaterThanOrEqual(400);
    expect(c.status, c.text).toBeLessThan(500);
  });
});

describe("POST /users/bulk", () => {
  it("creates many users in one call and skips e-mails already present", async () => {
    const sb = await newSandbox();
    const existing = email();
    await call(createUserEndpoint, { workspace: sb.slug }, { token: sb.token, json: { name: "Old", email: existing } });
    const fresh = [email(), email()];
    const res = await call(bulkCreateUsersEndpoint, { workspace: sb.slug }, {
      token: sb.token,
      json: { users: [{ name: "New One", email: fresh[0] }, { name: "Old Again", email: existing.toUpperCase() }, { name: "New Two", email: fresh[1] }] },
    });
    expect(res.status, res.text).toBe(200);
    expect(res.body.skipped).toEqual([{ email: existing, reason: "already_exists" }]);
    expect(res.body.created.map((u: Json) => u.email).sort()).toEqual([...fresh].sort());
    expect(res.body.created[0]).toEqual({ id: expect.any(String), name: expect.any(String), email: expect.any(String) });
    expect(await countRows("directory_users", sb.id)).toBe(3);
    expect(await auditRows(sb.id, "directory_user.bulk_created")).toEqual([expect.objectContaining({ data: { created: 2, skipped: 1 } })]);

    // Running the same import again changes nothing.
    const again = await call(bulkCreateUsersEndpoint, { workspace: sb.slug }, {
      token: sb.token,
      json: { users: [{ name: "New One", email: fresh[0] }, { name: "New Two", email: fresh[1] }] },
    });
    expect(again.body.created).toEqual([]);
    expect(again.body.skipped.map((s: Json) => s.email).sort()).toEqual([...fresh].sort());
    expect(await countRows("directory_users", sb.id)).toBe(3);
  });

  it("one invalid row refuses the whole batch (422); empty and oversized batches are refused", async () => {
    const sb = await newSandbox();
    const ws = { workspace: sb.slug };
    const bad = await call(bulkCreateUsersEndpoint, ws, { token: sb.token, json: { users: [{ name: "Ok", email: email() }, { name: "Bad", email: "nope" }] } });
    expectFieldError(bad, "users");
    expectFieldError(await call(bulkCreateUsersEndpoint, ws, { token: sb.token, json: { users: [] } }), "users");
    expectFieldError(await call(bulkCreateUsersEndpoint, ws, { token: sb.token, json: {} }), "users");
    const tooMany = Array.from({ length: 1001 }, (_, i) => ({ name: `U${i}`, email: `u${i}@bulk.test` }));
    expectFieldError(await call(bulkCreateUsersEndpoint, ws, { token: sb.token, json: { users: tooMany } }), "users");
    expect(await countRows("directory_users", sb.id)).toBe(0);
  });

  it("accepts 1,000 users in one call", async () => {
    const sb = await newSandbox();
    const users = Array.from({ length: 1000 }, (_, i) => ({ name: `User ${String(i).padStart(4, "0")}`, email: `u${i}@bulk.test` }));
    const res = await call(bulkCreateUsersEndpoint, { workspace: sb.slug }, { token: sb.token, json: { users } });
    expect(res.status, res.text).toBe(200);
    expect(res.body.created).toHaveLength(1000);
    expect(await countRows("directory_users", sb.id)).toBe(1000);
  });

  it("413 for a body over 1 MiB, with nothing written", async () => {
    const sb = await newSandbox();
    const users = Array.from({ length: 900 }, (_, i) => ({ name: `${"n".repeat(190)}${i}`, email: `${"e".repeat(1000)}${i}@bulk.test` }));
    const body = JSON.stringify({ users });
    expect(body.length).toBeGreaterThan(1024 * 1024);
    const res = await call(bulkCreateUsersEndpoint, { workspace: sb.slug }, { token: sb.token, raw: body, headers: { "content-type": "application/json" } });
    expectError(res, 413, "payload_too_large");
    expect(await countRows("directory_users", sb.id)).toBe(0);
  });

  it("replays with the same key; 10 concurrent calls with one key create the batch once", async () => {
    const sb = await newSandbox();
    const json = { users: [{ name: "P", email: email() }, { name: "Q", email: email() }] };
    const key = idemKey();
    const responses = await concurrently(10, () => call(bulkCreateUsersEndpoint, { workspace: sb.slug }, { token: sb.token, json, idempotencyKey: key }));
    expectOneEffectAnswers(responses, 200);
    expect(responses[0].body.created).toHaveLength(2);
    expect(await countRows("directory_users", sb.id)).toBe(2);
    expect(await auditRows(sb.id, "directory_user.bulk_created")).toHaveLength(1);

    const replay = await call(bulkCreateUsersEndpoint, { workspace: sb.slug }, { token: sb.token, json, idempotencyKey: key });
    expect(replay.body).toEqual(responses[0].body);
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    const other = await call(bulkCreateUsersEndpoint, { workspace: sb.slug }, { token: sb.token, json: { users: json.users.slice(1) }, idempotencyKey: key });
    expectError(other, 422, "idempotency_key_reused");
  });
});

describe("access", () => {
  const cases: Case[] = [
    { endpoint: listUsersEndpoint },
    { endpoint: createUserEndpoint, json: { name: "X", email: "x@example.test" } },
    { endpoint: bulkCreateUsersEndpoint, json: { users: [{ name: "X", email: "x@example.test" }] } },
  ];

  it("401 without a token, with a bogus, a revoked or a non-bearer one", async () => {
    const sb = await newSandbox();
    await expectUnauthenticated(cases, sb);
    expect(await countRows("directory_users", sb.id)).toBe(0);
  });

  it("another workspace's slug answers exactly like a missing one, and writes nothing there", async () => {
    const a = await newSandbox();
    const b = await newSandbox();
    await expectSlugHidden(cases, a.token, b.slug);
    expect(await countRows("directory_users", b.id)).toBe(0);
  });
});
