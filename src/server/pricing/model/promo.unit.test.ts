import { thrown } from "@/test/domain-error";
import { describe, expect, it } from "vitest";
import {
  appliesAt,
  applyPromo,
  checkPromo,
  checkPromoEvent,
  decidePromoCode,
  promoForm,
  promoInput,
  promoWindowIn,
  type PromoCode,
  type PromoInput,
  type PromoLine,
} from "./promo";

const promo = (over: Partial<PromoCode> = {}): PromoCode => ({
  code: "SUMMER",
  kind: "percent",
  value: 1000,
  scope: "cart",
  productIds: [],
  validFrom: null,
  validUntil: null,
  maxUses: null,
  maxPerOrder: null,
  unlocksProductIds: [],
  events: ["evt_harbour"],
  ...over,
});
const line = (
  lineId: string,
  kind: PromoLine["kind"],
  quantity: number,
  unitPrice: number,
  productId = lineId,
): PromoLine => ({ lineId, productId, kind, quantity, unitPrice });
const discounts = (p: PromoCode, lines: PromoLine[]) => applyPromo(p, lines).map((d) => d.discount);

const form = (over: Partial<Record<keyof PromoInput, unknown>> = {}) => ({
  code: "summer-26",
  kind: "percent",
  value: 15,
  scope: "cart",
  eventId: "evt_harbour",
  ...over,
});
/** The field messages zod gives for a form, by field. */
function fieldErrors(input: unknown): Record<string, string[]> {
  const r = promoInput.safeParse(input);
  if (r.success) return {};
  const out: Record<string, string[]> = {};
  for (const i of r.error.issues) (out[String(i.path[0])] ??= []).push(i.message);
  return out;
}

describe("promoInput", () => {
  describe("given a 15 % code typed in lower case, with empty limits and dates", () => {
    it("stores the code upper-cased, 15 % as 1500 basis points, and no limits", () => {
      expect(
        promoInput.parse(form({ value: "15 %", maxUses: "", maxPerOrder: null, validFrom: "" })),
      ).toEqual({
        code: "SUMMER-26",
        kind: "percent",
        value: 1500,
        scope: "cart",
        productIds: [],
        validFrom: null,
        validUntil: null,
        maxUses: null,
        maxPerOrder: null,
        unlocksProductIds: [],
        events: ["evt_harbour"],
      });
    });
  });

  describe("given an amount of 12.50 in major units", () => {
    it("stores 1250 minor units", () => {
      expect(promoInput.parse(form({ kind: "amount", value: "12,50" })).value).toBe(1250);
    });
  });

  describe("given limits and a validity window from the form", () => {
    it("keeps them as whole numbers and instants", () => {
      const p = promoInput.parse(
        form({
          maxUses: "100",
          maxPerOrder: "2",
          validFrom: "2026-03-01T00:00:00Z",
          validUntil: "2026-04-01T00:00:00Z",
        }),
      );
      expect(p).toMatchObject({
        maxUses: 100,
        maxPerOrder: 2,
        validFrom: new Date("2026-03-01T00:00:00Z"),
        validUntil: new Date("2026-04-01T00:00:00Z"),
      });
    });
  });

  describe("when the percentage is -10 %, 0 or above 100 %", () => {
    it("refuses each with a message on the value", () => {
      expect(fieldErrors(form({ value: "-10 %" }))).toEqual({ value: ["A discount cannot be negative"] });
      expect(fieldErrors(form({ value: 0 }))).toEqual({ value: ["Enter a percentage from 1 to 100"] });
      expect(fieldErrors(form({ value: 120 }))).toEqual({ value: ["A discount cannot exceed 100 %"] });
    });
  });

  describe("when the amount is 0 or has three decimals", () => {
    it("refuses it", () => {
      expect(fieldErrors(form({ kind: "amount", value: 0 }))).toEqual({ value: ["Enter an amount above 0"] });
      expect(fieldErrors(form({ kind: "amount", value: 1.005 }))).toEqual({
        value: ["Use at most two decimals"],
      });
    });
  });

  describe("when the code is too short or has spaces", () => {
    it("refuses it on the code", () => {
      expect(fieldErrors(form({ code: "ab" }))).toEqual({ code: ["A code has at least 3 characters"] });
      expect(fieldErrors(form({ code: "SUMMER 26" }))).toEqual({
        code: ["Use letters, digits and dashes only"],
      });
    });
  });

  describe("when the code ends before it starts", () => {
    it("refuses it on the end", () => {
      expect(
        fieldErrors(form({ validFrom: "2026-04-01T00:00:00Z", validUntil: "2026-03-01T00:00:00Z" })),
      ).toEqual({ validUntil: ["The code must end after it starts"] });
    });
  });

  describe("when a limit is 0 or fractional", () => {
    it("refuses it on that field", () => {
      expect(Object.keys(fieldErrors(form({ maxUses: 0, maxPerOrder: 1.5 })))).toEqual([
        "maxUses",
        "maxPerOrder",
      ]);
    });
  });

  describe("when the scope is some products but none is chosen", () => {
    it("asks for a product", () => {
      expect(fieldErrors(form({ scope: "products" }))).toEqual({
        productIds: ["Choose at least one product"],
      });
    });
  });

  describe("when products are left over from another scope", () => {
    it("drops them", () => {
      expect(promoInput.parse(form({ scope: "bundles", productIds: ["ga"] })).productIds).toEqual([]);
    });
  });

  // Issue 12 item 2: a code made on "Harbour Weekender" showed on "Probe night".
  describe("given a code made on an event's page, without widening it", () => {
    it("belongs to that event only", () => {
      expect(promoInput.parse(form()).events).toEqual(["evt_harbour"]);
    });
  });

  describe("when the organizer widens it to chosen events", () => {
    it("applies at the event it was made on and at those, once each", () => {
      const p = promoInput.parse(form({ reach: "events", eventIds: ["evt_probe", "evt_harbour"] }));
      expect(p.events).toEqual(["evt_harbour", "evt_probe"]);
    });
  });

  describe("when the organizer widens it to the whole brand", () => {
    it("is brand-wide, and chosen events are dropped", () => {
      expect(promoInput.parse(form({ reach: "brand", eventIds: ["evt_probe"] })).events).toBe("brand");
    });
  });

  describe("when no event is named and it is not brand-wide", () => {
    it("asks for an event", () => {
      expect(fieldErrors(form({ eventId: undefined }))).toEqual({ eventIds: ["Choose at least one event"] });
    });
  });

  describe("when the reach is not one the form offers", () => {
    it("refuses it in words", () => {
      expect(fieldErrors(form({ reach: "galaxy" }))).toEqual({ reach: ["Choose where the code is valid"] });
    });
  });
});

