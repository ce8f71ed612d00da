import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { LoadingRegion, Skeleton } from "@/components/ui/skeleton";

/** A page in grey while it loads: its heading (title, line of context; widths as the page has them) over `children`. */
export async function SkeletonPage({ titleWidth, subtitleWidth, children }: { titleWidth: string; subtitleWidth: string; children: ReactNode }) {
  const t = await getTranslations("common");
  return (
    <LoadingRegion label={t("loading")}>
      <Skeleton className={`h-8 ${titleWidth}`} />
      <Skeleton className={`mt-2 mb-6 h-4 ${subtitleWidth}`} />
      {children}
    </LoadingRegion>
  );
}

/** A tab with a data table, in grey, while its first page loads. */
export function TablePageSkeleton({ withAction = false }: { withAction?: boolean }) {
  return (
    <SkeletonPage titleWidth="w-48" subtitleWidth="w-80">
      <div className="mb-4 flex justify-between gap-4">
        <Skeleton className="h-9 w-72" />
        {withAction ? <Skeleton className="h-9 w-28" /> : null}
      </div>
      <div className="overflow-hidden rounded-lg border border-line bg-surface shadow-card">
        <div className="border-b border-line bg-subtle px-4 py-3.5">
          <Skeleton className="h-3 w-2/3" />
        </div>
        {Array.from({ length: 8 }, (_, i) => (
          <div key={i} className="flex gap-6 border-b border-line px-4 py-3.5 last:border-b-0">
            <Skeleton className="h-4 w-1/4" />
            <Skeleton className="h-4 w-1/5" />
            <Skeleton className="h-4 w-1/6" />
            <Skeleton className="ml-auto h-4 w-12" />
          </div>
        ))}
      </div>
    </SkeletonPage>
  );
}

/** The Overview's cards, in grey. */
export function OverviewSkeleton() {
  return (
    <SkeletonPage titleWidth="w-40" subtitleWidth="w-64">
      <div className="mb-6 grid gap-4 sm:grid-cols-3">
        {[0, 1, 2].map((i) => (
          <div key={i} className="rounded-lg border border-line bg-surface px-5 py-4 shadow-card">
            <Skeleton className="h-4 w-24" />
            <Skeleton className="mt-2 h-7 w-12" />
          </div>
        ))}
      </div>
      <div className="mb-6 grid gap-6 lg:grid-cols-3">
        <div className="rounded-lg border border-line bg-surface p-5 shadow-card lg:col-span-2">
          <Skeleton className="h-5 w-48" />
          <div className="mt-5 grid gap-4 sm:grid-cols-3">
            {[0, 1, 2].map((i) => (
              <Skeleton key={i} className="h-16" />
            ))}
          </div>
        </div>
        <div className="rounded-lg border border-line bg-surface p-5 shadow-card">
          <Skeleton className="h-5 w-32" />
          {[0, 1, 2, 3].map((i) => (
            <Skeleton key={i} className="mt-3 h-4 w-full" />
          ))}
        </div>
      </div>
      <div className="rounded-lg border border-line bg-surface p-5 shadow-card">
        <Skeleton className="h-5 w-40" />
        {[0, 1, 2].map((i) => (
          <Skeleton key={i} className="mt-4 h-8 w-full" />
        ))}
      </div>
    </SkeletonPage>
  );
}
