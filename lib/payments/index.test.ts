import { describe, expect, it } from "vitest";
import type { Tx } from "@/db/scope";
import { ManualPaymentProvider, paymentProvider } from "./index";

const order = { id: "0b6f6a52-1111-4c3e-9d5e-000000000001", workspaceId: "w", amountMinor: 354970, currency: "PLN", description: "3 × Studio" };
const tx = {} as Tx; // the manual provider touches no table

describe("ManualPaymentProvider", () => {
  it("creates a pending payment named after the order", async () => {
    expect(await new ManualPaymentProvider().createPayment(tx, order)).toEqual({ provider: "manual", reference: `manual:${order.id}`, status: "pending" });
  });

  it("confirms the full amount in the order's currency, recording who confirmed", async () => {
    expect(await new ManualPaymentProvider().confirm(tx, order, { confirmedBy: "acc-1" })).toEqual({
      provider: "manual",
      reference: `manual:${order.id}`,
      confirmedBy: "acc-1",
      amountMinor: 354970,
      currency: "PLN",
    });
  });

  it("is the provider orders use today", () => {
    expect(paymentProvider.name).toBe("manual");
  });
});
