import Link from "next/link";
import { notFound } from "next/navigation";
import { createCaller } from "@/server/api/root";
import { createContext } from "@/server/api/trpc";
import { isDomainError } from "@/server/platform/errors";
import { can } from "@/server/distribution";
import { ActionForm } from "@/components/action-form";
import { Card, PageTitle, secondaryButtonClass } from "@/components/ui";
import { formatDateTime, formatMoney } from "@/components/format";
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

/** A bundle's component as the order names it: "T-shirt (M)", or the product's name alone. */
const nameWithVariant = (c: { productName: string; variantName?: string | null }) =>
  c.variantName ? `${c.productName} (${c.variantName})` : c.productName;

export const metadata = { title: "Order" };

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
  const m = (n: number) => formatMoney(n, order.currency);
  return (
    <div className="flex flex-col gap-6">
      <div>
        <Link href={`/studio/${brand.slug}/orders`} className="text-sm text-zinc-600 underline">
          ← Orders
        </Link>
        <PageTitle
          sub={
            <>
              {order.buyerName} · {order.buyerEmail} · placed {formatDateTime(order.createdAt)}
            </>
          }
        >
          Order <span className="font-mono">{order.reference}</span>{" "}
          <StateBadge of="order" state={order.status} />
        </PageTitle>
      </div>
      <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
        <Card>
          <h2 className="mb-3 font-semibold">Lines</h2>
          <table className="w-full text-left text-sm" data-testid="order-lines">
            <thead className="text-zinc-500">
              <tr>
                <th className="py-1">Item</th>
                <th>Qty</th>
                <th>Subtotal</th>
                <th>Discount</th>
                <th>Total</th>
                <th>Tax</th>
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
                                : "Part of the bundle"}
                              : {m(a.amount)} (tax {m(a.tax)})
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
              <span className="font-medium">Ship to:</span> {order.buyerName}, {order.shippingAddress.line1}
              {order.shippingAddress.line2 ? `, ${order.shippingAddress.line2}` : ""},{" "}
              {order.shippingAddress.postalCode} {order.shippingAddress.city}, {order.shippingAddress.country}
            </p>
          ) : null}
          <p className="mt-3 text-right text-sm">
            Total <strong>{m(order.totalMinor)}</strong>
            {order.promoCode ? ` · code ${order.promoCode}` : ""} · tax included {m(order.taxMinor)}
          </p>
        </Card>
        <div className="flex flex-col gap-6">
          <Card>
            <h2 className="mb-2 font-semibold">Payments</h2>
            <ul className="flex flex-col gap-1 text-sm">
              {payments.map((p) => (
                <li key={p.id}>
                  {p.provider === "local" ? "Test provider" : "Stripe"} · {m(p.amountMinor)} ·{" "}
                  <StateBadge of="payment" state={p.status} />
                  {p.refundedMinor ? ` · refunded ${m(p.refundedMinor)}` : ""}
                </li>
              ))}
            </ul>
          </Card>
          {order.status === "pending" && canWrite ? (
            <Card>
              <h2 className="mb-2 font-semibold">Cancel</h2>
              <ActionForm
                action={cancelOrderAction.bind(null, brand.slug, order.id)}
                submit="Cancel this pending order"
                pendingLabel="Cancelling…"
                confirm={{
                  title: `Cancel order ${order.reference}?`,
                  body: (
                    <p>
                      {order.buyerName} can no longer pay its {m(order.totalMinor)}, and its reserved units go
                      back on sale. A cancelled order cannot be reopened.
                    </p>
                  ),
                  confirm: "Cancel the order",
                }}
              >
                <p className="text-sm text-zinc-600">
                  The fan can no longer pay it, and its reserved units go back on sale.
                </p>
              </ActionForm>
            </Card>
          ) : null}
        </div>
      </div>
      <Card>
        <h2 className="mb-3 font-semibold">Fulfillment</h2>
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
                Refund {m(r.amountMinor)}
                {r.feeMinor ? ` (fee kept ${m(r.feeMinor)})` : ""} · {r.reason} · {r.requestedBy} ·{" "}
                {formatDateTime(r.createdAt)} · <StateBadge of="refund" state={r.status} />
              </li>
            ))}
          </ul>
        ) : null}
      </Card>
      <Card>
        <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
          <h2 className="font-semibold">Tickets</h2>
          <div className="flex flex-wrap items-center gap-2">
            {tickets.some((t) => t.status === "valid") ? (
              <a
                className={secondaryButtonClass}
                href={`/studio/${brand.slug}/orders/${order.id}/tickets.pdf`}
                target="_blank"
                rel="noopener"
              >
                Print tickets (PDF)
              </a>
            ) : null}
            {canWrite && tickets.some((t) => t.status === "valid") ? (
              <ActionForm
                action={resendTicketsAction.bind(null, brand.slug, order.id)}
                submit="Re-send tickets"
                pendingLabel="Sending…"
                className="flex items-center gap-3"
              >
                {null}
              </ActionForm>
            ) : null}
          </div>
        </div>
        {tickets.length === 0 ? (
          <p className="text-sm text-zinc-600">No tickets issued.</p>
        ) : (
          <ul className="grid gap-1 text-sm sm:grid-cols-2">
            {tickets.map((t) => (
              <li key={t.id}>
                {t.productName} · {t.attendeeName} ·{" "}
                {t.checkedInAt ? (
                  `checked in ${formatDateTime(t.checkedInAt)}`
                ) : (
                  <StateBadge of="ticket" state={t.status} />
                )}
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card>
        <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
          <h2 className="font-semibold">History</h2>
          <Link
            href={`/studio/${brand.slug}/insights/audit?stream=order&id=${encodeURIComponent(order.id)}`}
            className="text-sm underline"
            data-testid="order-audit"
          >
            Everything in the audit log
          </Link>
        </div>
        <ol className="flex flex-col gap-1 text-sm" data-testid="order-history">
          {history.map((h) => (
            <li key={h.position} className="flex gap-3">
              <span className="w-40 shrink-0 text-zinc-500">{formatDateTime(h.recordedAt)}</span>
              <span className="font-medium">{logEntrySentence(h.type)}</span>
              <span className="text-zinc-500">{h.actor}</span>
            </li>
          ))}
        </ol>
      </Card>
    </div>
  );
}
