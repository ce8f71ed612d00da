import { afterAll, inject } from "vitest";

// Before any lib/ module connects: db/client.ts reads APP_DATABASE_URL at first use.
process.env.DATABASE_URL = inject("ownerUrl");
process.env.APP_DATABASE_URL = inject("appUrl");
// The sandbox bootstrap secret this run's suites hold (tests/db/api/helpers.ts sends it).
process.env.LC_SANDBOX_SECRET ??= `test-${process.pid}-${Date.now()}`;

afterAll(async () => {
  const [{ closeAppDb }, { closeOwnerSql }] = await Promise.all([import("@/db/client"), import("./factories")]);
  await Promise.all([closeAppDb(), closeOwnerSql()]);
});
