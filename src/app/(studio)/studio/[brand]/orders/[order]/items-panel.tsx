"use client";
// What the order delivers, item by item, with what the organizer can do to chosen items: refund
// them (the amount is their allocated share), ship them with a tracking number, record a return.
import { useState } from "react";
import { useLocale, useTranslations } from "use-intl";
import { ActionForm } from "@/components/action-form";
import { Field } from "@/components/ui";
import { formatDateTime, moneyIn } from "@/components/format";
import { deliveryLabel } from "@/components/labels";
import { StateBadge } from "@/components/state-badge";
import type { ConfirmQuestion } from "@/components/confirm-dialog";
import type { FormState } from "@/components/action-form";
import type { FulfillmentKind, ItemStatus } from "@/server/api/vocabulary";

type Item = {
  id: string;
  kind: FulfillmentKind;
  label: string;
  status: ItemStatus;
  amountMinor: number;
  shipmentId: string | null;
};
type Shipment = {
  id: string;
  carrier: string;
  trackingNumber: string;
  status: string;
  shippedAt: Date | string;
  deliveredAt: Date | string | null;
};
type Action = (state: FormState, data: FormData) => Promise<FormState>;
type ItemWords = ReturnType<typeof useTranslations<"studio.sales.items">>;

/**
 * What the organizer is asked before a refund: the amount, the items, what goes back on sale, what stops
 * working.
 */
function refundQuestion(t: ItemWords, items: Item[], amount: string, keepFee: boolean): ConfirmQuestion {
  const tickets = items.filter((i) => i.kind === "ticket").length;
  return {
    title: t("refundTitle", { amount }),
    body: (
      <div className="flex flex-col gap-2" data-testid="refund-question">
        <p>{t("refundFor", { items: items.map((i) => i.label).join(", ") })}</p>
        <p>{t("backOnSale", { count: items.length })}</p>
        {tickets ? <p>{t("ticketsVoid", { count: tickets })}</p> : null}
        {keepFee ? <p>{t("feeKeptNote")}</p> : null}
        <p>{t("cannotUndo")}</p>
      </div>
    ),
    confirm: t("refundAmount", { amount }),
    tone: "danger",
  };
}

/** The refund form's note under the chosen items: the same facts as the question, in a line. */
function refundNote(t: ItemWords, items: Item[]): string {
  if (!items.length) return t("chooseToRefund");
  const names = items.map((i) => i.label).join(", ");
  return items.some((i) => i.kind === "ticket")
    ? t("refundNoteVoid", { items: names })
    : t("refundNote", { items: names });
}

