/**
 * Runs once when a Next.js server starts, however it was started (`npm run web`, or a bare
 * `next start`): a production web process without its secrets, or holding the owner's
 * credentials, refuses to serve at all instead of failing on the first sign-in.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startupMessage, startupProblems } = await import("@/lib/deployment/environment");
  const problems = startupProblems("web");
  if (problems.length === 0) return;
  console.error(startupMessage("web", problems));
  process.exit(1);
}
