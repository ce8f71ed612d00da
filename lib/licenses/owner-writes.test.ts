import { RuleTester } from "eslint";
import { afterAll, describe, it } from "vitest";
// @ts-expect-error: a plain .mjs ESLint rule, without types.
import { ownerWrites } from "../../eslint/table-owners.mjs";

// RuleTester reports through the test framework's hooks when it is given them.
Object.assign(RuleTester, { afterAll, describe, it });

/** The wall that keeps lib/licenses the only writer of `licenses` (eslint.config.mjs). */
const options = [[{ table: "licenses", drizzle: "licenses", owners: ["lib/licenses/"] }]];
const tester = new RuleTester();
const at = (path: string) => `${process.cwd()}/${path}`;

tester.run("tables/owner-writes", ownerWrites, {
  valid: [
    { code: "await tx.update(licenses).set({ state: 'expired' }).where(byId);", filename: at("lib/licenses/lifecycle.ts"), options },
    { code: "await tx.insert(licenses).values(row);", filename: at("lib/licenses/lifecycle.ts"), options },
    { code: "await tx.select().from(licenses).where(byId).for('update');", filename: at("lib/orders/index.ts"), options },
    { code: "await tx.update(licenseTerms).set({ seats: 1 });", filename: at("lib/orders/index.ts"), options },
    { code: "sql`select sum(${licenses.quantity}) from ${licenses} where state = 'active'`;", filename: at("lib/renewal/index.ts"), options },
    { code: "sql`update ${assignments} a set product_id = ${next} from ${licenses} l`;", filename: at("lib/activation-codes/seats.ts"), options },
    { code: "const s = 'update license_terms set seats = 1';", filename: at("lib/orders/index.ts"), options },
  ],
  invalid: [
    { code: "await tx.update(licenses).set({ state: 'expired' }).where(byId);", filename: at("lib/orders/index.ts"), options, errors: [{ messageId: "write" }] },
    { code: "await tx.insert(schema.licenses).values(row);", filename: at("lib/sandboxes/resellers.ts"), options, errors: [{ messageId: "write" }] },
    { code: "await tx.delete(licenses).where(byId);", filename: at("app/page.tsx"), options, errors: [{ messageId: "write" }] },
    { code: "await tx.execute(sql`update ${licenses} set state = 'expired' where id = ${id}`);", filename: at("lib/renewal/index.ts"), options, errors: [{ messageId: "write" }] },
    { code: "await tx.execute(sql`insert into licenses (id) values (${id})`);", filename: at("lib/request-keys/index.ts"), options, errors: [{ messageId: "write" }] },
    { code: "await sql.unsafe('delete from public.licenses where id = $1', [id]);", filename: at("scripts/console.ts"), options, errors: [{ messageId: "write" }] },
  ],
});
