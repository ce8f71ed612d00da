import { describe, expect, it } from "vitest";
import { appEnv, sandboxesEnabled, startupProblems } from "./environment";

const SECRETS = {
  NEXTAUTH_SECRET: "s",
  TOTP_SECRET_KEY: "t",
  KEYS_PUBLISHER_PRIVATE_KEY: "k",
  APP_DATABASE_URL: "postgres://app@db/lc",
};

describe("appEnv", () => {
  it("is production for a production build unless the operator opts into a test installation", () => {
    expect(appEnv({ NODE_ENV: "production" })).toBe("production");
    expect(appEnv({ NODE_ENV: "production", LC_SANDBOXES: "on" })).toBe("test");
    expect(appEnv({ NODE_ENV: "development" })).toBe("development");
    expect(appEnv({ NODE_ENV: "test" })).toBe("development");
    expect(appEnv({ NODE_ENV: "development", APP_ENV: "production" })).toBe("production");
    expect(appEnv({ NODE_ENV: "production", APP_ENV: "nonsense" })).toBe("production");
  });

  it("sandboxes exist only outside production", () => {
    expect(sandboxesEnabled({ NODE_ENV: "production" })).toBe(false);
    expect(sandboxesEnabled({ NODE_ENV: "production", LC_SANDBOXES: "on" })).toBe(true);
    expect(sandboxesEnabled({ APP_ENV: "production", LC_SANDBOXES: "on" })).toBe(false);
    expect(sandboxesEnabled({ NODE_ENV: "development", LC_SANDBOXES: "off" })).toBe(false);
  });
});

describe("startupProblems", () => {
  it("a production web process needs every secret and no owner credentials", () => {
    expect(startupProblems("web", { NODE_ENV: "production", ...SECRETS })).toEqual([]);
    const missing = startupProblems("web", { NODE_ENV: "production" }).map((p) => p.split(" ")[0]);
    expect(missing).toEqual(["APP_DATABASE_URL", "NEXTAUTH_SECRET", "TOTP_SECRET_KEY", "KEYS_PUBLISHER_PRIVATE_KEY"]);
    expect(startupProblems("web", { NODE_ENV: "production", ...SECRETS, DATABASE_URL: "postgres://owner@db/lc" })).toEqual([
      expect.stringMatching(/^DATABASE_URL \(the owner's credentials\) is set in the web process/),
    ]);
  });

  it("migrate needs the owner URL and the app role's password; the worker its queue, mail and signing key", () => {
    expect(startupProblems("migrate", { NODE_ENV: "production" }).map((p) => p.split(" ")[0])).toEqual(["DATABASE_URL", "APP_DB_PASSWORD"]);
    expect(startupProblems("worker", { NODE_ENV: "production", DATABASE_URL: "x", APP_DB_PASSWORD: "y" }).map((p) => p.split(" ")[0])).toEqual([
      "KEYS_PUBLISHER_PRIVATE_KEY",
      "SMTP_URL",
    ]);
  });

  it("a test installation needs the sandbox bootstrap secret, and sandboxes cannot be forced into production", () => {
    expect(startupProblems("web", { NODE_ENV: "production", LC_SANDBOXES: "on" })).toEqual([expect.stringMatching(/^LC_SANDBOX_SECRET is not set/)]);
    expect(startupProblems("web", { NODE_ENV: "production", LC_SANDBOXES: "on", LC_SANDBOX_SECRET: "b" })).toEqual([]);
    expect(startupProblems("web", { APP_ENV: "production", LC_SANDBOXES: "on", ...SECRETS })).toEqual([
      "LC_SANDBOXES=on cannot be combined with APP_ENV=production",
    ]);
  });

  it("development needs nothing", () => {
    expect(startupProblems("web", { NODE_ENV: "development", DATABASE_URL: "x" })).toEqual([]);
  });
});
