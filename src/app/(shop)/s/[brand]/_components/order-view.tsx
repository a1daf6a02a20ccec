"use client";
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/app/_trpc/client";
import { Badge } from "@/components/ui";
import { formatMoney } from "@/components/format";

/** Order states in the fan's words. */
const STATUS: Record<string, string> = {
  pending: "Awaiting payment",
  paid: "Paid",
  fulfilled: "Paid · tickets sent",
  partially_fulfilled: "Paid · tickets sent · merch to ship",
  cancelled: "Cancelled",
  expired: "Expired",
  refunded: "Refunded",
  partially_refunded: "Partly refunded",
};

/** The fan's order: its state, and one QR ticket per admission once issued (polled until then). */
export function OrderView({ orderId, accessKey }: { orderId: string; accessKey: string }) {
  const trpc = useTRPC();
  const q = useQuery({
    ...trpc.shop.order.queryOptions({ orderId, key: accessKey }),
    refetchInterval: (query) => {
      const d = query.state.data;
      if (!d) return false;
      // Paid but not yet delivered: tickets are being issued. Pending: the payment may still arrive.
      if (d.order.status === "paid" || (d.order.status !== "pending" && d.order.status !== "cancelled" && d.tickets.length === 0)) return 1000;
      return d.order.status === "pending" ? 3000 : false;
    },
  });
  if (q.isPending) return <p className="text-zinc-500">Loading your order…</p>;
  if (q.isError) return <p role="alert" className="text-red-700">{q.error.message}</p>;
  const { order, tickets } = q.data;
  const paid = order.status !== "pending" && order.status !== "cancelled" && order.status !== "expired";
  const shipped = order.lines.flatMap((l) =>
    l.kind === "merch"
      ? [`${l.quantity} × ${l.productName}${l.variantName ? ` (${l.variantName})` : ""}`]
      : l.components.filter((c) => c.kind === "merch").map((c) => `${c.quantity * l.quantity} × ${c.productName}${c.variantName ? ` (${c.variantName})` : ""}`),
  );
  return (
    <div className="flex flex-col gap-6">
      <div>
        <p className="text-sm text-zinc-600">Order <span className="font-mono" data-testid="order-reference">{order.reference}</span></p>
        <h1 className="text-3xl font-bold tracking-tight">{paid ? `Thank you, ${order.buyerName}!` : "Your order"}</h1>
        <p className="mt-1 text-zinc-700">
          <Badge tone={paid ? "green" : "amber"}>{STATUS[order.status] ?? order.status}</Badge> · {formatMoney(order.totalMinor, order.currency)} ·{" "}
          {paid ? <>Your tickets are below and on their way to {order.buyerEmail}.</> : <>Waiting for payment.</>}
        </p>
      </div>
      <ul className="text-sm text-zinc-700">
        {order.lines.map((l) => (
          <li key={l.lineId}>
            {l.quantity} × {l.productName}{l.variantName ? ` (${l.variantName})` : ""} — {formatMoney(l.total, order.currency)}
            {l.components.length ? <span className="text-zinc-500"> · {l.components.map((c) => `${c.quantity} × ${c.productName}${c.variantName ? ` (${c.variantName})` : ""}`).join(", ")}</span> : null}
          </li>
        ))}
      </ul>
      {shipped.length ? (
        <p className="rounded-lg border border-zinc-200 bg-white px-3 py-2 text-sm" data-testid="to-ship">
          To be shipped: {shipped.join(", ")}. We will e-mail you when it is on its way.
        </p>
      ) : null}
      {paid && tickets.length === 0 ? <p className="text-zinc-600" aria-live="polite">Issuing your tickets…</p> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        {tickets.map((t, i) => (
          <div key={t.id} className="rounded-2xl border-2 border-brand bg-white p-5 shadow-sm" data-testid="ticket">
            <p className="text-xs font-semibold uppercase tracking-wide text-brand">Ticket {i + 1} of {tickets.length}</p>
            <p className="font-semibold">{t.productName}</p>
            <p className="text-sm text-zinc-600">{t.attendeeName}</p>
            <div className="mx-auto my-3 w-48" aria-label="QR code" role="img" dangerouslySetInnerHTML={{ __html: t.qrSvg }} />
            <p className="break-all text-center font-mono text-xs text-zinc-600" data-testid="ticket-code">{t.code}</p>
          </div>
        ))}
      </div>
    </div>
  );
}
