import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { allocate } from "@/server/platform/money";
import { orderStateFrom, planFulfillment, type PaidLine } from "./plan";
import { decideRefund, NO_FAN_REFUNDS } from "./refund";

const line = (l: Partial<PaidLine> & Pick<PaidLine, "kind" | "quantity" | "total">): PaidLine => ({
  lineId: "l1",
  productId: "p1",
  productName: l.kind === "merch" ? "T-shirt" : "Day ticket",
  variantId: null,
  variantName: null,
  allocation: [],
  components: [],
  ...l,
});
const weekendPack = (quantity: number, total: number, allocation: [number, number]): PaidLine => ({
  lineId: "lb",
  productId: "bundle",
  productName: "Weekend pack",
  variantId: null,
  variantName: null,
  kind: "bundle",
  quantity,
  total,
  allocation: [
    { componentId: "c-day", amount: allocation[0] },
    { componentId: "c-shirt", amount: allocation[1] },
  ],
  components: [
    {
      componentId: "c-day",
      productId: "day",
      productName: "Day ticket",
      variantId: null,
      variantName: null,
      kind: "ticket",
      quantity: 2,
    },
    {
      componentId: "c-shirt",
      productId: "shirt",
      productName: "T-shirt",
      variantId: "v-m",
      variantName: "M",
      kind: "merch",
      quantity: 1,
    },
  ],
});

describe("the fulfillment plan", () => {
  it("a ticket line: one ticket item per admission, issued at once, sharing the line's total exactly", () => {
    const items = planFulfillment([line({ kind: "ticket", quantity: 3, total: 1000 })]);
    expect(items.map((i) => [i.kind, i.seq, i.amount])).toEqual([
      ["ticket", 0, 334],
      ["ticket", 1, 333],
      ["ticket", 2, 333],
    ]);
  });

  it("a merch line: one shipment item per unit, labelled with its variant", () => {
    const items = planFulfillment([
      line({ kind: "merch", quantity: 2, total: 5000, variantId: "v-l", variantName: "L" }),
    ]);
    expect(items.map((i) => [i.kind, i.label, i.amount])).toEqual([
      ["shipment", "T-shirt (L)", 2500],
      ["shipment", "T-shirt (L)", 2500],
    ]);
  });

  it("an add-on line: delivered digitally at once", () => {
    expect(
      planFulfillment([line({ kind: "addon", quantity: 1, total: 500, productName: "Parking" })]).map(
        (i) => i.kind,
      ),
    ).toEqual(["digital"]);
  });

  it("a weekend pack (2 day tickets + a T-shirt) bought twice: four tickets now and two shirts to ship, each unit with its allocated share", () => {
    const items = planFulfillment([weekendPack(2, 11700, [8000, 3700])]);
    expect(items.map((i) => [i.bundleUnit, i.kind, i.label, i.amount])).toEqual([
      [0, "ticket", "Day ticket · Weekend pack", 2000],
      [0, "ticket", "Day ticket · Weekend pack", 2000],
      [0, "shipment", "T-shirt (M) · Weekend pack", 1850],
      [1, "ticket", "Day ticket · Weekend pack", 2000],
      [1, "ticket", "Day ticket · Weekend pack", 2000],
      [1, "shipment", "T-shirt (M) · Weekend pack", 1850],
    ]);
  });

  it("a mixed order: every line's items together add up to the order's total", () => {
    const lines = [
      line({ lineId: "a", kind: "ticket", quantity: 3, total: 9001 }),
      weekendPack(1, 5850, [4000, 1850]),
      line({ lineId: "m", kind: "merch", quantity: 2, total: 4999 }),
    ];
    const items = planFulfillment(lines);
    expect(items.reduce((s, i) => s + i.amount, 0)).toBe(9001 + 5850 + 4999);
    expect(items.filter((i) => i.kind === "ticket")).toHaveLength(5);
    expect(items.filter((i) => i.kind === "shipment")).toHaveLength(3);
  });

  it("splits a bundle's total by units when a stored allocation does not add up, rather than leave the order stuck", () => {
    const items = planFulfillment([weekendPack(1, 6000, [1, 1])]);
    expect(items.reduce((s, i) => s + i.amount, 0)).toBe(6000);
  });
});