describe("checkPromoEvent", () => {
  describe("given a code of Harbour Weekender", () => {
    const harbour = promo({ events: ["evt_harbour"] });

    it("applies at Harbour Weekender", () => {
      expect(appliesAt(harbour, "evt_harbour")).toBe(true);
      expect(() => checkPromoEvent(harbour, "evt_harbour")).not.toThrow();
    });

    it("is refused at Probe night, in words, at the code's field", () => {
      const e = thrown(() => checkPromoEvent(harbour, "evt_probe"));
      expect(e.code).toBe("Invalid");
      expect(e.message).toBe("This code is not valid for this event.");
      expect(e.details).toMatchObject({ field: "promoCode", reason: "otherEvent" });
    });
  });

  describe("given a brand-wide code", () => {
    it("applies at every event of the brand", () => {
      expect(appliesAt(promo({ events: "brand" }), "evt_probe")).toBe(true);
    });
  });

  describe("given a code widened to two events", () => {
    it("applies at both and nowhere else", () => {
      const two = promo({ events: ["evt_harbour", "evt_probe"] });
      expect(["evt_harbour", "evt_probe", "evt_gala"].map((id) => appliesAt(two, id))).toEqual([
        true,
        true,
        false,
      ]);
    });
  });
});

describe("checkPromo", () => {
  const at = new Date("2026-03-15T12:00:00Z");

  describe("when the code is at its last use", () => {
    it("still applies", () => {
      expect(() => checkPromo(promo({ maxUses: 100 }), at, 99)).not.toThrow();
    });
  });

  describe("when the code has been used as many times as allowed", () => {
    it("refuses: used up", () => {
      const e = thrown(() => checkPromo(promo({ maxUses: 100 }), at, 100));
      expect(e.code).toBe("Invalid");
      expect(e.message).toBe("This code has been used up.");
      expect(e.details).toEqual({ field: "promoCode", reason: "usedUp" });
    });
  });

  describe("when the code is not valid yet", () => {
    it("refuses: not valid yet", () => {
      expect(
        thrown(() => checkPromo(promo({ validFrom: new Date("2026-04-01T00:00:00Z") }), at, 0)).message,
      ).toBe("This code is not valid yet.");
    });
  });

  describe("when the code's end has passed, or is this very instant", () => {
    it("refuses: expired", () => {
      expect(
        thrown(() => checkPromo(promo({ validUntil: new Date("2026-03-01T00:00:00Z") }), at, 0)).message,
      ).toBe("This code has expired.");
      expect(thrown(() => checkPromo(promo({ validUntil: at }), at, 0)).message).toBe(
        "This code has expired.",
      );
    });
  });

  describe("when the code is within its window", () => {
    it("applies", () => {
      expect(() =>
        checkPromo(
          promo({
            validFrom: new Date("2026-03-01T00:00:00Z"),
            validUntil: new Date("2026-04-01T00:00:00Z"),
          }),
          at,
          0,
        ),
      ).not.toThrow();
    });
  });
});

