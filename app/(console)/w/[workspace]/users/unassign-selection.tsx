"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { UnassignDialog } from "@/components/unassign/unassign-dialog";
import type { UnassignSelection } from "@/lib/seats/selection";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";

export type SelectedUser = { id: string; name: string; products: { id: string; name: string }[] };

/**
 * "Unassign from product…" for the users selected on the Users tab: first the product (only the
 * ones the selected users hold, each with how many of them hold it), then the same confirmation
 * as on a product's page, which shows the effect before anything changes.
 */
export function UnassignSelectionButton({ slug, users, onDone }: { slug: string; users: SelectedUser[]; onDone: () => void }) {
  const t = useTranslations("users.unassign");
  const [choosing, setChoosing] = useState(false);
  const [productId, setProductId] = useState("");
  const [confirm, setConfirm] = useState<{ productId: string; productName: string; selection: UnassignSelection; open: boolean } | null>(null);

  // The products the selection holds, with how many of the selected users hold each.
  const held = new Map<string, { name: string; holders: number }>();
  for (const u of users) for (const p of u.products) held.set(p.id, { name: p.name, holders: (held.get(p.id)?.holders ?? 0) + 1 });
  const options = [...held.entries()].map(([id, v]) => ({ id, ...v })).sort((a, b) => a.name.localeCompare(b.name));

  function start() {
    setProductId(options.length === 1 ? options[0].id : "");
    setChoosing(true);
  }
  function next() {
    const product = options.find((o) => o.id === productId);
    if (!product) return;
    setChoosing(false);
    setConfirm({ productId: product.id, productName: product.name, selection: { userIds: users.map((u) => u.id) }, open: true });
  }

  return (
    <>
      <Button variant="secondary" onClick={start} disabled={users.length === 0} aria-haspopup="dialog">
        {users.length ? t("button", { count: users.length }) : t("buttonNone")}
      </Button>
      <div className="text-left">
        <Dialog
          open={choosing}
          onClose={() => setChoosing(false)}
          title={t("chooseTitle", { count: users.length })}
          description={t("chooseDescription")}
          footer={
            <>
              <Button variant="secondary" onClick={() => setChoosing(false)}>
                {t("cancel")}
              </Button>
              <Button onClick={next} disabled={!productId}>
                {t("next")}
              </Button>
            </>
          }
        >
          {options.length === 0 ? (
            <p className="text-sm text-muted">{t("noneHeld")}</p>
          ) : (
            <form
              onSubmit={(e) => {
                e.preventDefault();
                next();
              }}
            >
              <Field label={t("product")}>
                {(control) => (
                  <Select {...control} value={productId} onChange={(e) => setProductId(e.target.value)} className="w-full">
                    <option value="">{t("choose")}</option>
                    {options.map((o) => (
                      <option key={o.id} value={o.id}>
                        {t("option", { product: o.name, holders: o.holders, selected: users.length })}
                      </option>
                    ))}
                  </Select>
                )}
              </Field>
            </form>
          )}
        </Dialog>
        {confirm ? (
          <UnassignDialog
            slug={slug}
            productId={confirm.productId}
            productName={confirm.productName}
            selection={confirm.selection}
            open={confirm.open}
            onClose={() => setConfirm((c) => (c ? { ...c, open: false } : c))}
            onDone={onDone}
          />
        ) : null}
      </div>
    </>
  );
}
