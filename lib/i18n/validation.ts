import type { z } from "zod";
import type { FieldMessages, LocalisedMessage } from "@/lib/errors";
import en from "@/messages/en.json";

export type ValidationKey = keyof (typeof en)["validation"];

/**
 * A schema's own wording for a check (`z.literal(true, { error: v("confirm_reset") })`): the
 * catalogue key travels as zod's message and validationMessage renders it; English in a schema
 * would never be translated, so schemas say nothing else.
 */
export const v = (key: ValidationKey): string => `validation.${key}`;

type Issue = z.core.$ZodIssue;

const FORMATS: Partial<Record<string, ValidationKey>> = {
  email: "invalid_email",
  uuid: "invalid_id",
  guid: "invalid_id",
  datetime: "invalid_datetime",
  date: "invalid_date",
  url: "invalid_url",
};

const TYPES = new Set(["string", "number", "boolean", "array", "object"]);

function at(raw: unknown, path: readonly PropertyKey[]): unknown {
  let value = raw;
  for (const step of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[step];
  }
  return value;
}

const keyed = (key: ValidationKey, values?: LocalisedMessage["values"]): LocalisedMessage => ({ key: `validation.${key}`, values });

/**
 * One zod issue as a catalogue message of the `validation` namespace, by its code and
 * parameters (never zod's English). `raw` is the input as received: a missing value reads
 * "required" rather than "expected string".
 */
export function validationMessage(issue: Issue, raw: unknown): LocalisedMessage {
  const own = issue.message.startsWith("validation.") ? issue.message.slice("validation.".length) : null;
  if (own && own in en.validation) return keyed(own as ValidationKey);
  switch (issue.code) {
    case "invalid_type": {
      if (at(raw, issue.path) === undefined) return keyed("required");
      if (issue.expected === "int") return keyed("integer");
      return keyed("invalid_type", { expected: TYPES.has(issue.expected) ? issue.expected : "other" });
    }
    case "too_small": {
      const minimum = Number(issue.minimum);
      if (issue.origin === "string") {
        if (issue.exact) return keyed("exact_length", { length: minimum });
        return minimum <= 1 ? keyed("required") : keyed("too_short", { minimum });
      }
      if (issue.origin === "number" || issue.origin === "int" || issue.origin === "bigint") return keyed(issue.inclusive === false ? "number_above" : "number_min", { minimum });
      if (issue.origin === "array" || issue.origin === "set") return keyed("too_few_items", { minimum });
      return keyed("invalid");
    }
    case "too_big": {
      const maximum = Number(issue.maximum);
      if (issue.origin === "string") return keyed(issue.exact ? "exact_length" : "too_long", issue.exact ? { length: maximum } : { maximum });
      if (issue.origin === "number" || issue.origin === "int" || issue.origin === "bigint") return keyed(issue.inclusive === false ? "number_below" : "number_max", { maximum });
      if (issue.origin === "array" || issue.origin === "set") return keyed("too_many_items", { maximum });
      return keyed("invalid");
    }
    case "invalid_format":
      return keyed(FORMATS[issue.format] ?? "invalid_format");
    case "not_multiple_of":
      return keyed("not_multiple_of", { divisor: Number(issue.divisor) });
    case "invalid_value":
      return keyed("one_of", { options: issue.values.map(String).join(", ") });
    case "unrecognized_keys":
      return keyed("unknown_field");
    default:
      return keyed("invalid");
  }
}

/**
 * zod's issues as per-field messages (by the path's first step, like z.flattenError) and
 * whole-input ones. An unknown field is named as its own field, so a 422 points at it.
 */
export function validationDetails(error: z.ZodError, raw: unknown): { fieldErrors: FieldMessages; formErrors: LocalisedMessage[] } {
  // Field names come from the caller's input: with a plain object, "constructor" or "__proto__"
  // would find the prototype's members instead of a list (a 500 on a hostile body).
  const fieldErrors: Record<string, LocalisedMessage[]> = Object.create(null);
  const formErrors: LocalisedMessage[] = [];
  const add = (field: string, message: LocalisedMessage) => (fieldErrors[field] ??= []).push(message);
  for (const issue of error.issues) {
    const message = validationMessage(issue, raw);
    if (issue.code === "unrecognized_keys") {
      const prefix = issue.path.map(String).join(".");
      for (const key of issue.keys) add(prefix ? `${prefix}.${key}` : key, message);
    } else if (issue.path.length > 0) add(String(issue.path[0]), message);
    else formErrors.push(message);
  }
  return { fieldErrors, formErrors };
}
