import Link from "next/link";
import { notFound } from "next/navigation";
import { createCaller } from "@/server/api/root";
import { createContext } from "@/server/api/trpc";
import { isDomainError } from "@/server/platform/errors";
import { can } from "@/server/distribution";
import { ActionForm } from "@/components/action-form";
import { Card, PageTitle, secondaryButtonClass } from "@/components/ui";
import { formatDateTime, moneyIn } from "@/components/format";
import { logEntrySentence } from "@/components/labels";
import { StateBadge } from "@/components/state-badge";
import {
  cancelOrderAction,
  resendTicketsAction,
  markDeliveredAction,
  recordReturnAction,
  refundItemsAction,
  shipItemsAction,
} from "./actions";
import { ItemsPanel } from "./items-panel";
import { OrderLineSplit } from "@/components/bundle-split";
import { studioBrand } from "../../../_lib/guard";
import { studioLocale, studioT } from "../../../_lib/locale";

/** A bundle's component as the order names it: "T-shirt (M)", or the product's name alone. */
const nameWithVariant = (c: { productName: string; variantName?: string | null }) =>
  c.variantName ? `${c.productName} (${c.variantName})` : c.productName;

export async function generateMetadata() {
  return { title: (await studioT("sales"))("order.title") };
}

export default async function OrderDetail({ params }: { params: Promise<{ brand: string; order: string }> }) {
  const { brand: slug, order: orderId } = await params;
  const { brand, role } = await studioBrand(slug, "brand:read");
  const detail = await createCaller(await createContext())
    .studio.orderDetail({ brandSlug: brand.slug, orderId })
    .catch((e) => {
      if (isDomainError(e.cause) || e.code === "NOT_FOUND") notFound();
      throw e;
    });
  const { order, payments, tickets, history, items, shipments, refunds } = detail;
  const canWrite = can(role, "orders:write");
  const [t, common, locale] = await Promise.all([studioT("sales"), studioT("common"), studioLocale()]);
  const money = moneyIn(locale);
  const m = (n: number) => money(n, order.currency);
  const when = (at: Date | string) => formatDateTime(at, undefined, undefined, locale);
  return (
    <div className="flex flex-col gap-6">
      <div>
        <Link href={`/studio/${brand.slug}/orders`} className="text-sm text-zinc-600 underline">
          ← {t("orders.title")}
        </Link>
        <PageTitle
          sub={
            <>
              {order.buyerName} · {order.buyerEmail} · {t("order.placed", { at: when(order.createdAt) })}
            </>
          }
        >
          {t("order.title")} <span className="font-mono">{order.reference}</span>{" "}
          <StateBadge of="order" state={order.status} />
        </PageTitle>
      </div>
      <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
        <Card>
          <h2 className="mb-3 font-semibold">{t("order.lines")}</h2>
          <table className="w-full text-left text-sm" data-testid="order-lines">
            <thead className="text-zinc-500">
              <tr>
                <th className="py-1">{t("order.item")}</th>
                <th>{t("order.quantity")}</th>
                <th>{t("order.subtotal")}</th>
                <th>{t("order.discount")}</th>
                <th>{t("order.total")}</th>
                <th>{t("order.tax")}</th>
              </tr>
            </thead>
            <tbody>
              {order.lines.map((l) => (
                <tr key={l.lineId} className="border-t border-zinc-100 align-top">
                  <td className="py-1.5">
                    {l.productName}
                    {l.variantName ? ` (${l.variantName})` : ""}
                    <OrderLineSplit line={l} currency={order.currency} />
                    {l.allocation.length ? (
                      <ul className="text-xs text-zinc-500">
                        {l.allocation.map((a) => {
                          const c = l.components.find((x) => x.componentId === a.componentId);
                          return (
                            <li key={a.componentId}>
                              {/* Never an internal id: a safety net, the line keeps its parts. */}
                              {c
                                ? `${c.quantity * l.quantity} × ${nameWithVariant(c)}`
                                : t("order.partOfBundle")}
                              : {t("order.share", { amount: m(a.amount), tax: m(a.tax) })}
                            </li>
                          );
                        })}
                      </ul>
                    ) : null}
                  </td>
                  <td>{l.quantity}</td>
                  <td>{m(l.unitPrice * l.quantity)}</td>
                  <td>{l.discount ? `−${m(l.discount)}` : ""}</td>
                  <td>{m(l.total)}</td>
                  <td>{m(l.tax)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {order.shippingAddress ? (
            <p className="mt-3 text-sm" data-testid="ship-to">
              <span className="font-medium">{t("order.shipTo")}</span> {order.buyerName},{" "}
              {order.shippingAddress.line1}
              {order.shippingAddress.line2 ? `, ${order.shippingAddress.line2}` : ""},{" "}
              {order.shippingAddress.postalCode} {order.shippingAddress.city}, {order.shippingAddress.country}
            </p>
          ) : null}
          <p className="mt-3 text-right text-sm">
            {t("order.total")} <strong>{m(order.totalMinor)}</strong>
            {order.promoCode ? ` · ${t("order.promoCode", { code: order.promoCode })}` : ""} ·{" "}
            {t("order.taxIncluded", { amount: m(order.taxMinor) })}
          </p>
        </Card>
        <div className="flex flex-col gap-6">
          <Card>
            <h2 className="mb-2 font-semibold">{t("order.payments")}</h2>
            <ul className="flex flex-col gap-1 text-sm">
              {payments.map((p) => (
                <li key={p.id}>
                  {p.provider === "local" ? t("order.testProvider") : "Stripe"} · {m(p.amountMinor)} ·{" "}
                  <StateBadge of="payment" state={p.status} />
                  {p.refundedMinor ? ` · ${t("order.refunded", { amount: m(p.refundedMinor) })}` : ""}
                </li>
              ))}
            </ul>
          </Card>
          {order.status === "pending" && canWrite ? (
            <Card>
              <h2 className="mb-2 font-semibold">{t("order.cancel")}</h2>
              <ActionForm
                action={cancelOrderAction.bind(null, brand.slug, order.id)}
                submit={t("order.cancelSubmit")}
                pendingLabel={t("order.cancelling")}
                confirm={{
                  title: t("order.cancelTitle", { reference: order.reference }),
                  body: (
                    <p>{t("order.cancelBody", { buyer: order.buyerName, total: m(order.totalMinor) })}</p>
                  ),
                  confirm: t("order.cancelConfirm"),
                }}
              >
                <p className="text-sm text-zinc-600">{t("order.cancelNote")}</p>
              </ActionForm>
            </Card>
          ) : null}
        </div>
      </div>
      <Card>
        <h2 className="mb-3 font-semibold">{t("order.fulfillment")}</h2>
        <ItemsPanel
          items={items}
          shipments={shipments}
          currency={order.currency}
          canWrite={canWrite}
          actions={{
            refund: refundItemsAction.bind(null, brand.slug, order.id),
            ship: shipItemsAction.bind(null, brand.slug, order.id),
            returned: recordReturnAction.bind(null, brand.slug, order.id),
            delivered: Object.fromEntries(
              shipments.map((s) => [s.id, markDeliveredAction.bind(null, brand.slug, order.id, s.id)]),
            ),
          }}
        />
        {refunds.length ? (
          <ul
            className="mt-4 flex flex-col gap-1 border-t border-zinc-100 pt-3 text-sm"
            data-testid="refunds"
          >
            {refunds.map((r) => (
              <li key={r.id}>
                {t("order.refund", { amount: m(r.amountMinor) })}
                {r.feeMinor ? ` ${t("order.feeKept", { amount: m(r.feeMinor) })}` : ""} · {r.reason} ·{" "}
                {r.requestedBy} · {when(r.createdAt)} · <StateBadge of="refund" state={r.status} />
              </li>
            ))}
          </ul>
        ) : null}
      </Card>
      <Card>
        <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
          <h2 className="font-semibold">{t("order.tickets")}</h2>
          <div className="flex flex-wrap items-center gap-2">
            {tickets.some((k) => k.status === "valid") ? (
              <a
                className={secondaryButtonClass}
                href={`/studio/${brand.slug}/orders/${order.id}/tickets.pdf`}
                target="_blank"
                rel="noopener"
              >
                {t("order.printTickets")}
              </a>
            ) : null}
            {canWrite && tickets.some((k) => k.status === "valid") ? (
              <ActionForm
                action={resendTicketsAction.bind(null, brand.slug, order.id)}
                submit={t("order.resend")}
                pendingLabel={t("order.sending")}
                className="flex items-center gap-3"
              >
                {null}
              </ActionForm>
            ) : null}
          </div>
        </div>
        {tickets.length === 0 ? (
          <p className="text-sm text-zinc-600">{t("order.noTickets")}</p>
        ) : (
          <ul className="grid gap-1 text-sm sm:grid-cols-2">
            {tickets.map((ticket) => (
              <li key={ticket.id}>
                {ticket.productName} · {ticket.attendeeName} ·{" "}
                {ticket.checkedInAt ? (
                  t("order.checkedIn", { at: when(ticket.checkedInAt) })
                ) : (
                  <StateBadge of="ticket" state={ticket.status} />
                )}
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card>
        <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
          <h2 className="font-semibold">{t("history.title")}</h2>
          <Link
            href={`/studio/${brand.slug}/insights/audit?stream=order&id=${encodeURIComponent(order.id)}`}
            className="text-sm underline"
            data-testid="order-audit"
          >
            {t("order.everythingInAudit")}
          </Link>
        </div>
        <ol className="flex flex-col gap-1 text-sm" data-testid="order-history">
          {history.map((h) => (
            <li key={h.position} className="flex gap-3">
              <span className="w-40 shrink-0 text-zinc-500">{when(h.recordedAt)}</span>
              <span className="font-medium">{logEntrySentence(common, h.type)}</span>
              <span className="text-zinc-500">{h.actor}</span>
            </li>
          ))}
        </ol>
      </Card>
    </div>
  );
}
