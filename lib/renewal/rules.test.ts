import { describe, expect, it } from "vitest";
import { nextAnniversary, previewUnassign, requiresRenewalList, windowCloseDay, windowClosePlan } from "./rules";

describe("windowClosePlan", () => {
  it("takes access from as many users as seats were not renewed (50 used, 45 renewed)", () => {
    expect(windowClosePlan({ used: 50, renewed: 45 })).toEqual({ lose: 5, usedAfter: 45, renewed: 45, purchasedAfter: 45, noRenewal: false });
  });
  it("takes nothing when everything, or more, was renewed", () => {
    expect(windowClosePlan({ used: 60, renewed: 70 })).toEqual({ lose: 0, usedAfter: 60, renewed: 70, purchasedAfter: 70, noRenewal: false });
    expect(windowClosePlan({ used: 45, renewed: 45 })).toMatchObject({ lose: 0, usedAfter: 45 });
  });
  it("ends the subscription when nothing was renewed", () => {
    expect(windowClosePlan({ used: 12, renewed: 0 })).toEqual({ lose: 12, usedAfter: 0, renewed: 0, purchasedAfter: 0, noRenewal: true });
  });
  it("keeps the paid seats of licenses outside the contract, and the users they cover (oracle seed 13)", () => {
    expect(windowClosePlan({ used: 50, renewed: 45 }, 3)).toEqual({ lose: 2, usedAfter: 48, renewed: 45, purchasedAfter: 48, noRenewal: false });
    expect(windowClosePlan({ used: 5, renewed: 0 }, 3)).toEqual({ lose: 2, usedAfter: 3, renewed: 0, purchasedAfter: 3, noRenewal: true });
  });
  it("never leaves more users than paid seats", () => {
    for (let used = 0; used < 30; used++) {
      for (let renewed = 0; renewed < 30; renewed++) {
        const p = windowClosePlan({ used, renewed });
        expect(p.usedAfter).toBeLessThanOrEqual(p.purchasedAfter);
        expect(p.usedAfter + p.lose).toBe(used);
      }
    }
  });
});

describe("calendar", () => {
  it("moves the anniversary a year on, 29 February to 28 February", () => {
    expect(nextAnniversary("2026-03-14")).toBe("2027-03-14");
    expect(nextAnniversary("2028-02-29")).toBe("2029-02-28");
    expect(nextAnniversary("2027-02-28")).toBe("2028-02-28");
  });
  it("closes the window at the start of the day after its last day", () => {
    expect(windowCloseDay("2026-12-20", 30)).toBe("2027-01-20");
    expect(windowCloseDay("2026-02-27", 1)).toBe("2026-03-01");
  });
});

describe("the Requires renewal list (seed 003)", () => {
  const at = (day: number) => new Date(Date.UTC(2026, 0, day));
  // u1 assigned first ... u8 last; u6 and u7 share a moment (ids decide: "a7" > "a6").
  const live = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => ({ id: `a${n}`, userId: `u${n}`, assignedAt: at(n === 7 ? 6 : n) }));
  const ids = (xs: { userId: string }[]) => xs.map((x) => x.userId);
  /** The preview over every live assignment, with 8 used and 5 purchased (shortage 3) unless told. */
  const preview = (selected: string[], list = live, shortage = 3) =>
    previewUnassign(list, shortage, new Set(selected), list.filter((a) => selected.includes(a.userId)).length);

  it("holds the N most recently assigned users, the oldest of them first", () => {
    expect(ids(requiresRenewalList(live, 3))).toEqual(["u6", "u7", "u8"]);
    expect(ids(requiresRenewalList(live, 0))).toEqual([]);
    expect(ids(requiresRenewalList(live, 20))).toHaveLength(8);
  });

  it("breaks ties in assigned-at by the assignment id, whatever the input order", () => {
    const shuffled = [live[6], live[0], live[5], live[7], live[3], live[1], live[4], live[2]];
    expect(ids(requiresRenewalList(shuffled, 2))).toEqual(["u7", "u8"]);
    const tie = [
      { id: "b", userId: "x", assignedAt: at(1) },
      { id: "a", userId: "y", assignedAt: at(1) },
    ];
    expect(ids(requiresRenewalList(tie, 1))).toEqual(["x"]);
    expect(ids(requiresRenewalList([...tie].reverse(), 1))).toEqual(["x"]);
  });

  it("unassigning a listed user removes that user from the list", () => {
    const p = preview(["u7"]);
    expect([p.shortageBefore, p.shortageAfter]).toEqual([3, 2]);
    expect(ids(p.listAfter)).toEqual(["u6", "u8"]);
    expect(ids(p.leavingList)).toEqual(["u7"]);
  });

  it("unassigning a user who is not listed drops the list's first user", () => {
    const p = preview(["u2"]);
    expect(ids(p.listBefore)).toEqual(["u6", "u7", "u8"]);
    expect(ids(p.listAfter)).toEqual(["u7", "u8"]);
    expect(ids(p.leavingList)).toEqual(["u6"]);
    // And so on with each further unassignment, until the flag disappears at zero shortage.
    const q = preview(["u2", "u1", "u8"]);
    expect(q.shortageAfter).toBe(0);
    expect(ids(q.listAfter)).toEqual([]);
    expect(ids(q.leavingList)).toEqual(["u6", "u7", "u8"]);
  });

  it("unassigning 2 listed and 1 unlisted of a shortage of 5 leaves 2 on the list", () => {
    const ten = Array.from({ length: 10 }, (_, i) => ({ id: `a${i + 10}`, userId: `v${i + 10}`, assignedAt: at(i + 1) }));
    const p = preview(["v19", "v17", "v10"], ten, 5);
    expect(ids(p.listBefore)).toEqual(["v15", "v16", "v17", "v18", "v19"]);
    expect(ids(p.listAfter)).toEqual(["v16", "v18"]);
    expect(p.shortageAfter).toBe(2);
  });

  it("never goes below zero shortage", () => {
    const p = preview(["nobody", "u1"], live, 0);
    expect([p.shortageBefore, p.shortageAfter]).toEqual([0, 0]);
    expect(p.listBefore).toEqual([]);
  });

  it("gives the same answer from only the `shortage` most recent assignments", () => {
    for (const selected of [["u2"], ["u8", "u1"], ["u6", "u7", "u3"], []]) {
      const k = live.filter((a) => selected.includes(a.userId)).length;
      const top = [...live].sort((a, b) => (a.assignedAt < b.assignedAt ? 1 : a.assignedAt > b.assignedAt ? -1 : a.id < b.id ? 1 : -1)).slice(0, 3);
      expect(previewUnassign(top, 3, new Set(selected), k)).toEqual(preview(selected));
    }
  });
});
