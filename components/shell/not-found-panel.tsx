import Link from "@/components/ui/link";
import type { ReactNode } from "react";
import { buttonClass } from "@/components/ui/button";

/** The friendly 404: says little (never whether something exists elsewhere) and offers a way on. */
export function NotFoundPanel({ title, body, href, linkLabel }: { title: ReactNode; body: ReactNode; href: string; linkLabel: ReactNode }) {
  return (
    <div className="mx-auto flex max-w-md flex-col items-center py-16 text-center">
      <p className="text-sm font-semibold tracking-widest text-brand uppercase" aria-hidden="true">
        404
      </p>
      <h1 className="mt-2 text-2xl font-semibold text-ink">{title}</h1>
      <p className="mt-2 text-sm text-muted">{body}</p>
      <Link href={href} className={buttonClass("primary", "md", "mt-6")}>
        {linkLabel}
      </Link>
    </div>
  );
}
