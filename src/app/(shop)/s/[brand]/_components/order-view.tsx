"use client";
import { useState } from "react";
import Link from "next/link";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/app/_trpc/client";
import { Badge } from "@/components/ui";
import { useLocale, useTranslations } from "use-intl";
import { formatDateTime, formatEventDates, moneyIn } from "@/components/format";
import { parcelContents } from "./parcel";
import { FAN_ORDER_LABELS } from "@/components/labels";

/** The event an order is for, as the order page names it; `href` only while the event is on sale. */
export type OrderEvent = {
  name: string;
  venue: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  href: string | null;
};

/** The fan's order: its state, and one QR ticket per admission once issued (polled until then). */
export function OrderView({
  orderId,
  accessKey,
  event,
}: {
  orderId: string;
  accessKey: string;
  event: OrderEvent;
}) {
  const trpc = useTRPC();
  const t = useTranslations("order");
  const locale = useLocale();
  const formatMoney = moneyIn(locale);
  const q = useQuery({
    ...trpc.shop.order.queryOptions({ orderId, key: accessKey }),
    refetchInterval: (query) => {
      const d = query.state.data;
      if (!d) return false;
      // Paid but not yet delivered: tickets are being issued. Pending: the payment may still arrive.
      if (d.order.status === "paid") return 1000;
      return d.order.status === "pending" ? 3000 : false;
    },
  });
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const refund = useMutation(
    trpc.shop.refundItems.mutationOptions({
      onSuccess: () => {
        setChosen(new Set());
        void q.refetch();
      },
    }),
  );
  if (q.isPending) return <p className="text-zinc-500">{t("loading")}</p>;
  if (q.isError)
    return (
      <p role="alert" className="text-red-700">
        {q.error.message}
      </p>
    );
  const { order, tickets, items, shipments, refunds, refundPolicy } = q.data;
  const paid = order.status !== "pending" && order.status !== "cancelled" && order.status !== "expired";
  // Merch still to ship, counted by what it is ("1 × T-shirt (M)"), from the fulfillment items
  // once paid — or from the lines while the order waits for payment.
  const waiting = items.length
    ? items.filter((i) => i.status === "to_ship").map((i) => i.label.split(" · ")[0]!)
    : order.lines.flatMap((l) =>
        l.kind === "merch"
          ? Array.from(
              { length: l.quantity },
              () => `${l.productName}${l.variantName ? ` (${l.variantName})` : ""}`,
            )
          : l.components
              .filter((c) => c.kind === "merch")
              .flatMap((c) =>
                Array.from(
                  { length: c.quantity * l.quantity },
                  () => `${c.productName}${c.variantName ? ` (${c.variantName})` : ""}`,
                ),
              ),
      );
  const shipped = [...new Set(waiting)].map(
    (label) => `${waiting.filter((w) => w === label).length} × ${label}`,
  );
  const voided = new Set(items.filter((i) => i.status === "refunded" && i.ticketId).map((i) => i.ticketId));
  const refunded = items.filter((i) => i.status === "refunded");
  const ticketOf = (number: number, count: number) => t("ticketOf", { number, count });
  const voidedWord = t("voided");
  const parcelWord = (status: "shipped" | "delivered" | "returned" | "refunded" | "to_ship" | "issued") =>
    t(`parcel.${status === "to_ship" || status === "issued" ? "shipped" : status}`);
  const qrWord = t("qr");
  const ticketsJustRefunded = items.filter(
    (i) => i.kind === "ticket" && refund.variables?.itemIds.includes(i.id),
  ).length;
  return (
    <div className="flex flex-col gap-6">
      <EventHeader event={event} />
      <div>
        <p className="text-sm text-zinc-600">
          {t("reference")}{" "}
          <span className="font-mono" data-testid="order-reference">
            {order.reference}
          </span>
        </p>
        <h1 className="text-3xl font-bold tracking-tight">
          {paid ? t("thanks", { name: order.buyerName }) : t("title")}
        </h1>
        <p className="mt-1 text-zinc-700">
          <Badge tone={paid ? "green" : "amber"}>{fanOrderLabel(order.status, t)}</Badge> ·{" "}
          {formatMoney(order.totalMinor, order.currency)} ·{" "}
          {paid ? t("onTheirWay", { email: order.buyerEmail }) : t("waiting")}
        </p>
      </div>
      <ul className="text-sm text-zinc-700">
        {order.lines.map((l) => (
          <li key={l.lineId}>
            {l.quantity} × {l.productName}
            {l.variantName ? ` (${l.variantName})` : ""} — {formatMoney(l.total, order.currency)}
            {l.components.length ? (
              <span className="text-zinc-500">
                {" "}
                ·{" "}
                {l.components
                  .map((c) => `${c.quantity} × ${c.productName}${c.variantName ? ` (${c.variantName})` : ""}`)
                  .join(", ")}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      {shipped.length ? (
        <p className="rounded-lg border border-zinc-200 bg-white px-3 py-2 text-sm" data-testid="to-ship">
          {t("toShip", { items: shipped.join(", ") })}
        </p>
      ) : null}
      {shipments.length ? (
        <ul className="flex flex-col gap-2" data-testid="shipments">
          {shipments.map((s) => (
            <li key={s.id} className="rounded-lg border border-zinc-200 bg-white px-3 py-2 text-sm">
              {parcelContents(
                items
                  .filter((i) => i.shipmentId === s.id)
                  .map((i) => ({ status: i.status, label: i.label.split(" · ")[0]! })),
                parcelWord,
              ).map((g, n) => (
                <span key={g.state}>
                  {n > 0 ? "; " : null}
                  <strong>{g.state}:</strong> {g.labels.join(", ")}
                </span>
              ))}{" "}
              · {t("tracking", { carrier: s.carrier })} <span className="font-mono">{s.trackingNumber}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {refunds.length ? (
        <div className="rounded-lg border border-zinc-200 bg-white px-3 py-2 text-sm" data-testid="refunds">
          <strong>
            {t("refunded", {
              amount: formatMoney(
                refunds.reduce((n, r) => n + r.amount, 0),
                order.currency,
              ),
            })}
          </strong>
          {refunded.length ? (
            <> {t("refundedFor", { items: refunded.map((i) => i.label).join(", ") })}</>
          ) : null}
          . {t("reachesAccount")}
        </div>
      ) : null}
      {paid && items.length === 0 ? (
        <p className="text-zinc-600" aria-live="polite">
          {t("issuing")}
        </p>
      ) : null}
      {refundPolicy.open ? (
        <details
          className="rounded-lg border border-zinc-200 bg-white px-3 py-2 text-sm"
          data-testid="fan-refund"
        >
          <summary className="cursor-pointer font-medium">
            {t("refundUntil", { until: formatDateTime(refundPolicy.until, undefined, undefined, locale) })}
          </summary>
          <form
            className="mt-3 flex flex-col gap-2"
            onSubmit={(e) => {
              e.preventDefault();
              refund.mutate({ orderId, key: accessKey, itemIds: [...chosen] });
            }}
          >
            {items
              .filter((i) => i.status === "issued" || i.status === "to_ship")
              .map((i) => (
                <label key={i.id} className="flex items-center gap-2">
                  <input
                    type="checkbox"
                    className="h-4 w-4"
                    checked={chosen.has(i.id)}
                    onChange={() =>
                      setChosen((s) =>
                        s.has(i.id) ? new Set([...s].filter((x) => x !== i.id)) : new Set([...s, i.id]),
                      )
                    }
                  />
                  {i.label}
                </label>
              ))}
            {refundPolicy.feePercentBp || refundPolicy.feeFixedMinor ? (
              <p className="text-zinc-600">
                {t("fee", {
                  fee: [
                    refundPolicy.feePercentBp ? `${refundPolicy.feePercentBp / 100} %` : "",
                    refundPolicy.feeFixedMinor ? formatMoney(refundPolicy.feeFixedMinor, order.currency) : "",
                  ]
                    .filter(Boolean)
                    .join(" + "),
                })}
              </p>
            ) : null}
            {refund.isError ? (
              <p role="alert" className="text-red-700">
                {refund.error.message}
              </p>
            ) : null}
            {refund.isSuccess ? (
              <p role="status" className="text-green-700">
                {t("refundDone", { amount: formatMoney(refund.data.amount, refund.data.currency) })}
                {ticketsJustRefunded > 0 ? ` ${t("noLongerAdmits", { count: ticketsJustRefunded })}` : null}
              </p>
            ) : null}
            <button
              type="submit"
              disabled={chosen.size === 0 || refund.isPending}
              className="self-start rounded-lg border border-zinc-300 px-4 py-2 font-medium disabled:opacity-50"
            >
              {refund.isPending ? t("refunding") : t("refundChosen")}
            </button>
          </form>
        </details>
      ) : null}
      {tickets.length ? (
        <p>
          <a
            className="text-sm font-medium underline"
            href={`${orderId}/tickets.pdf?key=${encodeURIComponent(accessKey)}`}
            data-testid="tickets-pdf"
          >
            {t("download")}
          </a>
        </p>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        {tickets.map((t, i) => (
          <div
            key={t.id}
            className={`rounded-2xl border-2 bg-white p-5 shadow-sm ${voided.has(t.id) ? "border-zinc-300 opacity-60" : "border-brand"}`}
            data-testid="ticket"
          >
            <p className="text-brand text-xs font-semibold tracking-wide uppercase">
              {ticketOf(i + 1, tickets.length)}
              {voided.has(t.id) ? ` · ${voidedWord}` : ""}
            </p>
            <p className="font-semibold">{t.productName}</p>
            <p className="text-sm text-zinc-600">{t.attendeeName}</p>
            <div
              className="mx-auto my-3 w-48"
              aria-label={qrWord}
              role="img"
              dangerouslySetInnerHTML={{ __html: t.qrSvg }}
            />
            <p className="text-center font-mono text-xs break-all text-zinc-600" data-testid="ticket-code">
              {t.code}
            </p>
          </div>
        ))}
      </div>
    </div>
  );
}

/** What the order is for: the event (linked to its shop page), when in its own time zone, and where. */
function EventHeader({ event }: { event: OrderEvent }) {
  const t = useTranslations("shop");
  const locale = useLocale();
  return (
    <header className="rounded-2xl border border-zinc-200 bg-white px-5 py-4" data-testid="order-event">
      <p className="text-xl font-semibold">
        {event.href ? (
          <Link
            href={event.href}
            className="underline decoration-zinc-300 underline-offset-4 hover:decoration-current"
          >
            {event.name}
          </Link>
        ) : (
          event.name
        )}
      </p>
      <p className="text-brand mt-1 text-sm font-semibold">
        {formatEventDates(event.startsAt, event.endsAt, event.timeZone, { locale, nextDay: t("nextDay") })} (
        {event.timeZone})
      </p>
      <p className="text-zinc-700">{event.venue}</p>
    </header>
  );
}

/** The fan's word for an order's state, in their language; an unknown one (an old row) readable. */
function fanOrderLabel(status: string, t: ReturnType<typeof useTranslations<"order">>): string {
  return Object.hasOwn(FAN_ORDER_LABELS, status)
    ? t(`status.${status as keyof typeof FAN_ORDER_LABELS}`)
    : status.replace(/_/g, " ");
}
