import { isProduction } from "../lib/deployment/environment";

/**
 * The two ways into the database. Migrations and the demo seed connect as the owner (the
 * DATABASE_URL user); the app connects as APP_ROLE, which owns nothing and cannot bypass
 * row-level security.
 */
export const APP_ROLE = process.env.APP_DB_ROLE ?? "license_console_app";

export function appRolePassword(): string {
  const pw = process.env.APP_DB_PASSWORD;
  if (pw) return pw;
  if (isProduction()) throw new Error("APP_DB_PASSWORD must be set in production");
  return "license-console-dev";
}

/** The app's URL: APP_DATABASE_URL, or the owner's URL with the app role's credentials. */
export function appDatabaseUrl(ownerUrl = process.env.DATABASE_URL): string {
  if (process.env.APP_DATABASE_URL) return process.env.APP_DATABASE_URL;
  if (!ownerUrl) throw new Error("DATABASE_URL is not set: start the console with `npm run dev` or `npm start`");
  const u = new URL(ownerUrl);
  u.username = APP_ROLE;
  u.password = appRolePassword();
  return u.toString();
}
