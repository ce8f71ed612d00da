import { SkeletonPage } from "@/components/shell/skeletons";
import { Skeleton } from "@/components/ui/skeleton";

/** Settings in grey: the details card and the API tokens table. */
export default function Loading() {
  return (
    <SkeletonPage titleWidth="w-36" subtitleWidth="w-80">
      <div className="max-w-3xl rounded-lg border border-line bg-surface p-5 shadow-card">
        <Skeleton className="h-5 w-44" />
        {Array.from({ length: 6 }, (_, i) => (
          <div key={i} className="mt-4 grid grid-cols-3 gap-4">
            <Skeleton className="h-4" />
            <Skeleton className="col-span-2 h-4 w-2/3" />
          </div>
        ))}
      </div>
      <div className="mt-6 max-w-5xl rounded-lg border border-line bg-surface shadow-card">
        <div className="flex items-center justify-between px-5 py-4">
          <Skeleton className="h-5 w-28" />
          <Skeleton className="h-9 w-32" />
        </div>
        {[0, 1, 2].map((i) => (
          <div key={i} className="flex gap-6 border-t border-line px-4 py-3.5">
            <Skeleton className="h-4 w-1/4" />
            <Skeleton className="h-4 w-1/6" />
            <Skeleton className="h-4 w-1/5" />
            <Skeleton className="ml-auto h-4 w-16" />
          </div>
        ))}
      </div>
    </SkeletonPage>
  );
}
