import { redirect } from "next/navigation";
import { resellerForPage } from "@/lib/reseller/current";

export const dynamic = "force-dynamic";

export default async function ResellerHome({ params }: { params: Promise<{ reseller: string }> }) {
  const { reseller } = await params;
  const ctx = await resellerForPage(reseller);
  redirect(`/r/${ctx.reseller.slug}/workspaces`);
}