export function ItemsPanel({
  items,
  shipments,
  currency,
  canWrite,
  actions,
}: {
  items: Item[];
  shipments: Shipment[];
  currency: string;
  canWrite: boolean;
  actions: { refund: Action; ship: Action; returned: Action; delivered: Record<string, Action> };
}) {
  const t = useTranslations("studio.sales.items");
  const common = useTranslations("studio.common");
  const locale = useLocale();
  const when = (at: Date | string) => formatDateTime(at, undefined, undefined, locale);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [keepFee, setKeepFee] = useState(false);
  const clear = () => {
    setChosen(new Set());
    setKeepFee(false);
  };
  const toggle = (id: string) =>
    setChosen((s) => (s.has(id) ? new Set([...s].filter((x) => x !== id)) : new Set([...s, id])));
  const picked = items.filter((i) => chosen.has(i.id));
  const refundable = picked.filter(
    (i) => i.status !== "refunded" && i.status !== "shipped" && i.status !== "delivered",
  );
  const shippable = picked.filter((i) => i.status === "to_ship");
  const returnable = picked.filter((i) => i.status === "shipped" || i.status === "delivered");
  const hidden = (list: Item[]) =>
    list.map((i) => <input key={i.id} type="hidden" name="itemIds" value={i.id} />);
  const money = moneyIn(locale);
  const m = (n: number) => money(n, currency);
  const refundAmount = m(refundable.reduce((n, i) => n + i.amountMinor, 0));

  if (items.length === 0) return <p className="text-sm text-zinc-600">{t("nothingToDeliver")}</p>;
  return (
    <div className="flex flex-col gap-5">
      <table className="w-full text-left text-sm" data-testid="order-items">
        <thead className="text-zinc-500">
          <tr>
            {canWrite ? (
              <th className="w-8 py-1">
                <span className="sr-only">{t("choose")}</span>
              </th>
            ) : null}
            <th className="py-1">{t("item")}</th>
            <th>{t("delivery")}</th>
            <th>{t("status")}</th>
            <th className="text-right">{t("sharePaid")}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((i) => (
            <tr key={i.id} className="border-t border-zinc-100">
              {canWrite ? (
                <td className="py-1.5">
                  <input
                    type="checkbox"
                    aria-label={t("chooseItem", { item: i.label })}
                    checked={chosen.has(i.id)}
                    onChange={() => toggle(i.id)}
                    className="h-4 w-4"
                  />
                </td>
              ) : null}
              <td className="py-1.5">{i.label}</td>
              <td className="text-zinc-600">{deliveryLabel(common, i.kind)}</td>
              <td>
                <StateBadge of="item" state={i.status} />
              </td>
              <td className="text-right tabular-nums">{m(i.amountMinor)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      {shipments.length ? (
        <div>
          <h3 className="mb-2 text-sm font-semibold">{t("shipments")}</h3>
          <ul className="flex flex-col gap-2 text-sm" data-testid="shipments">
            {shipments.map((s) => (
              <li key={s.id} className="flex flex-wrap items-center gap-3">
                <span>
                  {s.carrier} · <span className="font-mono">{s.trackingNumber}</span> ·{" "}
                  {t("shippedAt", { at: when(s.shippedAt) })}
                </span>
                {s.status === "delivered" ? (
                  <>
                    <StateBadge of="shipment" state="delivered" />
                    {s.deliveredAt ? when(s.deliveredAt) : ""}
                  </>
                ) : !items.some((i) => i.shipmentId === s.id && i.status === "shipped") ? (
                  <StateBadge of="shipment" state="returned" />
                ) : canWrite ? (
                  <ActionForm
                    action={actions.delivered[s.id]!}
                    submit={t("markDelivered")}
                    className="flex items-center gap-2"
                  >
                    {null}
                  </ActionForm>
                ) : (
                  <StateBadge of="shipment" state="shipped" />
                )}
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      {canWrite ? (
        <div className="grid gap-4 md:grid-cols-3">
          <div className="rounded-lg border border-zinc-200 p-3">
            <h3 className="mb-2 text-sm font-semibold">{t("refund")}</h3>
            <ActionForm
              action={actions.refund}
              submit={refundable.length ? t("refundAmount", { amount: refundAmount }) : t("refund")}
              pendingLabel={t("refunding")}
              disabled={refundable.length === 0}
              onSuccess={clear}
              confirm={refundQuestion(t, refundable, refundAmount, keepFee)}
            >
              {hidden(refundable)}
              <p className="text-sm text-zinc-600">{refundNote(t, refundable)}</p>
              <Field label={t("reason")} name="reason" maxLength={200} />
              <label className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  name="keepFee"
                  checked={keepFee}
                  onChange={(e) => setKeepFee(e.target.checked)}
                  className="h-4 w-4"
                />{" "}
                {t("keepFee")}
              </label>
            </ActionForm>
          </div>
          <div className="rounded-lg border border-zinc-200 p-3">
            <h3 className="mb-2 text-sm font-semibold">{t("ship")}</h3>
            <ActionForm
              action={actions.ship}
              submit={
                shippable.length ? t("markShippedCount", { count: shippable.length }) : t("markShipped")
              }
              disabled={shippable.length === 0}
              onSuccess={clear}
            >
              {hidden(shippable)}
              <p className="text-sm text-zinc-600">
                {shippable.length ? shippable.map((i) => i.label).join(", ") : t("chooseToShip")}
              </p>
              <Field label={t("carrier")} name="carrier" maxLength={60} placeholder={t("carrierExample")} />
              <Field label={t("trackingNumber")} name="trackingNumber" maxLength={80} />
            </ActionForm>
          </div>
          <div className="rounded-lg border border-zinc-200 p-3">
            <h3 className="mb-2 text-sm font-semibold">{t("return")}</h3>
            <ActionForm
              action={actions.returned}
              submit={
                returnable.length ? t("recordReturnCount", { count: returnable.length }) : t("recordReturn")
              }
              disabled={returnable.length === 0}
              onSuccess={clear}
            >
              {hidden(returnable)}
              <p className="text-sm text-zinc-600">
                {returnable.length ? returnable.map((i) => i.label).join(", ") : t("chooseReturned")}
              </p>
            </ActionForm>
          </div>
        </div>
      ) : null}
    </div>
  );
}
