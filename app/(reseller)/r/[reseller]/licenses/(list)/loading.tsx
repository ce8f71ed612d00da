import { getTranslations } from "next-intl/server";
import { TablePageSkeleton } from "@/components/shell/skeletons";

/** Gathering licenses from every workspace may take a moment (seed 004 says so): say so. */
export default async function Loading() {
  const t = await getTranslations("reseller.licenses");
  return (
    <div>
      <p className="mb-4 rounded-md border border-info-ink/20 bg-info-soft px-3 py-2 text-sm text-info-ink" role="status">
        {t("loadingNote")}
      </p>
      <TablePageSkeleton />
    </div>
  );
}
