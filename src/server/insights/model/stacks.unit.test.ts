import { describe, expect, it } from "vitest";
import { stackSeries, type SeriesPoint } from "./stacks";

const d1 = new Date("2027-03-01T00:00:00Z");
const d2 = new Date("2027-03-02T00:00:00Z");
const d3 = new Date("2027-03-03T00:00:00Z");
const point = (at: Date, key: string, value: number, currency = "EUR"): SeriesPoint => ({
  at,
  currency,
  key,
  name: key.toUpperCase(),
  value,
});

describe("a stacked series", () => {
  it("has a row for every slot, a day without sales as zeros", () => {
    const [eur] = stackSeries([point(d1, "a", 100), point(d3, "a", 50), point(d3, "b", 10)], [d1, d2, d3]);
    expect(eur!.stacks.map((s) => s.key)).toEqual(["a", "b"]);
    expect(eur!.rows).toEqual([
      { at: d1, values: { a: 100, b: 0 } },
      { at: d2, values: { a: 0, b: 0 } },
      { at: d3, values: { a: 50, b: 10 } },
    ]);
  });

  it("keeps one chart per currency: euros and pounds are never added", () => {
    const series = stackSeries([point(d1, "a", 100, "EUR"), point(d1, "a", 70, "GBP")], [d1]);
    expect(series.map((s) => [s.currency, s.rows[0]!.values.a])).toEqual([
      ["EUR", 100],
      ["GBP", 70],
    ]);
  });

  it("keeps the biggest stacks and adds the rest up as Other, to the cent", () => {
    const points = ["a", "b", "c", "d"].map((k, i) => point(d1, k, (i + 1) * 100));
    const [eur] = stackSeries(points, [d1], 3);
    expect(eur!.stacks).toEqual([
      { key: "d", name: "D", total: 400 },
      { key: "c", name: "C", total: 300 },
      { key: "other", name: "Other", total: 300 },
    ]);
    expect(eur!.rows[0]!.values).toEqual({ d: 400, c: 300, other: 300 });
  });
});
