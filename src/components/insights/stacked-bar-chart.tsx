"use client";
// A stacked bar chart (Recharts), fed with figures the server already read: one bar per row, one
// coloured part per stack. Money charts get a currency and show amounts the way every page does.
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useLocale } from "use-intl";
import { moneyIn } from "@/components/format";
import type { Locale } from "@/server/platform/i18n";

export type ChartStack = {
  key: string;
  name: string;
  /** A stack's own colour, e.g. grey for what is still free; otherwise the next of the palette. */
  colour?: string;
};
export type ChartRow = { label: string; values: Record<string, number> };

/** What is left or free: there, but not the figure to look at. */
export const QUIET = "#d4d4d8";

// Told apart by people with the commonest colour blindness, and in greyscale print.
const COLOURS = ["#0f766e", "#d97706", "#4f46e5", "#db2777", "#65a30d", "#0284c7", "#71717a"];

export function colourOf(index: number): string {
  return COLOURS[index % COLOURS.length]!;
}

/** Amounts in a currency (minor units in, "€12.50" or "12,50 €" out), or plain counts. */
export function valueFormatter(currency: string | null, locale: Locale) {
  const money = moneyIn(locale);
  return (v: number) => (currency ? money(v, currency) : String(v));
}

export function StackedBarChart({
  rows,
  stacks,
  currency,
  horizontal = false,
  height = 280,
}: {
  rows: ChartRow[];
  stacks: ChartStack[];
  /** Null for counts (orders, tickets, arrivals). */
  currency: string | null;
  /** Bars along the x axis (a ranking of names) instead of up the y axis (a time series). */
  horizontal?: boolean;
  height?: number;
}) {
  const data = rows.map((r) => ({ label: r.label, ...r.values }));
  const format = valueFormatter(currency, useLocale());
  // Whole units on the axis: €1,200 (1 200 €) rather than €1,200.00 crowds it less.
  const tick = (v: number) =>
    currency ? format(Math.round(v / 100) * 100).replace(/[.,]00(?=\D*$)/, "") : String(v);
  return (
    <div style={{ width: "100%", height }} aria-hidden>
      <ResponsiveContainer width="100%" height="100%">
        {/* Hidden from assistive technology (the table beside it says the same): not focusable either. */}
        <BarChart
          data={data}
          layout={horizontal ? "vertical" : "horizontal"}
          margin={{ left: 8, right: 8 }}
          accessibilityLayer={false}
        >
          <CartesianGrid strokeDasharray="3 3" stroke="#e4e4e7" />
          {horizontal ? (
            <>
              <XAxis type="number" tickFormatter={tick} allowDecimals={false} fontSize={12} />
              <YAxis type="category" dataKey="label" width={140} fontSize={12} />
            </>
          ) : (
            <>
              <XAxis dataKey="label" fontSize={12} minTickGap={8} />
              <YAxis tickFormatter={tick} allowDecimals={false} width={72} fontSize={12} />
            </>
          )}
          <Tooltip formatter={(v) => format(Number(v))} />
          {stacks.length > 1 ? (
            <Legend
              wrapperStyle={{ fontSize: 12 }}
              itemSorter={null}
              // The names in ink, whatever the stack's colour: a quiet grey would be unreadable.
              formatter={(name) => <span style={{ color: "#3f3f46" }}>{name}</span>}
            />
          ) : null}
          {stacks.map((s, i) => (
            <Bar
              key={s.key}
              dataKey={s.key}
              name={s.name}
              stackId="a"
              fill={s.colour ?? colourOf(i)}
              maxBarSize={56}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
