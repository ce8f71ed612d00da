import { and, eq, isNull } from "drizzle-orm";
import { accounts, type Order } from "@/db/schema";
import type { Tx } from "@/db/scope";
import { localDate } from "@/lib/clock/rules";
import { formatCalendarDate, formatMoney, formatNumber } from "@/lib/format";
import type { Translator } from "@/lib/i18n/translate";
import type { LapseReason } from "@/lib/licenses/term-rules";
import { queueMail } from "@/lib/mail";
import type { PaymentConfirmation } from "@/lib/payments";
import { addDays } from "@/lib/renewal/window";
import { memberEmails } from "@/lib/workspaces/people";
import type { OrderKind, Quote } from "./rules";

/**
 * The e-mails of an order's life: confirmed when placed, receipted when paid, told when it
 * lapsed. Each is composed in the reader's language with the workspace's formats.
 */

type MailWs = { id: string; name: string; timeZone: string; locale: string };

/**
 * The people an order's e-mails go to: whoever ordered it (if a person who can still sign in) and
 * the supervisors. Empty when an API token ordered in a workspace without a supervisor: then no
 * mail is written rather than the order failing.
 */
async function orderRecipients(tx: Tx, workspaceId: string, orderedBy: string | null): Promise<string[]> {
  const orderer = orderedBy
    ? await tx
        .select({ email: accounts.email })
        .from(accounts)
        .where(and(eq(accounts.id, orderedBy), eq(accounts.kind, "person"), isNull(accounts.disabledAt)))
    : [];
  return [...orderer.map((r) => r.email), ...(await memberEmails(tx, workspaceId, ["supervisor"]))];
}

type MailedOrder = {
  number: string;
  purchaseOrder: string | null;
  productName: string;
  kind: OrderKind;
  quantity: number;
  amountMinor: number;
  currency: string;
  termStart: string;
  termEnd: string;
};

/** The order's lines of every order e-mail, in the reader's language with the workspace's formats. */
function orderLines(t: Translator, ws: Pick<MailWs, "locale">, o: MailedOrder, extra: string[] = []) {
  const last = formatCalendarDate(addDays(o.termEnd, -1), ws.locale, "long");
  return [
    t("mail.order.line", { number: o.number, kind: o.kind }),
    ...(o.purchaseOrder ? [t("mail.order.purchaseOrder", { po: o.purchaseOrder })] : []),
    t("mail.order.product", { product: o.productName }),
    t("mail.order.quantity", { count: o.quantity, quantity: formatNumber(o.quantity, ws.locale) }),
    t("mail.order.amount", { amount: formatMoney(o.amountMinor, o.currency, ws.locale) }),
    t("mail.order.term", { from: formatCalendarDate(o.termStart, ws.locale, "long"), until: last }),
    ...extra,
  ];
}

/** The values of an order e-mail's subject: "<number> (your PO …): <quantity> × <product>". */
function subjectValues(ws: Pick<MailWs, "locale">, o: { number: string; purchaseOrder: string | null; quantity: number }, product: string) {
  return { number: o.number, hasPo: o.purchaseOrder ? "yes" : "no", po: o.purchaseOrder ?? "", quantity: formatNumber(o.quantity, ws.locale), product };
}

function mailedOrder(order: Order, productName: string, timeZone: string): MailedOrder {
  const start = order.termStart ?? order.createdAt;
  return {
    number: order.number,
    purchaseOrder: order.purchaseOrder,
    productName,
    kind: order.kind,
    quantity: order.quantity,
    amountMinor: order.amountMinor,
    currency: order.currency,
    termStart: localDate(start, timeZone),
    termEnd: localDate(order.termEnd ?? new Date(start.getTime() + 365 * 86_400_000), timeZone),
  };
}

/** "Every order is confirmed by e-mail" (seed 003): the price rule's figures, proration included. */
export async function mailOrderConfirmation(
  tx: Tx,
  ws: MailWs & { currency: string },
  order: Order,
  q: Pick<Quote, "unitAmountMinor" | "offerName" | "chargedDays" | "yearDays"> & { productName: string },
): Promise<void> {
  const prorated = q.chargedDays < q.yearDays;
  const to = await orderRecipients(tx, ws.id, order.createdBy);
  if (to.length > 0) await queueMail(tx, ws.id, {
    kind: "order.confirmation",
    to,
    compose: (t) => ({
      subject: t("mail.orderConfirmation.subject", subjectValues(ws, order, q.productName)),
      text: [
        t("mail.orderConfirmation.intro", { workspace: ws.name }),
        "",
        ...orderLines(t, ws, mailedOrder(order, q.productName, ws.timeZone), [
          t("mail.orderConfirmation.unitPrice", {
            price: formatMoney(q.unitAmountMinor, ws.currency, ws.locale),
            hasOffer: q.offerName ? "yes" : "no",
            offer: q.offerName ?? "",
          }),
          ...(prorated ? [t("mail.orderConfirmation.prorated", { charged: q.chargedDays, days: q.yearDays })] : []),
        ]),
        "",
        t("mail.orderConfirmation.outcome", { kind: order.kind }),
      ].join("\n"),
    }),
  });
}

/** The receipt once the payment provider confirmed the order's payment. */
export async function mailOrderPaid(
  tx: Tx,
  ws: MailWs,
  order: Order,
  productName: string,
  confirmation: Pick<PaymentConfirmation, "provider" | "reference">,
): Promise<void> {
  const to = await orderRecipients(tx, ws.id, order.createdBy);
  if (to.length > 0) await queueMail(tx, ws.id, {
    kind: "order.paid",
    to,
    compose: (t) => ({
      subject: t("mail.orderPaid.subject", subjectValues(ws, order, productName)),
      text: [
        t("mail.orderPaid.intro", { workspace: ws.name }),
        "",
        ...orderLines(t, ws, mailedOrder(order, productName, ws.timeZone), [
          t("mail.orderPaid.paid", {
            amount: formatMoney(order.amountMinor, order.currency, ws.locale),
            provider: confirmation.provider,
            reference: confirmation.reference,
          }),
        ]),
        "",
        t("mail.orderPaid.outcome", { kind: order.kind }),
      ].join("\n"),
    }),
  });
}

/** An unpaid order whose term can no longer start has lapsed: why. */
export async function mailOrderLapsed(tx: Tx, ws: MailWs, o: Order, productName: string, reason: LapseReason): Promise<void> {
  const to = await orderRecipients(tx, ws.id, o.createdBy);
  if (to.length > 0) await queueMail(tx, ws.id, {
    kind: "order.lapsed",
    to,
    compose: (t) => ({
      subject: t("mail.orderLapsed.subject", subjectValues(ws, o, productName)),
      text: [
        t("mail.orderLapsed.intro", { workspace: ws.name }),
        "",
        ...orderLines(t, ws, mailedOrder(o, productName, ws.timeZone)),
        "",
        t("apiErrors.order_lapsed", { reason }),
      ].join("\n"),
    }),
  });
}
