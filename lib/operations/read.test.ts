import { describe, expect, it, vi } from "vitest";
import type { Room } from "./read";

const withScope = vi.hoisted(() => vi.fn());
vi.mock("@/db/scope", () => ({ withScope }));

const { defineRead, runReads } = await import("./read");

const admitted: string[] = [];
const room = (name: string): Room<unknown> => ({
  scope: () => ({ kind: "publisher", accountId: name }),
  admit: (_, read) => void admitted.push(`${name}:${read.resource}`),
});

describe("runReads", () => {
  it("refuses reads of two rooms before any check or transaction", async () => {
    const a = defineRead<void, number, unknown>({ name: "a", room: room("one"), resource: "product", run: async () => 1 });
    const b = defineRead<void, number, unknown>({ name: "b", room: room("two"), resource: "directory_user", run: async () => 2 });
    await expect(runReads({}, a, b)).rejects.toThrow("runReads: b belongs to another room than a");
    expect(admitted).toEqual([]);
    expect(withScope).not.toHaveBeenCalled();
  });
});
