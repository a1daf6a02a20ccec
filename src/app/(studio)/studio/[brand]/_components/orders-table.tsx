"use client";
import { useState } from "react";
import Link from "next/link";
import { useQuery, keepPreviousData } from "@tanstack/react-query";
import { useLocale, useTranslations } from "use-intl";
import { useTRPC } from "@/app/_trpc/client";
import { EmptyState } from "@/components/ui";
import { formatDateTime, moneyIn } from "@/components/format";
import { ORDER_STATES, stateLabel } from "@/components/labels";
import { StateBadge } from "@/components/state-badge";
import type { OrderStatus } from "@/server/api/vocabulary";

export function OrdersTable({
  brandSlug,
  eventId,
  products = [],
}: {
  brandSlug: string;
  eventId?: string;
  products?: { id: string; name: string }[];
}) {
  const trpc = useTRPC();
  const t = useTranslations("studio.sales.orders");
  const common = useTranslations("studio.common");
  const locale = useLocale();
  const money = moneyIn(locale);
  const placed = (at: Date | string) => formatDateTime(at, undefined, undefined, locale);
  const [status, setStatus] = useState<OrderStatus | "">("");
  const [search, setSearch] = useState("");
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const [productId, setProductId] = useState("");
  const q = useQuery({
    ...trpc.studio.orders.queryOptions({
      brandSlug,
      eventId,
      status: status || undefined,
      search: search || undefined,
      from: from || undefined,
      to: to || undefined,
      productId: productId || undefined,
    }),
    placeholderData: keepPreviousData,
    refetchInterval: 10_000,
  });
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap gap-3">
        <label className="flex items-center gap-2 text-sm">
          {t("status")}
          <select
            value={status}
            onChange={(e) => setStatus(e.target.value as typeof status)}
            className="rounded-lg border border-zinc-300 px-2 py-1.5"
          >
            <option value="">{t("any")}</option>
            {ORDER_STATES.map((s) => (
              <option key={s} value={s}>
                {stateLabel(common, "order", s).label}
              </option>
            ))}
          </select>
        </label>
        {products.length ? (
          <label className="flex items-center gap-2 text-sm">
            {t("product")}
            <select
              value={productId}
              onChange={(e) => setProductId(e.target.value)}
              className="rounded-lg border border-zinc-300 px-2 py-1.5"
            >
              <option value="">{t("any")}</option>
              {products.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <label className="flex items-center gap-2 text-sm">
          {t("from")}{" "}
          <input
            type="date"
            value={from}
            onChange={(e) => setFrom(e.target.value)}
            className="rounded-lg border border-zinc-300 px-2 py-1"
          />
        </label>
        <label className="flex items-center gap-2 text-sm">
          {t("to")}{" "}
          <input
            type="date"
            value={to}
            onChange={(e) => setTo(e.target.value)}
            className="rounded-lg border border-zinc-300 px-2 py-1"
          />
        </label>
        <input
          type="search"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          placeholder={t("searchPlaceholder")}
          aria-label={t("searchLabel")}
          className="min-w-64 flex-1 rounded-lg border border-zinc-300 px-3 py-1.5"
        />
      </div>
      {q.isPending ? (
        <p className="text-sm text-zinc-500">{t("loading")}</p>
      ) : q.isError ? (
        <p role="alert" className="text-red-700">
          {q.error.message}
        </p>
      ) : q.data.length === 0 ? (
        <EmptyState title={t("noneMatch")}>{search || status ? t("tryAnother") : t("appearHere")}</EmptyState>
      ) : (
        // On a phone the table scrolls inside its frame, not the page; "Placed" moves under the reference
        // and the ticket count waits for a wider screen (the order has it).
        <div className="overflow-x-auto rounded-2xl bg-white shadow-sm">
          <table className="w-full text-left text-sm" data-testid="orders-table">
            <thead className="text-zinc-500">
              <tr>
                <th className="p-3">{t("reference")}</th>
                <th>{t("buyer")}</th>
                <th className="hidden sm:table-cell">{t("tickets")}</th>
                <th>{t("total")}</th>
                <th>{t("status")}</th>
                <th className="hidden sm:table-cell">{t("placed")}</th>
              </tr>
            </thead>
            <tbody>
              {q.data.map((o) => (
                <tr key={o.id} className="border-t border-zinc-100">
                  <td className="p-3">
                    <Link href={`/studio/${brandSlug}/orders/${o.id}`} className="font-mono underline">
                      {o.reference}
                    </Link>
                    <span className="block text-xs text-zinc-500 sm:hidden">{placed(o.createdAt)}</span>
                  </td>
                  <td className="pr-2">
                    {o.buyerName}
                    <br />
                    <span className="text-zinc-500">{o.buyerEmail}</span>
                  </td>
                  <td className="hidden sm:table-cell">{o.tickets}</td>
                  <td>{money(o.total, o.currency)}</td>
                  <td>
                    <StateBadge of="order" state={o.status} />
                  </td>
                  <td className="hidden pr-3 text-zinc-600 sm:table-cell">{placed(o.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
