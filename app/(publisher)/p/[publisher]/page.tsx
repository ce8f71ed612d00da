import { redirect } from "next/navigation";

export default async function PublisherHome({ params }: { params: Promise<{ publisher: string }> }) {
  const { publisher } = await params;
  redirect(`/p/${publisher}/requests`);
}