describe("the order's state, from its items", () => {
  it("is fulfilled when every item reached the fan, partially fulfilled while a shipment waits", () => {
    expect(orderStateFrom(["issued", "issued"])).toBe("fulfilled");
    expect(orderStateFrom(["issued", "to_ship"])).toBe("partially_fulfilled");
    expect(orderStateFrom(["issued", "shipped"])).toBe("partially_fulfilled");
    expect(orderStateFrom(["issued", "delivered"])).toBe("fulfilled");
  });
  it("is partially refunded when some items are refunded, refunded when all are", () => {
    expect(orderStateFrom(["issued", "refunded"])).toBe("partially_refunded");
    expect(orderStateFrom(["refunded", "refunded"])).toBe("refunded");
  });
});

describe("refunds", () => {
  const now = new Date("2031-01-01T10:00:00Z");
  const startsAt = new Date("2031-01-10T20:00:00Z");
  const organizer = { by: "organizer" as const, now, eventStartsAt: startsAt, policy: NO_FAN_REFUNDS };
  const item = (
    amount: number,
    status: "issued" | "to_ship" | "shipped" | "returned" | "refunded" = "issued",
  ) => ({ id: `i${amount}`, status, amount, label: "T-shirt (M) · Weekend pack" });

  it("gives back an item's allocated share", () => {
    expect(decideRefund([item(1850, "to_ship")], organizer)).toEqual({ gross: 1850, fee: 0, amount: 1850 });
  });

  it("refuses an item already refunded, and a shipped one until its return is recorded", () => {
    expect(() => decideRefund([item(1850, "refunded")], organizer)).toThrow(
      "T-shirt (M) · Weekend pack is already refunded.",
    );
    expect(() => decideRefund([item(1850, "shipped")], organizer)).toThrow(
      "has been shipped: record its return before refunding it.",
    );
    expect(decideRefund([item(1850, "returned")], organizer).amount).toBe(1850);
  });

  it("lets a fan refund only where the policy allows, before its cut-off, minus its fee", () => {
    const policy = { fanRefunds: true, cutoffHours: 48, feePercentBp: 500, feeFixedMinor: 100 };
    expect(() => decideRefund([item(2000)], { ...organizer, by: "fan" })).toThrow(
      "cannot be refunded online",
    );
    expect(decideRefund([item(2000)], { ...organizer, by: "fan", policy })).toEqual({
      gross: 2000,
      fee: 200,
      amount: 1800,
    });
    expect(() =>
      decideRefund([item(2000)], { ...organizer, by: "fan", policy, now: new Date("2031-01-08T20:00:00Z") }),
    ).toThrow("Online refunds for this event have closed.");
    expect(decideRefund([item(50)], { ...organizer, by: "fan", policy }).amount).toBe(0); // the fee never exceeds what is refunded
  });

  it("property: refunding every item of any bundle order one by one returns exactly what was paid, to the cent", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.array(
          fc.record({
            quantity: fc.integer({ min: 1, max: 3 }),
            weight: fc.integer({ min: 0, max: 9000 }),
            kind: fc.constantFrom("ticket", "merch", "addon"),
          }),
          { minLength: 1, maxLength: 4 },
        ),
        fc.integer({ min: 0, max: 500_000 }),
        (quantity, parts, total) => {
          const shares = allocate(
            total,
            parts.map((p) => p.weight * p.quantity),
          );
          const bundle: PaidLine = {
            lineId: "lb",
            productId: "b",
            productName: "Pack",
            variantId: null,
            variantName: null,
            kind: "bundle",
            quantity,
            total,
            allocation: parts.map((_, i) => ({ componentId: `c${i}`, amount: shares[i]! })),
            components: parts.map((p, i) => ({
              componentId: `c${i}`,
              productId: `p${i}`,
              productName: `Part ${i}`,
              variantId: null,
              variantName: null,
              kind: p.kind,
              quantity: p.quantity,
            })),
          };
          const items = planFulfillment([bundle]).map((i, k) => ({
            id: String(k),
            status: "issued" as const,
            amount: i.amount,
            label: i.label,
          }));
          const refunded = items.reduce((sum, i) => sum + decideRefund([i], organizer).amount, 0);
          return refunded === total && items.every((i) => i.amount >= 0);
        },
      ),
    );
  });
});
