import { TablePageSkeleton } from "@/components/shell/skeletons";

export default function Loading() {
  return <TablePageSkeleton withAction />;
}
