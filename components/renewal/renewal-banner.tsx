import type { ReactNode } from "react";
import Link from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import { formatCalendarDate } from "@/lib/format";
import type { RenewalBanner as Banner, RenewalWindow } from "@/lib/renewal/window";

const TONE: Record<Banner["kind"], string> = {
  windowOpen: "border-info-ink/25 bg-info-soft text-info-ink",
  fullRenewal: "border-success-ink/25 bg-success-soft text-success-ink",
  partialBeforeAnniversary: "border-warning-line bg-warning-soft text-warning-ink",
  partialAfterAnniversary: "border-danger-ink/25 bg-danger-soft text-danger-ink",
  noRenewal: "border-danger-ink/25 bg-danger-soft text-danger-ink",
};

const linkClass = "font-semibold underline underline-offset-2 hover:no-underline";

/**
 * The banner of the workspace's renewal situation (seed 003), on top of Overview, Products and a
 * product's page: what is the case, what to do, and a link to where to do it.
 */
export function RenewalBanner({
  banner,
  window,
  base,
  locale,
  productId,
  action,
  canOrder,
}: {
  banner: Banner | null;
  window: RenewalWindow | null;
  /** /w/<slug> */
  base: string;
  locale: string;
  /** On a product's page: link to its own users instead of the Products tab. */
  productId?: string;
  /** A control beside the links, e.g. the product page's order dialog for the remaining licenses. */
  action?: ReactNode;
  /** Whether the reader may order (a viewer may not): else the banner leads to who needs renewal, not to ordering. */
  canOrder: boolean;
}) {
  const t = useTranslations("renewal.banner");
  if (!banner) return null;
  const date = (iso: string | undefined) => (iso ? formatCalendarDate(iso, locale, "long") : "");
  const values = {
    seats: banner.seatsShort,
    products: banner.kind === "noRenewal" ? banner.productsLapsed : banner.productsShort,
    anniversary: date(window?.anniversary),
    closes: date(window?.closesOn),
  };
  const toRenew = productId ? `${base}/products/${productId}` : banner.firstShortProductId && banner.productsShort === 1 ? `${base}/products/${banner.firstShortProductId}` : `${base}/products?status=needsRenewal`;
  const requiresRenewal = productId
    ? `${base}/products/${productId}?view=requiresRenewal`
    : banner.firstShortProductId && banner.productsShort === 1
      ? `${base}/products/${banner.firstShortProductId}?view=requiresRenewal`
      : `${base}/products?status=needsRenewal`;

  let body: string;
  let links: { href: string; label: string }[];
  switch (banner.kind) {
    case "windowOpen":
      body = banner.afterAnniversary ? t("windowOpen.bodyAfter", values) : t("windowOpen.body", values);
      links = [{ href: toRenew, label: t("windowOpen.action") }];
      break;
    case "fullRenewal":
      body = t("fullRenewal.body");
      links = productId ? [] : [{ href: `${base}/products`, label: t("fullRenewal.action") }];
      break;
    case "partialBeforeAnniversary":
      body = canOrder ? t("partialBeforeAnniversary.body", values) : t("partialBeforeAnniversary.bodyViewer", values);
      links = canOrder
        ? [{ href: toRenew, label: t("partialBeforeAnniversary.action") }]
        : [{ href: requiresRenewal, label: t("partialAfterAnniversary.secondary") }];
      break;
    case "partialAfterAnniversary":
      body = canOrder ? t("partialAfterAnniversary.body", values) : t("partialAfterAnniversary.bodyViewer", values);
      links = [
        ...(canOrder ? [{ href: toRenew, label: t("partialAfterAnniversary.action") }] : []),
        { href: requiresRenewal, label: t("partialAfterAnniversary.secondary") },
      ];
      break;
    case "noRenewal":
      body = t("noRenewal.body", values);
      links = productId ? [] : [{ href: `${base}/products?status=noRenewal`, label: t("noRenewal.action") }];
      break;
  }
  // On a product page the order link points at the page itself: keep only what leads elsewhere.
  if (productId) links = links.filter((l) => l.href !== `${base}/products/${productId}`);

  return (
    <section aria-label={t("label")} data-banner={banner.kind} className={cn("mb-6 flex gap-3 rounded-lg border px-4 py-3.5", TONE[banner.kind])}>
      <svg viewBox="0 0 20 20" className="mt-0.5 size-5 shrink-0" fill="currentColor" aria-hidden="true">
        {banner.kind === "fullRenewal" ? (
          <path d="M10 2a8 8 0 1 0 0 16 8 8 0 0 0 0-16Zm3.53 5.97a.75.75 0 0 1 0 1.06l-4 4a.75.75 0 0 1-1.06 0l-2-2a.75.75 0 1 1 1.06-1.06L9 11.44l3.47-3.47a.75.75 0 0 1 1.06 0Z" />
        ) : (
          <path d="M10 2a8 8 0 1 0 0 16 8 8 0 0 0 0-16Zm.75 4v5h-1.5V6h1.5Zm0 6.5V14h-1.5v-1.5h1.5Z" />
        )}
      </svg>
      <div className="flex flex-col gap-1 text-sm">
        <h2 className="font-semibold">{t(`${banner.kind}.title`)}</h2>
        <p>
          {body}
          {banner.daysLeft !== null && banner.kind !== "fullRenewal" ? <> {t("daysLeft", { days: banner.daysLeft })}</> : null}
        </p>
        {links.length || action ? (
          <div className="mt-1 flex flex-wrap items-center gap-x-5 gap-y-1">
            {action}
            {links.map((l) => (
              <Link key={l.label} href={l.href} className={linkClass}>
                {l.label}
              </Link>
            ))}
          </div>
        ) : null}
      </div>
    </section>
  );
}
