import type { ReactNode } from "react";
import { cn } from "./cn";

/** A white panel with an optional heading row; `titleId` lets a section be labelled by it. */
export function Card({
  title,
  titleId,
  description,
  actions,
  className,
  bodyClassName,
  children,
  as: Tag = "section",
}: {
  title?: ReactNode;
  titleId?: string;
  description?: ReactNode;
  actions?: ReactNode;
  className?: string;
  bodyClassName?: string;
  children: ReactNode;
  as?: "section" | "div";
}) {
  return (
    <Tag className={cn("rounded-lg border border-line bg-surface shadow-card", className)} aria-labelledby={title && titleId ? titleId : undefined}>
      {title ? (
        <div className="flex flex-wrap items-start justify-between gap-3 border-b border-line px-5 py-3.5">
          <div>
            <h2 id={titleId} className="text-base font-semibold text-ink">
              {title}
            </h2>
            {description ? <p className="mt-0.5 text-sm text-muted">{description}</p> : null}
          </div>
          {actions}
        </div>
      ) : null}
      <div className={bodyClassName ?? "px-5 py-4"}>{children}</div>
    </Tag>
  );
}
