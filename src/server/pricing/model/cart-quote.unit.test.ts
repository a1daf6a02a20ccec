import { thrown } from "@/test/domain-error";
import { describe, expect, it } from "vitest";
import type { BundlePricing, PricedComponent } from "./bundle-pricing";
import { quoteCart, type CartQuoteInput, type QuoteInputLine } from "./cart-quote";
import type { PricePhase } from "./phases";
import type { PromoCode } from "./promo";

const feb = new Date("2026-02-01T10:00:00Z");
const march1 = new Date("2026-03-01T00:00:00Z");

const phase = (
  name: string,
  price: number,
  endsAt: Date | null = null,
  endsAfterSold: number | null = null,
): PricePhase => ({ id: name, name, price, endsAt, endsAfterSold });
const gaPhases = [phase("Early bird", 2500, march1, 200), phase("Regular", 3500)];

const ticket = (over: Partial<QuoteInputLine> = {}): QuoteInputLine => ({
  lineId: "l-ga",
  productId: "ga",
  variantId: null,
  name: "GA ticket",
  kind: "ticket",
  quantity: 1,
  taxRateBp: 700,
  phases: [phase("Standard", 3000)],
  taken: 0,
  ...over,
});
const component = (
  componentId: string,
  standaloneUnitPrice: number,
  taxRateBp: number,
  overrideUnitPrice: number | null = null,
  quantity = 1,
): PricedComponent => ({
  componentId,
  name: componentId,
  quantity,
  standaloneUnitPrice,
  overrideUnitPrice,
  taxRateBp,
});
const bundle = (
  pricing: BundlePricing,
  components: PricedComponent[],
  over: Partial<QuoteInputLine> = {},
): QuoteInputLine => ({
  lineId: "l-vip",
  productId: "vip",
  variantId: null,
  name: "VIP bundle",
  kind: "bundle",
  quantity: 1,
  taxRateBp: 0,
  phases: [],
  taken: 0,
  bundle: { pricing, components },
  ...over,
});
const promo = (over: Partial<PromoCode> = {}): PromoCode => ({
  code: "FANS",
  kind: "percent",
  value: 1000,
  scope: "cart",
  productIds: [],
  validFrom: null,
  validUntil: null,
  maxUses: null,
  maxPerOrder: null,
  unlocksProductIds: [],
  events: "brand",
  ...over,
});
const cart = (lines: QuoteInputLine[], over: Partial<CartQuoteInput> = {}): CartQuoteInput => ({
  currency: "EUR",
  at: feb,
  lines,
  promo: null,
  splitBasis: "in_bundle",
  ...over,
});

