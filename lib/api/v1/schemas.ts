import { z } from "zod";
import { TEMPLATE_NAMES } from "@/lib/sandboxes/templates";

/** Response shapes: documentation of what the endpoints return (ISO strings for every moment). */
export const timestamp = z.iso.datetime({ offset: true });
export const uuid = z.uuid();

export const errorSchema = z
  .object({
    error: z.object({
      code: z.string().describe("Stable machine-readable code, e.g. not_found, validation_failed, forbidden."),
      message: z.string().describe("A sentence for people."),
      details: z.unknown().optional().describe("For validation errors: {fieldErrors, formErrors}."),
    }),
  })
  .meta({ id: "Error" });

export const workspaceSchema = z
  .object({
    id: uuid,
    slug: z.string(),
    name: z.string(),
    country: z.string(),
    currency: z.string(),
    locale: z.string(),
    timeZone: z.string(),
    isSandbox: z.boolean(),
    role: z.enum(["supervisor", "admin", "viewer"]).describe("The caller's role in this workspace."),
  })
  .meta({ id: "Workspace" });

export const directoryUserSchema = z
  .object({ id: uuid, name: z.string(), email: z.string(), createdAt: timestamp })
  .meta({ id: "DirectoryUser" });

/** A product's seat figures: the same shape and values as the Overview, Products and product page show. */
export const seatsSchema = z
  .object({
    used: z
      .number()
      .int()
      .describe(
        "Seats in use now, by the product's licensing model: per user, the users holding a seat; per device, the devices running " +
          "a license of it (a macOS device waiting to switch counts once, on the license it runs); per host, the host activations.",
      ),
    purchased: z
      .number()
      .int()
      .describe("What `used` is compared with (\"used/purchased\"): inside the renewal window the seats renewed for the coming term, otherwise `purchasedThisTerm`."),
    purchasedThisTerm: z.number().int().describe("Paid seats of the current term."),
    renewed: z.number().int().describe("Seats bought for the coming term (renewal orders)."),
    needsRenewal: z.number().int().describe("Seats in use not yet renewed, max(0, used − renewed), inside the renewal window; 0 outside it."),
    paymentRequired: z.number().int().describe("Seats ordered through Add licenses / Add products and not yet paid, inside the window or not."),
    noAccess: z.number().int().describe("Users who lost access because the seats they held were not paid for or not renewed when the window closed."),
  })
  .meta({ id: "Seats" });

export const productSchema = z
  .object({
    id: uuid,
    sku: z.string(),
    name: z.string(),
    publisher: z.string(),
    licensingModel: z.enum(["per_user", "per_device", "per_host"]),
    features: z.array(z.string()),
    seats: seatsSchema,
  })
  .meta({ id: "Product" });

export const assignmentSchema = z
  .object({ userId: uuid, productId: uuid, assignedAt: timestamp.nullable(), changed: z.boolean().describe("False when nothing had to change.") })
  .meta({ id: "AssignmentResult" });

export const orderSchema = z
  .object({
    id: uuid,
    number: z.string().describe("Per-workspace order number: LC-<year placed>-<sequence>, e.g. LC-2026-000123."),
    purchaseOrder: z.string().nullable().describe("The customer's own purchase-order reference, printed in the order's e-mails."),
    productId: uuid,
    productName: z.string(),
    kind: z.enum(["add_licenses", "add_products", "renewal"]),
    quantity: z.number().int(),
    amountMinor: z.number().int().describe("Total in the currency's minor unit."),
    currency: z.string(),
    status: z
      .enum(["unpaid", "paid", "cancelled", "lapsed"])
      .describe("unpaid orders count as payment required (renewals: not yet renewed) until paid; cancelled by a supervisor; lapsed: unpaid when its term could no longer start."),
    lapseReason: z.enum(["window_closed", "term_ended", "subscription_ended"]).nullable().describe("Why a lapsed order can no longer be paid."),
    termStart: timestamp.nullable().describe("Start of the term the seats are bought for (workspace-local midnight)."),
    termEnd: timestamp.nullable().describe("End of that term, exclusive: the contract's anniversary."),
    createdAt: timestamp,
    paidAt: timestamp.nullable(),
  })
  .meta({ id: "Order" });

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe("A workspace-local calendar date.");

