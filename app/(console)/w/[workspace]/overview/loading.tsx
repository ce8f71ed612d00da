import { OverviewSkeleton } from "@/components/shell/skeletons";

export default function Loading() {
  return <OverviewSkeleton />;
}
