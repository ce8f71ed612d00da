/** `npm run db:migrate` and `npm run db:seed`: on DATABASE_URL, or the embedded dev server. */
import { withDatabase } from "./launch";
import { seedDemo } from "./seed/demo";

const command = process.argv[2];
if (command !== "migrate" && command !== "seed") {
  console.error("usage: tsx db/cli.ts migrate|seed");
  process.exit(2);
}
await withDatabase(async (db) => {
  // Opening the database applies the migrations.
  console.log(`migrations applied (${db.embedded ? "embedded PostgreSQL" : "DATABASE_URL"})`);
  if (command === "seed") {
    await seedDemo(db.ownerUrl);
    console.log("demo data seeded");
    const { DEMO_CODES } = await import("./seed/demo");
    console.log("demo activation codes for Kowalski Design (each redeems once):");
    for (const c of DEMO_CODES) console.log(`  ${c.code}  ${c.note}`);
  }
});
