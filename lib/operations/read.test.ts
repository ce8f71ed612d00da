import { describe, expect, it, vi } from "vitest";

const withScope = vi.hoisted(() => vi.fn());
vi.mock("@/db/scope", () => ({ withScope }));

const { defineRead, runReads } = await import("./read");

const admitted: string[] = [];
const room = (name: string) => ({
  scope: () => ({ kind: "publisher" as const, publisherId: name }),
  admit: (_: unknown, read: { resource: string }) => void admitted.push(`${name}:${read.resource}`),
});

describe("runReads", () => {
  it("refuses reads of two rooms before any check or transaction", async () => {
    const a = defineRead<void, number, unknown>({ name: "a", room: room("one"), resource: "products", run: async () => 1 });
    const b = defineRead<void, number, unknown>({ name: "b", room: room("two"), resource: "users", run: async () => 2 });
    await expect(runReads({}, a, b)).rejects.toThrow("runReads: b belongs to another room than a");
    expect(admitted).toEqual([]);
    expect(withScope).not.toHaveBeenCalled();
  });
});
