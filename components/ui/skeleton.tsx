import { cn } from "./cn";

/** A grey placeholder block; wrap a group of them in <LoadingRegion> so the wait is announced. */
export function Skeleton({ className }: { className?: string }) {
  return <div aria-hidden="true" className={cn("animate-pulse rounded-md bg-line/70", className)} />;
}

/** A region that tells assistive tech it is loading while its skeletons show. */
export function LoadingRegion({ label, className, children }: { label: string; className?: string; children: React.ReactNode }) {
  return (
    <div role="status" aria-live="polite" aria-busy="true" className={className}>
      <span className="sr-only">{label}</span>
      {children}
    </div>
  );
}