export const quoteSchema = z
  .object({
    productId: uuid,
    productName: z.string(),
    kind: z.enum(["add_licenses", "add_products", "renewal"]),
    quantity: z.number().int(),
    currency: z.string(),
    unitAmountMinor: z.number().int().describe("Per seat per year after any special offer valid today, minor units."),
    listUnitAmountMinor: z.number().int().describe("The list price per seat per year, minor units."),
    offerName: z.string().nullable().describe("The special offer applied, if any."),
    termStart: isoDate,
    termEnd: isoDate.describe("Exclusive: the contract's anniversary."),
    chargedDays: z.number().int().describe("Days charged: to the anniversary for added seats (pro rata), the whole year for a renewal."),
    yearDays: z.number().int(),
    amountMinor: z.number().int().describe("quantity × unit × chargedDays / yearDays, rounded half up once to a minor unit."),
    contractId: uuid.nullable(),
  })
  .meta({ id: "OrderQuote" });

export const clockSchema = z.object({ now: timestamp, testClock: z.boolean() }).meta({ id: "Clock" });

export const tokenSchema = z
  .object({
    id: uuid,
    name: z.string(),
    role: z.enum(["supervisor", "admin", "viewer"]),
    prefix: z.string(),
    createdAt: timestamp,
    createdBy: z
      .object({ id: uuid, name: z.string() })
      .nullable()
      .describe("Who issued it: a console account, or the account behind another token; null when not recorded or no longer visible from this workspace."),
    lastUsedAt: timestamp.nullable().describe("Last authenticated request, to the minute."),
    expiresAt: timestamp.nullable(),
    revokedAt: timestamp.nullable(),
  })
  .meta({ id: "ApiToken" });

export const issuedTokenSchema = z
  .object({
    id: uuid,
    name: z.string(),
    role: z.enum(["supervisor", "admin", "viewer"]),
    prefix: z.string(),
    token: z
      .string()
      .nullable()
      .describe("The secret, in the first answer only; only its hash is stored. Null when an Idempotency-Key replay answers: revoke the token and create another if the first answer was lost."),
    createdAt: timestamp,
    expiresAt: timestamp.nullable(),
  })
  .meta({ id: "IssuedApiToken" });

export const sandboxSchema = z
  .object({
    workspace: z.object({ id: uuid, slug: z.string(), name: z.string(), country: z.string(), currency: z.string(), timeZone: z.string() }),
    template: z.enum(TEMPLATE_NAMES),
    description: z.string(),
    token: issuedTokenSchema,
    signIn: z.object({ email: z.string(), password: z.string() }).describe("The supervisor's sign-in for the browser."),
    signIns: z
      .object({
        supervisor: z.object({ email: z.string(), password: z.string() }),
        admin: z.object({ email: z.string(), password: z.string() }),
        viewer: z.object({ email: z.string(), password: z.string() }),
      })
      .describe("One browser sign-in per role."),
    publisherSignIns: z
      .array(z.object({ publisher: z.string().describe("Publisher slug: its console is /p/{publisher}."), name: z.string(), email: z.string(), password: z.string() }))
      .describe("Staff sign-ins of publishers made for this sandbox only (templates with reset requests); empty otherwise."),
    clock: z.object({ now: timestamp }),
    expiresAt: timestamp,
  })
  .meta({ id: "Sandbox" });

export const page = <T extends z.ZodType>(item: T) =>
  z.object({ data: z.array(item), nextCursor: z.string().nullable().describe("Pass as ?cursor= for the next page; null at the end.") });
