"use client";
// What the order delivers, item by item, with what the organizer can do to chosen items: refund
// them (the amount is their allocated share), ship them with a tracking number, record a return.
import { useState } from "react";
import { ActionForm } from "@/components/action-form";
import { Field } from "@/components/ui";
import { formatDateTime, formatMoney } from "@/components/format";
import { DELIVERY_LABELS } from "@/components/labels";
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

/**
 * What the organizer is asked before a refund: the amount, the items, what goes back on sale, what stops
 * working.
 */
function refundQuestion(items: Item[], amount: string, keepFee: boolean): ConfirmQuestion {
  const tickets = items.filter((i) => i.kind === "ticket").length;
  return {
    title: `Refund ${amount} to the buyer?`,
    body: (
      <div className="flex flex-col gap-2" data-testid="refund-question">
        <p>For {items.map((i) => i.label).join(", ")}.</p>
        <p>{items.length === 1 ? "It goes" : "They go"} back on sale.</p>
        {tickets ? (
          <p>
            {tickets === 1 ? "The ticket becomes" : `The ${tickets} tickets become`} void: the door will turn
            {tickets === 1 ? " it" : " them"} away.
          </p>
        ) : null}
        {keepFee ? <p>The policy’s non-refundable fee is kept from this amount.</p> : null}
        <p>A refund cannot be undone.</p>
      </div>
    ),
    confirm: `Refund ${amount}`,
    tone: "danger",
  };
}

/** The refund form's note under the chosen items: the same facts as the question, in a line. */
function refundNote(items: Item[]): string {
  if (!items.length) return "Choose items above. Shipped items need their return recorded first.";
  const voids = items.some((i) => i.kind === "ticket") ? " Their tickets become void." : "";
  return `${items.map((i) => i.label).join(", ")}. Back on sale once refunded.${voids}`;
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
  const m = (n: number) => formatMoney(n, currency);
  const refundAmount = m(refundable.reduce((n, i) => n + i.amountMinor, 0));

  if (items.length === 0)
    return <p className="text-sm text-zinc-600">Nothing to deliver until the order is paid.</p>;
  return (
    <div className="flex flex-col gap-5">
      <table className="w-full text-left text-sm" data-testid="order-items">
        <thead className="text-zinc-500">
          <tr>
            {canWrite ? (
              <th className="w-8 py-1">
                <span className="sr-only">Choose</span>
              </th>
            ) : null}
            <th className="py-1">Item</th>
            <th>Delivery</th>
            <th>Status</th>
            <th className="text-right">Share paid</th>
          </tr>
        </thead>
        <tbody>
          {items.map((i) => (
            <tr key={i.id} className="border-t border-zinc-100">
              {canWrite ? (
                <td className="py-1.5">
                  <input
                    type="checkbox"
                    aria-label={`Choose ${i.label}`}
                    checked={chosen.has(i.id)}
                    onChange={() => toggle(i.id)}
                    className="h-4 w-4"
                  />
                </td>
              ) : null}
              <td className="py-1.5">{i.label}</td>
              <td className="text-zinc-600">{DELIVERY_LABELS[i.kind] ?? i.kind}</td>
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
          <h3 className="mb-2 text-sm font-semibold">Shipments</h3>
          <ul className="flex flex-col gap-2 text-sm" data-testid="shipments">
            {shipments.map((s) => (
              <li key={s.id} className="flex flex-wrap items-center gap-3">
                <span>
                  {s.carrier} · <span className="font-mono">{s.trackingNumber}</span> · shipped{" "}
                  {formatDateTime(s.shippedAt)}
                </span>
                {s.status === "delivered" ? (
                  <>
                    <StateBadge of="shipment" state="delivered" />
                    {s.deliveredAt ? formatDateTime(s.deliveredAt) : ""}
                  </>
                ) : !items.some((i) => i.shipmentId === s.id && i.status === "shipped") ? (
                  <StateBadge of="shipment" state="returned" />
                ) : canWrite ? (
                  <ActionForm
                    action={actions.delivered[s.id]!}
                    submit="Mark delivered"
                    pendingLabel="Saving…"
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
            <h3 className="mb-2 text-sm font-semibold">Refund</h3>
            <ActionForm
              action={actions.refund}
              submit={refundable.length ? `Refund ${refundAmount}` : "Refund"}
              pendingLabel="Refunding…"
              disabled={refundable.length === 0}
              onSuccess={clear}
              confirm={refundQuestion(refundable, refundAmount, keepFee)}
            >
              {hidden(refundable)}
              <p className="text-sm text-zinc-600">{refundNote(refundable)}</p>
              <Field label="Reason (optional)" name="reason" maxLength={200} />
              <label className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  name="keepFee"
                  checked={keepFee}
                  onChange={(e) => setKeepFee(e.target.checked)}
                  className="h-4 w-4"
                />{" "}
                Keep the policy’s non-refundable fee
              </label>
            </ActionForm>
          </div>
          <div className="rounded-lg border border-zinc-200 p-3">
            <h3 className="mb-2 text-sm font-semibold">Ship</h3>
            <ActionForm
              action={actions.ship}
              submit={shippable.length ? `Mark ${shippable.length} shipped` : "Mark shipped"}
              pendingLabel="Saving…"
              disabled={shippable.length === 0}
              onSuccess={clear}
            >
              {hidden(shippable)}
              <p className="text-sm text-zinc-600">
                {shippable.length
                  ? shippable.map((i) => i.label).join(", ")
                  : "Choose items to be shipped to send them in one parcel."}
              </p>
              <Field label="Carrier" name="carrier" maxLength={60} placeholder="e.g. DHL" />
              <Field label="Tracking number" name="trackingNumber" maxLength={80} />
            </ActionForm>
          </div>
          <div className="rounded-lg border border-zinc-200 p-3">
            <h3 className="mb-2 text-sm font-semibold">Return</h3>
            <ActionForm
              action={actions.returned}
              submit={returnable.length ? `Record return of ${returnable.length}` : "Record return"}
              pendingLabel="Saving…"
              disabled={returnable.length === 0}
              onSuccess={clear}
            >
              {hidden(returnable)}
              <p className="text-sm text-zinc-600">
                {returnable.length
                  ? returnable.map((i) => i.label).join(", ")
                  : "Choose shipped items that came back."}
              </p>
            </ActionForm>
          </div>
        </div>
      ) : null}
    </div>
  );
}
