"use client";

import { useId, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { sendSeat, type SeatAction } from "@/components/seats/send-seat";
import { newIdempotencyKey } from "@/components/ui/idempotency-key";
import { UnassignDialog } from "@/components/unassign/unassign-dialog";
import { useWorkspace } from "@/components/workspace/workspace-context";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Select } from "@/components/ui/select";
import { notify } from "@/components/ui/toast";

export type LicensedProduct = { id: string; name: string; free: number };
type User = { id: string; name: string; products: { id: string; name: string }[] };

/**
 * A user's products: what they hold (each with Unassign, its effect shown first) and a product to assign.
 * Both go through the lib/seats operations (the API's), so seat figures move in the same
 * transaction and a full product answers with its reason.
 */
/** The row's button; the dialog itself lives once beside the table (see UserProductsDialog). */
export function UserProductsButton({ user, onOpen }: { user: Pick<User, "id" | "name">; onOpen: (userId: string) => void }) {
  const t = useTranslations("usersAssign");
  return (
    <Button variant="secondary" size="sm" onClick={() => onOpen(user.id)} aria-haspopup="dialog" aria-label={t("manageFor", { name: user.name })}>
      {t("manage")}
    </Button>
  );
}

/**
 * One dialog for the table, outside its cells: the rows re-render with fresh data after each
 * change (revalidation), and the dialog must stay open and show what the user holds now.
 */
export function UserProductsDialog({
  user,
  licensed,
  assign,
  onClose,
}: {
  user: User | null;
  licensed: LicensedProduct[];
  assign: SeatAction;
  onClose: () => void;
}) {
  const t = useTranslations("usersAssign");
  const [busy, setBusy] = useState(false);
  return (
    <Dialog open={user !== null} onClose={onClose} title={user ? t("title", { name: user.name }) : ""} description={t("description")} busy={busy} className="text-left">
      {user ? <UserProducts key={user.id} user={user} licensed={licensed} assign={assign} onBusy={setBusy} onClose={onClose} /> : null}
    </Dialog>
  );
}

function UserProducts({
  user,
  licensed,
  assign,
  onBusy,
  onClose,
}: {
  user: User;
  licensed: LicensedProduct[];
  assign: SeatAction;
  onBusy: (b: boolean) => void;
  onClose: () => void;
}) {
  const t = useTranslations("usersAssign");
  const selectId = `assign-${useId().replace(/[^a-zA-Z0-9_-]/g, "")}`;
  const held = new Set(user.products.map((p) => p.id));
  const available = licensed.filter((p) => !held.has(p.id));
  const [productId, setProductId] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  // One key per chosen product: a double click assigns once.
  const [key, setKey] = useState(newIdempotencyKey);
  const ws = useWorkspace();
  // Unassigning shows its effect first (the shortage, the Requires renewal list), as everywhere.
  const [unassigning, setUnassigning] = useState<{ product: { id: string; name: string }; selection: { userIds: string[] }; open: boolean } | null>(null);

  function submit() {
    if (!productId) return;
    const product = licensed.find((p) => p.id === productId);
    setError(null);
    onBusy(true);
    start(async () => {
      const res = await sendSeat(assign, user.id, productId, key);
      onBusy(false);
      if (res.status === "success") {
        notify.success(t("assigned", { product: product?.name ?? "", name: user.name }));
        setProductId("");
        setKey(newIdempotencyKey());
      } else if (res.status === "error") {
        setError(res.message);
        setKey(newIdempotencyKey());
      }
    });
  }

  return (
    <div className="flex flex-col gap-5">
      <section aria-labelledby={`${selectId}-held`}>
        <h3 id={`${selectId}-held`} className="mb-2 text-sm font-semibold text-ink">
          {t("holds")}
        </h3>
        {user.products.length === 0 ? (
          <p className="text-sm text-muted">{t("none")}</p>
        ) : (
          <ul className="divide-y divide-line rounded-md border border-line">
            {user.products.map((p) => (
              <li key={p.id} className="flex items-center justify-between gap-3 px-3 py-2">
                <span className="text-sm font-medium text-ink">{p.name}</span>
                <Button
                  variant="secondary"
                  size="sm"
                  aria-haspopup="dialog"
                  aria-label={`${t("unassign")}: ${p.name}, ${user.name}`}
                  onClick={() => setUnassigning({ product: p, selection: { userIds: [user.id] }, open: true })}
                >
                  {t("unassign")}
                </Button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="flex flex-col gap-2">
        <label htmlFor={selectId} className="text-sm font-semibold text-ink">
          {t("assignLabel")}
        </label>
        {available.length === 0 ? (
          <p className="text-sm text-muted">{t("noneToAssign")}</p>
        ) : (
          <form
            className="flex flex-wrap items-center gap-2"
            onSubmit={(e) => {
              e.preventDefault();
              submit();
            }}
          >
            <Select
              id={selectId}
              value={productId}
              onChange={(e) => {
                setProductId(e.target.value);
                setError(null);
              }}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${selectId}-error` : undefined}
              className="min-w-0 flex-1"
            >
              <option value="">{t("choose")}</option>
              {available.map((p) => (
                <option key={p.id} value={p.id}>
                  {t("free", { product: p.name, free: p.free })}
                </option>
              ))}
            </Select>
            <Button type="submit" pending={pending} disabled={!productId}>
              {pending ? t("assigning") : t("assign")}
            </Button>
          </form>
        )}
        {error ? (
          <p id={`${selectId}-error`} role="alert" className="text-sm text-danger-ink">
            {t("assignFailed")} {error}
          </p>
        ) : null}
      </section>

      {unassigning ? (
        <UnassignDialog
          slug={ws.slug}
          productId={unassigning.product.id}
          productName={unassigning.product.name}
          selection={unassigning.selection}
          open={unassigning.open}
          onClose={() => setUnassigning((u) => (u ? { ...u, open: false } : u))}
        />
      ) : null}

      <div className="-mx-5 -mb-4 flex justify-end border-t border-line bg-subtle px-5 py-3">
        <Button variant="secondary" onClick={onClose} disabled={pending}>
          {t("close")}
        </Button>
      </div>
    </div>
  );
}
