import type { Metadata } from "next";
import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import { HydrationMark } from "@/components/shell/hydration-mark";
import { Toaster } from "@/components/ui/toast";
import { clientMessages } from "@/lib/i18n/client-messages";
import "./globals.css";

// Every page is rendered per request: the Content-Security-Policy nonce (proxy.ts) is new each
// time, and a page prerendered at build time would carry none, so its scripts would not run.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("app");
  return { title: { default: t("name"), template: `%s · ${t("name")}` }, description: t("description") };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, messages] = await Promise.all([getLocale(), getMessages()]);
  return (
    <html lang={locale}>
      <body className="min-h-dvh">
        <NextIntlClientProvider messages={clientMessages(messages)}>
          {children}
          <Toaster />
          <HydrationMark />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