describe("quoteCart", () => {
  describe("given a ticket at 30 € alone that costs 20 € inside a bundle", () => {
    const quote = quoteCart(
      cart([
        ticket(),
        bundle({ mode: "sum", discount: null }, [
          component("ga", 3000, 700, 2000),
          component("shirt", 2500, 1900),
        ]),
      ]),
    );

    it("prices the ticket bought alone at 30 €", () => {
      expect(quote.lines[0]!.total).toBe(3000);
    });

    it("prices the bundle with the ticket at 20 €, saving 10 € against the parts alone", () => {
      expect(quote.lines[1]).toMatchObject({
        parts: [{ phaseName: "", quantity: 1, unitPrice: 4500 }],
        total: 4500,
        saving: 1000,
      });
    });

    it("totals the cart as the sum of its lines", () => {
      expect(quote.total).toBe(7500);
    });
  });

  describe("given a bundle-only 10 % discount and the same items also bought separately", () => {
    const pricing: BundlePricing = { mode: "sum", discount: { kind: "percent", basisPoints: 1000 } };
    const quote = quoteCart(
      cart([
        bundle(pricing, [component("ga", 3000, 700), component("shirt", 2500, 1900)]),
        ticket(),
        ticket({
          lineId: "l-shirt",
          productId: "shirt",
          name: "T-shirt",
          kind: "merch",
          taxRateBp: 1900,
          phases: [phase("Standard", 2500)],
        }),
      ]),
    );

    it("takes 10 % off the bundle", () => {
      expect(quote.lines[0]).toMatchObject({ subtotal: 4950, saving: 550 });
    });

    it("does not discount the items bought separately", () => {
      expect(quote.lines.slice(1).map((l) => l.total)).toEqual([3000, 2500]);
      expect(quote.lines.slice(1).map((l) => l.saving)).toEqual([0, 0]);
    });
  });

  describe("when the early bird ends after 200 taken and the cart crosses it", () => {
    it("prices the units before the count at early bird and the rest at the next phase", () => {
      const quote = quoteCart(cart([ticket({ phases: gaPhases, taken: 198, quantity: 5 })]));
      expect(quote.lines[0]!.parts).toEqual([
        { phaseName: "Early bird", quantity: 2, unitPrice: 2500 },
        { phaseName: "Regular", quantity: 3, unitPrice: 3500 },
      ]);
      expect(quote.lines[0]!.subtotal).toBe(2 * 2500 + 3 * 3500);
    });

    it("counts an earlier line of the same product in this cart before a later one", () => {
      const quote = quoteCart(
        cart([
          ticket({ phases: gaPhases, taken: 198, quantity: 1 }),
          ticket({ lineId: "l-ga-2", phases: gaPhases, taken: 198, quantity: 2 }),
        ]),
      );
      expect(quote.lines.map((l) => l.parts.map((p) => `${p.quantity}×${p.phaseName}`))).toEqual([
        ["1×Early bird"],
        ["1×Early bird", "1×Regular"],
      ]);
    });
  });

  describe("given a fixed-price bundle with its own phases", () => {
    const pricing: BundlePricing = {
      mode: "fixed",
      phases: [phase("Launch", 4000, null, 10), phase("Standard", 5000)],
    };

    it("prices it from its phase, ignoring its components' prices, and splits across the count", () => {
      const quote = quoteCart(
        cart([
          bundle(pricing, [component("ga", 3000, 700), component("shirt", 2500, 1900)], {
            taken: 9,
            quantity: 2,
          }),
        ]),
      );
      expect(quote.lines[0]).toMatchObject({
        parts: [
          { phaseName: "Launch", quantity: 1, unitPrice: 4000 },
          { phaseName: "Standard", quantity: 1, unitPrice: 5000 },
        ],
        subtotal: 9000,
        saving: 1500 + 500,
      });
    });
  });

  describe("given a bundle with a 19 % T-shirt and a 7 % ticket", () => {
    const quote = quoteCart(
      cart([
        bundle(
          { mode: "fixed", phases: [phase("Standard", 4900)] },
          [component("ga", 3000, 700), component("shirt", 2500, 1900)],
          { quantity: 2 },
        ),
      ]),
    );
    const line = quote.lines[0]!;

    it("allocates the line total across the components × quantity, exactly", () => {
      expect(line.allocation.map((a) => a.amount)).toEqual([5345, 4455]); // 9800 × 30/55, 9800 × 25/55
      expect(line.allocation.reduce((s, a) => s + a.amount, 0)).toBe(line.total);
    });

    it("taxes each part at its own rate, and the line's tax is their sum", () => {
      expect(line.allocation.map((a) => a.tax)).toEqual([350, 711]); // 5345 × 7/107, 4455 × 19/119
      expect(line.tax).toBe(350 + 711);
      expect(quote.tax).toBe(line.tax);
    });
  });

  describe("given a promo code at its last use", () => {
    it("applies it", () => {
      const quote = quoteCart(cart([ticket()], { promo: { promo: promo({ maxUses: 50 }), usedCount: 49 } }));
      expect(quote.promo).toEqual({ code: "FANS", discount: 300 });
      expect(quote.total).toBe(2700);
    });
  });

  describe("given a promo code past its last use", () => {
    it("refuses the quote: the code has been used up", () => {
      const e = thrown(() =>
        quoteCart(cart([ticket()], { promo: { promo: promo({ maxUses: 50 }), usedCount: 50 } })),
      );
      expect(e.code).toBe("Invalid");
      expect(e.message).toBe("This code has been used up.");
    });
  });

  describe("given promo codes of each kind and scope", () => {
    const lines = [
      ticket({ quantity: 2 }),
      ticket({
        lineId: "l-cap",
        productId: "cap",
        name: "Cap",
        kind: "merch",
        phases: [phase("Standard", 1999)],
      }),
      bundle({ mode: "fixed", phases: [phase("Standard", 4900)] }, [component("ga", 3000, 700)]),
    ];
    const discountsWith = (p: PromoCode) =>
      quoteCart(cart(lines, { promo: { promo: p, usedCount: 0 } })).lines.map((l) => l.discount);

    it("a percent code on the cart discounts every line", () => {
      expect(discountsWith(promo())).toEqual([600, 200, 490]);
    });

    it("a percent code on some products discounts only them", () => {
      expect(discountsWith(promo({ scope: "products", productIds: ["cap"] }))).toEqual([0, 200, 0]);
    });

    it("an amount code on bundles discounts only bundles, and reduces their allocation", () => {
      const quote = quoteCart(
        cart(lines, {
          promo: { promo: promo({ kind: "amount", value: 900, scope: "bundles" }), usedCount: 0 },
        }),
      );
      expect(quote.lines.map((l) => l.discount)).toEqual([0, 0, 900]);
      expect(quote.lines[2]!.allocation).toEqual([{ componentId: "ga", amount: 4000, tax: 262 }]);
    });

    it("an amount code on the cart discounts each unit, up to its price", () => {
      expect(discountsWith(promo({ kind: "amount", value: 2000 }))).toEqual([4000, 1999, 2000]);
    });
  });

  describe("given a promo that applies across phases with a per-order limit", () => {
    it("discounts the most expensive units first", () => {
      const quote = quoteCart(
        cart([ticket({ phases: gaPhases, taken: 199, quantity: 3 })], {
          promo: { promo: promo({ maxPerOrder: 1 }), usedCount: 0 },
        }),
      );
      expect(quote.lines[0]!.discount).toBe(350);
    });
  });

  describe("the totals of any quote", () => {
    const quote = quoteCart(
      cart(
        [
          ticket({ phases: gaPhases, taken: 198, quantity: 3 }),
          bundle({ mode: "sum", discount: { kind: "amount", amount: 333 } }, [
            component("ga", 3000, 700),
            component("shirt", 2499, 1900),
          ]),
        ],
        {
          promo: { promo: promo({ value: 1250 }), usedCount: 0 },
        },
      ),
    );

    it("add up exactly: Σ lines, and each line's total = subtotal − discount", () => {
      const total = (k: "subtotal" | "discount" | "total" | "tax") =>
        quote.lines.reduce((s, l) => s + l[k], 0);
      expect([quote.subtotal, quote.discount, quote.total, quote.tax]).toEqual([
        total("subtotal"),
        total("discount"),
        total("total"),
        total("tax"),
      ]);
      for (const l of quote.lines) expect(l.total).toBe(l.subtotal - l.discount);
      expect(quote.total).toBe(quote.subtotal - quote.discount);
      expect(quote.promo?.discount).toBe(quote.discount);
    });

    it("stamp the currency and the instant", () => {
      expect(quote.currency).toBe("EUR");
      expect(quote.quotedAt).toBe("2026-02-01T10:00:00.000Z");
    });
  });

  describe("when a line's phases have all ended", () => {
    it("refuses as SoldOut, naming the product", () => {
      const e = thrown(() =>
        quoteCart(cart([ticket({ phases: [phase("Early bird", 2500, march1)] })], { at: march1 })),
      );
      expect(e.code).toBe("SoldOut");
      expect(e.message).toBe("GA ticket is no longer on sale.");
    });
  });

  describe("when a quantity is 0", () => {
    it("refuses as Invalid", () => {
      expect(thrown(() => quoteCart(cart([ticket({ quantity: 0 })]))).code).toBe("Invalid");
    });
  });

  describe("given a held cart", () => {
    const input = cart([ticket({ phases: gaPhases, quantity: 2 })]);

    it("quotes the same input the same way every time", () => {
      expect(quoteCart(input)).toEqual(quoteCart(input));
    });

    it("keeps a stored quote when a later quote falls in the next phase", () => {
      const stored = quoteCart(input);
      const snapshot = structuredClone(stored);
      const later = quoteCart({ ...input, at: new Date("2026-03-02T00:00:00Z") });
      expect(later.total).toBe(7000);
      expect(stored.total).toBe(5000);
      expect(stored).toEqual(snapshot);
    });
  });

  // Issue 12 item 7: the pack's T-shirt costs €16 inside it (€25 alone), the ticket €38 (€50 alone).
  describe("given the weekend pack with in-bundle prices and a 10 % promo code", () => {
    const pack = bundle({ mode: "sum", discount: null }, [
      component("ticket", 5000, 700, 3800),
      component("tee", 2500, 1900, 1600),
    ]);
    const quoted = (splitBasis: CartQuoteInput["splitBasis"]) =>
      quoteCart(cart([pack, ticket()], { splitBasis, promo: { promo: promo(), usedCount: 0 } }));

    describe("when the brand splits by in-bundle prices (the default)", () => {
      const q = quoted("in_bundle");

      it("splits what was paid (€48.60) by in-bundle prices, and says so on the line", () => {
        expect(q.lines[0]!.total).toBe(4860);
        expect(q.lines[0]!.allocation.map((a) => a.amount)).toEqual([3420, 1440]);
        expect(q.lines[0]!.allocationBasis).toBe("in_bundle");
      });

      it("gives a line that is not a bundle no split and no basis", () => {
        expect(q.lines[1]).toMatchObject({ allocation: [], allocationBasis: null });
      });
    });

    describe("when the brand splits by stand-alone prices", () => {
      it("splits it 50 : 25, and says so on the line", () => {
        const line = quoted("standalone").lines[0]!;
        expect(line.allocation.map((a) => a.amount)).toEqual([3240, 1620]);
        expect(line.allocationBasis).toBe("standalone");
      });
    });
  });
});