describe("applyPromo", () => {
  const cart = [
    line("ga", "ticket", 2, 3000),
    line("shirt", "merch", 1, 2499),
    line("vip", "bundle", 1, 8000),
  ];

  describe("given 10 % off the cart", () => {
    it("takes 10 % off every unit, rounded half up per unit", () => {
      expect(discounts(promo(), cart)).toEqual([600, 250, 800]);
    });
  });

  describe("given 10 % off one product", () => {
    it("discounts only that product", () => {
      expect(discounts(promo({ scope: "products", productIds: ["shirt"] }), cart)).toEqual([0, 250, 0]);
    });
  });

  describe("given 5 € off bundles", () => {
    it("discounts only bundle lines, per unit", () => {
      expect(
        discounts(promo({ kind: "amount", value: 500, scope: "bundles" }), [
          ...cart,
          line("vip2", "bundle", 3, 8000),
        ]),
      ).toEqual([0, 0, 500, 1500]);
    });
  });

  describe("given an amount off larger than a unit price", () => {
    it("never discounts a unit below 0", () => {
      expect(
        discounts(promo({ kind: "amount", value: 5000 }), [
          line("ga", "ticket", 2, 3000),
          line("free", "addon", 1, 0),
        ]),
      ).toEqual([6000, 0]);
    });
  });

  describe("given a code limited to 2 units per order", () => {
    it("discounts the 2 most expensive eligible units", () => {
      expect(discounts(promo({ maxPerOrder: 2 }), cart)).toEqual([300, 0, 800]);
    });

    it("breaks ties in favour of the earlier line", () => {
      expect(
        discounts(promo({ maxPerOrder: 2 }), [line("a", "ticket", 1, 1000), line("b", "ticket", 3, 1000)]),
      ).toEqual([100, 100]);
    });

    it("does not spend the limit on ineligible lines", () => {
      expect(
        discounts(promo({ maxPerOrder: 2, scope: "products", productIds: ["shirt", "ga"] }), cart),
      ).toEqual([600, 0, 0]);
    });
  });
});

describe("promoWindowIn (a code's dates, typed in the event's time zone)", () => {
  describe("given local times at an event in Europe/Berlin", () => {
    it("reads them as instants there (summer time: UTC+2)", () => {
      expect(
        promoWindowIn("Europe/Berlin", { validFrom: "2031-06-01T10:00", validUntil: "2031-06-30T23:59" }),
      ).toEqual({
        validFrom: new Date("2031-06-01T08:00:00.000Z"),
        validUntil: new Date("2031-06-30T21:59:00.000Z"),
        issues: [],
      });
    });
  });
  describe("given blank dates", () => {
    it("leaves the code open-ended", () => {
      expect(promoWindowIn("Asia/Tokyo", { validFrom: "", validUntil: undefined })).toEqual({
        validFrom: null,
        validUntil: null,
        issues: [],
      });
    });
  });
  describe("given a time that is not one", () => {
    it("says so at each field", () => {
      expect(promoWindowIn("UTC", { validFrom: "soon", validUntil: "2031-02-30T10:00" }).issues).toEqual([
        { field: "validFrom", message: "Not a date and time" },
        { field: "validUntil", message: "Not a date and time" },
      ]);
    });
  });
});

// The Studio's form (ADR 0026): parsed once at the edge, dates still local; the rules between
// fields are decided once the event's time zone has made the dates instants.
describe("promoForm, then decidePromoCode", () => {
  const studio = (over: Record<string, unknown> = {}) =>
    promoForm.parse({ code: "early-10", kind: "percent", value: "10", validFrom: "", ...over });
  const place = { eventId: "evt_harbour", validFrom: null, validUntil: null };

  describe("given the form as typed", () => {
    it("reads each field, keeping the dates local (blank: none)", () => {
      expect(studio({ validUntil: "2031-06-30T23:59", maxUses: "" })).toMatchObject({
        code: "EARLY-10",
        value: 10,
        scope: "cart",
        reach: "event",
        maxUses: null,
        validFrom: null,
        validUntil: "2031-06-30T23:59",
      });
    });
  });

  describe("when a field is wrong on its own", () => {
    it("is refused at the edge, every problem at its field", () => {
      const r = promoForm.safeParse({ code: "x", kind: "both", value: "ten", maxUses: "0" });
      expect(r.success).toBe(false);
      expect(r.error!.issues.map((i) => i.path.join("."))).toEqual(["code", "kind", "value", "maxUses"]);
    });
  });

  describe("given valid fields and the code's place", () => {
    it("decides the code: 10 % as 1000 basis points, valid at the event it was made on", () => {
      const from = new Date("2031-06-01T08:00:00Z");
      expect(decidePromoCode(studio(), { ...place, validFrom: from })).toEqual({
        ok: true,
        promo: promo({ code: "EARLY-10", validFrom: from }),
      });
    });
  });

  describe("when fields disagree", () => {
    it("answers every problem at once", () => {
      const decided = decidePromoCode(studio({ value: "150", scope: "products" }), {
        eventId: "evt_harbour",
        validFrom: new Date("2031-06-02T00:00:00Z"),
        validUntil: new Date("2031-06-01T00:00:00Z"),
      });
      expect(decided).toEqual({
        ok: false,
        issues: [
          { field: "value", message: "A discount cannot exceed 100 %" },
          { field: "validUntil", message: "The code must end after it starts" },
          { field: "productIds", message: "Choose at least one product" },
        ],
      });
    });
  });
});
