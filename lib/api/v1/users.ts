import { z } from "zod";
import { createDirectoryUser, createDirectoryUsers, directoryUserInput } from "@/lib/directory";
import { directoryPage } from "@/lib/directory/reads";
import { runRead } from "@/lib/operations/read";
import { decodeCursor, encodeCursor, pageQuery } from "../cursor";
import { defineEndpoint, runInWorkspace, workspaceOf, workspaceParam } from "../endpoint";
import { directoryUserSchema, page, timestamp } from "./schemas";

export const listUsersEndpoint = defineEndpoint({
  method: "GET",
  path: "/workspaces/{workspace}/users",
  operationId: "listDirectoryUsers",
  tag: "Directory users",
  summary: "Directory users, by name",
  params: workspaceParam,
  query: pageQuery.extend({ q: z.string().max(200).optional().describe("Part of a name or e-mail.") }),
  success: { status: 200, description: "One page.", schema: page(directoryUserSchema) },
  errors: [401, 404, 422],
  handle: async (input) => {
    const ctx = workspaceOf(input);
    const { cursor, limit, q } = input.query;
    const after = decodeCursor(cursor, z.tuple([z.string(), z.uuid()]));
    // The Users page's query, by name: the signed cursor carries the last row's name and id.
    const page = await runRead(
      ctx,
      directoryPage.with({ sort: "name", dir: "asc", size: limit, q: q ?? "", filters: {}, after: after && { key: after[0], id: after[1] }, before: null }),
    );
    const data = page.rows.map((u) => ({ id: u.id, name: u.name, email: u.email, createdAt: u.createdAt.toISOString() }));
    const last = data.at(-1);
    return { data, nextCursor: page.next && last ? encodeCursor([last.name, last.id]) : null };
  },
});

export const createUserEndpoint = defineEndpoint({
  method: "POST",
  path: "/workspaces/{workspace}/users",
  operationId: "createDirectoryUser",
  tag: "Directory users",
  summary: "Add a directory user",
  params: workspaceParam,
  body: directoryUserInput,
  idempotent: true,
  success: { status: 201, description: "Created.", schema: directoryUserSchema.extend({ createdAt: timestamp }) },
  errors: [401, 403, 404, 409, 422],
  handle: (input) => runInWorkspace(input, createDirectoryUser, input.body),
});

export const bulkCreateUsersEndpoint = defineEndpoint({
  method: "POST",
  path: "/workspaces/{workspace}/users/bulk",
  operationId: "bulkCreateDirectoryUsers",
  tag: "Directory users",
  summary: "Add up to 1,000 directory users in one transaction",
  description: "Any invalid row refuses the whole batch (422, errors per row index). E-mails already present are skipped and listed.",
  params: workspaceParam,
  body: createDirectoryUsers.input,
  idempotent: true,
  success: {
    status: 200,
    description: "What was created and what was skipped.",
    schema: z.object({
      created: z.array(z.object({ id: z.uuid(), name: z.string(), email: z.string() })),
      skipped: z.array(z.object({ email: z.string(), reason: z.enum(["already_exists", "duplicate_in_batch"]).describe("already_exists: in the workspace before; duplicate_in_batch: the same e-mail (case aside) earlier in this batch.") })),
    }),
  },
  errors: [401, 403, 404, 413, 422],
  handle: (input) => runInWorkspace(input, createDirectoryUsers, input.body),
});
