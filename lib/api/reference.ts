/**
 * The readable API reference, derived from the OpenAPI document (lib/api/openapi.ts) so the page
 * can never disagree with /api/v1/openapi.json. Plain functions over JSON (no I/O, no React): the
 * page renders what these return.
 */

type Json = Record<string, unknown>;

export type SchemaRow = {
  /** Dotted path from the schema's root, e.g. "users[].email". */
  path: string;
  name: string;
  depth: number;
  type: string;
  /** A named schema (components.schemas) this field is, or holds a list of. */
  ref?: string;
  required: boolean;
  description?: string;
  constraints: string[];
};

export type ReferenceParameter = { name: string; in: string; required: boolean; type: string; description?: string; constraints: string[] };

export type ReferenceResponse = { status: string; description: string; type?: string; ref?: string; rows: SchemaRow[] };

export type ReferenceOperation = {
  id: string;
  method: string;
  path: string;
  summary: string;
  description?: string;
  tag: string;
  authenticated: boolean;
  idempotent: boolean;
  paginated: boolean;
  parameters: ReferenceParameter[];
  body?: { type?: string; ref?: string; rows: SchemaRow[] };
  responses: ReferenceResponse[];
};

export type ReferenceSchema = { name: string; rows: SchemaRow[] };

export type Reference = {
  title: string;
  version: string;
  baseUrl: string;
  groups: { tag: string; id: string; operations: ReferenceOperation[] }[];
  schemas: ReferenceSchema[];
};

const METHODS = ["get", "post", "put", "patch", "delete"] as const;

