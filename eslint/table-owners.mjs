/**
 * One writer per table (docs/ARCHITECTURE.md, "Who writes which table"): an insert, update or
 * delete of a guarded table anywhere but in its owner is an error, so the owner stays the owner.
 * Caught: drizzle's `tx.insert(t)` / `.update(t)` / `.delete(t)` (also `schema.t`), raw SQL that
 * names the table (`update licenses …`) and raw SQL that interpolates it (sql`update ${licenses} …`).
 * Reads, and `select … for update` row locks, are anyone's.
 *
 * Options: [{ table: "licenses", drizzle: "licenses", owners: ["lib/licenses"] }, …]: the SQL
 * name, the drizzle export's name and the modules (a folder or a file, from the project root)
 * that may write; `ownerWriteOptions` makes them from lib/owners.ts's map, the one declaration.
 */
const WRITE_BEFORE = /\b(update|insert\s+into|delete\s+from)\s*$/i;

/** A write naming `table` in SQL text: `update licenses`, `insert into "licenses"`, `delete from public.licenses`. */
function namesWrite(text, table) {
  return new RegExp(`\\b(update|insert\\s+into|delete\\s+from)\\s+("?public"?\\.)?"?${table}"?(?![\\w"])`, "i").test(text);
}

/** `licenses` or `schema.licenses`. */
function isTable(node, name) {
  if (node?.type === "Identifier") return node.name === name;
  if (node?.type === "MemberExpression" && !node.computed) return node.property.name === name;
  return false;
}

/** Whether `file` lies in `module` (a folder or a file), as lib/owners.ts's inModule says. */
const inModule = (file, module) => file === module || file.startsWith(`${module}/`);

/**
 * The rule's options for an owner map (SQL table name → owning modules): drizzle's export names
 * are the SQL names in camelCase (db/schema; lib/owners.test.ts holds it).
 * @param {Record<string, readonly string[]>} owners
 */
export function ownerWriteOptions(owners) {
  return Object.entries(owners).map(([table, modules]) => ({
    table,
    drizzle: table.replace(/_(\w)/g, (_, c) => c.toUpperCase()),
    owners: [...modules],
  }));
}

/** @type {import("eslint").Rule.RuleModule} */
export const ownerWrites = {
  meta: {
    type: "problem",
    docs: { description: "Only a table's owning module writes it" },
    messages: { write: "Only {{owners}} writes `{{table}}` (docs/ARCHITECTURE.md, who writes which table): call its API instead." },
    schema: [
      {
        type: "array",
        items: {
          type: "object",
          properties: { table: { type: "string" }, drizzle: { type: "string" }, owners: { type: "array", items: { type: "string" } } },
          required: ["table", "drizzle", "owners"],
          additionalProperties: false,
        },
      },
    ],
  },
  create(context) {
    const file = context.filename.slice(context.cwd.length + 1).replaceAll("\\", "/");
    const guarded = (context.options[0] ?? []).filter((t) => !t.owners.some((owner) => inModule(file, owner)));
    if (guarded.length === 0) return {};
    const report = (node, t) => context.report({ node, messageId: "write", data: { table: t.table, owners: t.owners.join(", ") || "no module (seeds and migrations only)" } });
    return {
      CallExpression(node) {
        const callee = node.callee;
        if (callee.type !== "MemberExpression" || callee.computed || !["insert", "update", "delete"].includes(callee.property.name)) return;
        for (const t of guarded) if (isTable(node.arguments[0], t.drizzle)) report(node, t);
      },
      TemplateLiteral(node) {
        for (const t of guarded) {
          const interpolated = node.expressions.some((e, i) => isTable(e, t.drizzle) && WRITE_BEFORE.test(node.quasis[i].value.raw));
          if (interpolated || node.quasis.some((q) => namesWrite(q.value.raw, t.table))) report(node, t);
        }
      },
      Literal(node) {
        if (typeof node.value !== "string") return;
        for (const t of guarded) if (namesWrite(node.value, t.table)) report(node, t);
      },
    };
  },
};

export default { rules: { "owner-writes": ownerWrites } };
