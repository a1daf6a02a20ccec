"use client";
// A line chart (Recharts) of how full things got over time, fed with counts the server already
// read: one line per pool, drawn as the share of its capacity so a pool of 2,000 and one of 20
// read on one axis; the tooltip says the units ("30 of 50").
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useTranslations } from "use-intl";
import { colourOf } from "./stacked-bar-chart";

export type FillLine = { key: string; name: string; capacity: number };
export type FillRow = { label: string; values: Record<string, number> };

/** Percent of capacity, for drawing only (the figures stay whole units). */
const percentOf = (units: number, capacity: number) => (capacity > 0 ? (units * 100) / capacity : 0);

export function FillLineChart({
  rows,
  lines,
  height = 280,
}: {
  rows: FillRow[];
  lines: FillLine[];
  height?: number;
}) {
  const t = useTranslations("studio.sales.insights");
  const data = rows.map((r) => ({
    label: r.label,
    ...Object.fromEntries(lines.map((l) => [l.key, percentOf(r.values[l.key] ?? 0, l.capacity)])),
  }));
  const units = new Map(rows.map((r) => [r.label, r.values]));
  const capacities = new Map(lines.map((l) => [l.key, l.capacity]));
  const said = (key: string, label: string) => {
    const sold = units.get(label)?.[key] ?? 0;
    const capacity = capacities.get(key) ?? 0;
    return t("fillTooltip", { sold, capacity, percent: Math.round(percentOf(sold, capacity)) });
  };
  return (
    <div style={{ width: "100%", height }} aria-hidden>
      <ResponsiveContainer width="100%" height="100%">
        {/* Hidden from assistive technology (the table beside it says the same): not focusable either. */}
        <LineChart data={data} margin={{ left: 8, right: 32 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e4e4e7" />
          <XAxis dataKey="label" fontSize={12} minTickGap={8} />
          <YAxis
            domain={[0, 100]}
            ticks={[0, 25, 50, 75, 100]}
            tickFormatter={(v: number) => `${v} %`}
            width={56}
            fontSize={12}
          />
          <Tooltip formatter={(_v, _name, item) => said(String(item.dataKey), String(item.payload.label))} />
          <Legend
            wrapperStyle={{ fontSize: 12 }}
            // The names in ink, whatever the line's colour.
            formatter={(name) => <span style={{ color: "#3f3f46" }}>{name}</span>}
          />
          {lines.map((l, i) => (
            <Line
              key={l.key}
              dataKey={l.key}
              name={l.name}
              type="linear"
              stroke={colourOf(i)}
              strokeWidth={2}
              dot={rows.length <= 31}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