const refName = (ref: unknown) => (typeof ref === "string" ? ref.replace(/^#\/components\/schemas\//, "") : undefined);

const asArray = (v: unknown): Json[] => (Array.isArray(v) ? (v as Json[]) : []);

/** A type in one line: `string (uuid)`, `integer`, `Order`, `DirectoryUser[]`, `string | null`. */
export function typeOf(schema: Json | undefined): { label: string; ref?: string } {
  if (!schema || Object.keys(schema).length === 0) return { label: "any" };
  const ref = refName(schema.$ref);
  if (ref) return { label: ref, ref };
  const variants = asArray(schema.anyOf ?? schema.oneOf);
  if (variants.length) {
    const parts = variants.map(typeOf);
    return { label: parts.map((p) => p.label).join(" | "), ref: parts.find((p) => p.ref)?.ref };
  }
  if ("const" in schema) return { label: JSON.stringify(schema.const) };
  const types = Array.isArray(schema.type) ? (schema.type as string[]) : typeof schema.type === "string" ? [schema.type] : [];
  if (!types.length) return { label: schema.properties ? "object" : "any" };
  const labels = types.map((t) => {
    if (t === "array") {
      const item = typeOf(schema.items as Json | undefined);
      return { label: item.label.includes(" ") ? `(${item.label})[]` : `${item.label}[]`, ref: item.ref };
    }
    if (t === "string" && typeof schema.format === "string") return { label: `string (${schema.format})` };
    return { label: t };
  });
  return { label: labels.map((l) => l.label).join(" | "), ref: labels.find((l) => l.ref)?.ref };
}

/** The limits a value must keep, as short phrases. Patterns are shown only without a format. */
export function constraintsOf(schema: Json | undefined): string[] {
  if (!schema) return [];
  const out: string[] = [];
  const enumValues = schema.enum ?? asArray(schema.anyOf ?? schema.oneOf).find((v) => Array.isArray(v.enum))?.enum;
  if (Array.isArray(enumValues)) out.push(`one of ${enumValues.map((v) => JSON.stringify(v)).join(", ")}`);
  const pairs: [string, string][] = [
    ["minLength", "min length"],
    ["maxLength", "max length"],
    ["minimum", "≥"],
    ["exclusiveMinimum", ">"],
    ["maximum", "≤"],
    ["exclusiveMaximum", "<"],
    ["minItems", "min items"],
    ["maxItems", "max items"],
  ];
  for (const [key, label] of pairs) {
    const v = schema[key];
    if (typeof v === "number") out.push(`${label} ${v.toLocaleString("en")}`);
  }
  if (typeof schema.pattern === "string" && typeof schema.format !== "string") out.push(`pattern ${schema.pattern}`);
  if ("default" in schema) out.push(`default ${JSON.stringify(schema.default)}`);
  return out;
}

/** The object behind a schema whose fields should be listed (inline objects, or arrays of them). */
function inlineObject(schema: Json | undefined): Json | null {
  if (!schema) return null;
  if (schema.properties && typeof schema.properties === "object") return schema;
  if ((schema.type === "array" || (Array.isArray(schema.type) && schema.type.includes("array"))) && schema.items) return inlineObject(schema.items as Json);
  const nonNull = asArray(schema.anyOf ?? schema.oneOf).filter((v) => v.type !== "null");
  if (nonNull.length === 1) return inlineObject(nonNull[0]);
  return null;
}

/**
 * The fields of an object schema, one row each, nested objects (and lists of objects) flattened
 * beneath their field with a deeper `depth`. Named schemas ($ref) are not expanded: the page links
 * to them.
 */
export function schemaRows(schema: Json | undefined, prefix = "", depth = 0): SchemaRow[] {
  const obj = inlineObject(schema);
  if (!obj) return [];
  const required = new Set(asArray(obj.required) as unknown as string[]);
  const rows: SchemaRow[] = [];
  for (const [name, raw] of Object.entries(obj.properties as Record<string, Json>)) {
    const field = raw ?? {};
    const { label, ref } = typeOf(field);
    const path = prefix ? `${prefix}.${name}` : name;
    rows.push({
      path,
      name,
      depth,
      type: label,
      ...(ref ? { ref } : {}),
      required: required.has(name),
      ...(typeof field.description === "string" ? { description: field.description } : {}),
      constraints: constraintsOf(field),
    });
    const isList = label.endsWith("[]");
    rows.push(...schemaRows(field, isList ? `${path}[]` : path, depth + 1));
  }
  return rows;
}

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");

/** The whole reference: operations grouped by tag in document order, then the named schemas. */
export function buildReference(doc: Json): Reference {
  const info = (doc.info ?? {}) as Json;
  const servers = asArray(doc.servers);
  const globalSecurity = asArray(doc.security);
  const groups = new Map<string, ReferenceOperation[]>();
  for (const [path, item] of Object.entries((doc.paths ?? {}) as Record<string, Json>)) {
    for (const method of METHODS) {
      const op = item[method] as Json | undefined;
      if (!op) continue;
      const params = asArray(op.parameters);
      const security = Array.isArray(op.security) ? (op.security as unknown[]) : globalSecurity;
      const body = ((((op.requestBody as Json | undefined)?.content as Json | undefined)?.["application/json"] as Json | undefined)?.schema) as Json | undefined;
      const responses = Object.entries((op.responses ?? {}) as Record<string, Json>).map(([status, r]) => {
        const schema = ((r.content as Json | undefined)?.["application/json"] as Json | undefined)?.schema as Json | undefined;
        const type = schema ? typeOf(schema) : undefined;
        return {
          status,
          description: String(r.description ?? ""),
          ...(type ? { type: type.label, ...(type.ref ? { ref: type.ref } : {}) } : {}),
          rows: type?.ref ? [] : schemaRows(schema),
        };
      });
      const tag = String(asArray(op.tags)[0] ?? "Other");
      const bodyType = body ? typeOf(body) : undefined;
      const operation: ReferenceOperation = {
        id: String(op.operationId ?? `${method}-${slug(path)}`),
        method: method.toUpperCase(),
        path,
        summary: String(op.summary ?? ""),
        ...(typeof op.description === "string" ? { description: op.description } : {}),
        tag,
        // A bearer token or a session; the sandbox endpoints take the installation's bootstrap secret instead.
        authenticated: security.some((s) => typeof s === "object" && s !== null && ("bearer" in s || "session" in s)),
        idempotent: params.some((p) => p.in === "header" && String(p.name).toLowerCase() === "idempotency-key"),
        paginated: params.some((p) => p.in === "query" && p.name === "cursor"),
        parameters: params
          .filter((p) => !(p.in === "header" && String(p.name).toLowerCase() === "idempotency-key"))
          .map((p) => {
            const schema = p.schema as Json | undefined;
            return {
              name: String(p.name),
              in: String(p.in),
              required: Boolean(p.required),
              type: typeOf(schema).label,
              ...(typeof p.description === "string" ? { description: p.description } : {}),
              constraints: constraintsOf(schema),
            };
          }),
        ...(body ? { body: { ...(bodyType?.ref ? { type: bodyType.label, ref: bodyType.ref } : {}), rows: schemaRows(body) } } : {}),
        responses,
      };
      if (!groups.has(tag)) groups.set(tag, []);
      groups.get(tag)!.push(operation);
    }
  }
  const components = ((doc.components as Json | undefined)?.schemas ?? {}) as Record<string, Json>;
  return {
    title: String(info.title ?? "API"),
    version: String(info.version ?? ""),
    baseUrl: String(servers[0]?.url ?? ""),
    groups: [...groups].map(([tag, operations]) => ({ tag, id: `tag-${slug(tag)}`, operations })),
    schemas: Object.entries(components).map(([name, schema]) => ({ name, rows: schemaRows(schema) })),
  };
}
