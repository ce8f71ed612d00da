import NextLink from "next/link";
import type { ComponentProps } from "react";

/**
 * The console's link: a client-side navigation that fetches the page when it is followed, not
 * before. Every console page is dynamic (per-request CSP nonce, workspace data), so Next's
 * default prefetch rendered each visible link's page on the server as soon as it scrolled into
 * view: 24 full renders per Overview visit (measured with a browser trace, 2026-12-02), more on
 * lists with a link per row. A link may still opt in with `prefetch`.
 */
export default function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}
