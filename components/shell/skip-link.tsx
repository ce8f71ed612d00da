import { getTranslations } from "next-intl/server";

/** The first stop of the Tab key on every console page: straight to `<main id="main">`. */
export async function SkipLink() {
  const t = await getTranslations("common");
  return (
    <a
      href="#main"
      className="sr-only z-50 rounded-md bg-surface px-3 py-2 text-sm font-medium text-brand-ink shadow-overlay focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
    >
      {t("skipToContent")}
    </a>
  );
}
