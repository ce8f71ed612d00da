import type { AbstractIntlMessages } from "next-intl";

/**
 * The parts of the catalogue that client components translate with: the browser gets these, not
 * the whole catalogue (mail, API errors and server-rendered pages stay on the server). A dotted
 * name sends that branch only. `client-messages.test.ts` walks every client module and fails when
 * one uses a namespace missing here, or when an entry here is no longer used.
 */
export const CLIENT_NAMESPACES = [
  "activationCode",
  "apiTokens",
  "audit",
  "auth",
  "common",
  "devices",
  "enums",
  "errors",
  "hostDetails.report",
  "hosts",
  "invitations",
  "keys.add",
  "keys.check",
  "keys.manual",
  "language",
  "license",
  "licenses",
  "orders",
  "passwordChange",
  "passwordReset",
  "payments",
  "productPage",
  "products",
  "publisher.decide",
  "renewal.checkout",
  "renewal.figures",
  "renewal.status",
  "reseller.licenses",
  "reseller.workspaces",
  "resellerApiTokens",
  "publisherApiTokens",
  "resellerLinks.hub",
  "resellerLinks.settings",
  "roles",
  "sessions",
  "shell",
  "table",
  "webhooks",
  "twoFactor.disable",
  "twoFactor.enrol",
  "twoFactor.policy",
  "twoFactor.signIn",
  "unassign",
  "users",
  "usersAssign",
  "usersImport",
] as const;

/** The branches of `messages` that CLIENT_NAMESPACES names, in the same shape. */
export function clientMessages(messages: AbstractIntlMessages): AbstractIntlMessages {
  const out: AbstractIntlMessages = {};
  for (const name of CLIENT_NAMESPACES) {
    const path = name.split(".");
    let from: AbstractIntlMessages | string | undefined = messages;
    let to = out;
    for (const [i, key] of path.entries()) {
      from = typeof from === "object" ? from[key] : undefined;
      if (from === undefined) break;
      if (i === path.length - 1) to[key] = from;
      else to = (to[key] ??= {}) as AbstractIntlMessages;
    }
  }
  return out;
}
