import { redirect } from "next/navigation";
import { listWorkspaces } from "@/lib/access/workspace";
import { requireActor } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

export default async function Home() {
  const actor = await requireActor();
  const [first] = await listWorkspaces(actor);
  redirect(first ? `/w/${first.slug}/overview` : "/login");
}
