import { thrown } from "@/test/domain-error";
import { describe, expect, it } from "vitest";
import {
  decideCancel,
  decideConfirmPayment,
  MAX_TICKETS_PER_ORDER,
  placeOrderInput,
  readBuyer,
  type OrderStatus,
} from "./order";

const valid = {
  brandSlug: "nightowl",
  eventId: "evt123",
  buyer: { name: "Ada Lovelace", email: "ada@example.com" },
  lines: [{ productId: "prd1", quantity: 2 }],
};

/** The messages the form would show for `input`, keyed by dotted path. */
function messages(input: unknown): Record<string, string[]> {
  const r = placeOrderInput.safeParse(input);
  if (r.success) return {};
  const out: Record<string, string[]> = {};
  for (const issue of r.error.issues) (out[issue.path.join(".")] ??= []).push(issue.message);
  return out;
}

describe("placeOrderInput", () => {
  describe("given a valid order", () => {
    it("accepts it", () => {
      expect(placeOrderInput.safeParse(valid).success).toBe(true);
    });

    it("trims and lowercases the e-mail", () => {
      const parsed = placeOrderInput.parse({
        ...valid,
        buyer: { name: "  Ada  ", email: "  Ada.Lovelace@Example.COM " },
      });
      expect(parsed.buyer.email).toBe("ada.lovelace@example.com");
      expect(parsed.buyer.name).toBe("Ada");
    });

    it("reads a quantity typed as text as a number", () => {
      const parsed = placeOrderInput.parse({ ...valid, lines: [{ productId: "prd1", quantity: "3" }] });
      expect(parsed.lines[0]!.quantity).toBe(3);
    });

    it("accepts the maximum tickets per order", () => {
      expect(
        placeOrderInput.safeParse({
          ...valid,
          lines: [{ productId: "prd1", quantity: MAX_TICKETS_PER_ORDER }],
        }).success,
      ).toBe(true);
    });
  });

  describe("when the name is empty", () => {
    it("asks for a name", () => {
      expect(messages({ ...valid, buyer: { ...valid.buyer, name: "" } })).toEqual({
        "buyer.name": ["Enter your name"],
      });
    });

    it("treats a name of only spaces as empty", () => {
      expect(messages({ ...valid, buyer: { ...valid.buyer, name: "   " } })).toEqual({
        "buyer.name": ["Enter your name"],
      });
    });
  });

  describe("when the e-mail is malformed", () => {
    it.each(["ada", "ada@", "@example.com", "ada@example", "ada example@example.com"])(
      "refuses %j with an example of a valid address",
      (email) => {
        expect(messages({ ...valid, buyer: { ...valid.buyer, email } })).toEqual({
          "buyer.email": ["Enter a valid e-mail address, like you@example.com"],
        });
      },
    );
  });

  describe("when a quantity is zero", () => {
    it("asks for at least 1", () => {
      expect(messages({ ...valid, lines: [{ productId: "prd1", quantity: 0 }] })).toEqual({
        "lines.0.quantity": ["Choose at least 1"],
      });
    });
  });

  describe("when a quantity is far above the per-order maximum", () => {
    it("names the maximum", () => {
      expect(messages({ ...valid, lines: [{ productId: "prd1", quantity: 10000 }] })).toEqual({
        "lines.0.quantity": [`At most ${MAX_TICKETS_PER_ORDER} per order`],
      });
    });
  });

  describe("when a quantity is fractional", () => {
    it("asks for a whole number", () => {
      expect(messages({ ...valid, lines: [{ productId: "prd1", quantity: 1.5 }] })).toEqual({
        "lines.0.quantity": ["Choose a whole number"],
      });
    });
  });

  describe("when no lines are chosen", () => {
    it("asks for at least one ticket", () => {
      expect(messages({ ...valid, lines: [] })).toEqual({ lines: ["Choose at least one ticket"] });
    });
  });
});

describe("decideConfirmPayment", () => {
  const paid = {
    orderId: "ord_1",
    reference: "MQ-1",
    eventId: "evt_1",
    holdId: "hold_1",
    buyerName: "Ada Lovelace",
    buyerEmail: "ada@example.com",
    total: 4000,
    currency: "EUR",
    paymentId: "pay_1",
    lines: [],
  };

  it("pays a pending order", () => {
    expect(decideConfirmPayment("pending", paid)).toEqual([{ type: "OrderPaid", payload: paid }]);
  });

  it.each<OrderStatus>(["paid", "fulfilled", "partially_fulfilled", "refunded", "partially_refunded"])(
    "does nothing for a %s order",
    (status) => {
      expect(decideConfirmPayment(status, paid)).toEqual([]);
    },
  );

  it.each<OrderStatus>(["cancelled", "expired"])(
    "still records payment for a %s order, so paid money is never lost",
    (status) => {
      expect(decideConfirmPayment(status, paid)).toEqual([{ type: "OrderPaid", payload: paid }]);
    },
  );
});

describe("decideCancel", () => {
  const cancelled = {
    orderId: "ord_1",
    reference: "MQ-1",
    eventId: "evt_1",
    holdId: "hold_1",
    reason: "organizer" as const,
  };

  it("cancels a pending order", () => {
    expect(decideCancel("pending", cancelled)).toEqual([{ type: "OrderCancelled", payload: cancelled }]);
  });

  it.each<OrderStatus>([
    "paid",
    "fulfilled",
    "partially_fulfilled",
    "expired",
    "cancelled",
    "refunded",
    "partially_refunded",
  ])("refuses to cancel a %s order with Conflict", (status) => {
    const e = thrown(() => decideCancel(status, cancelled));
    expect(e.code).toBe("Conflict");
    expect(e.message).toBe(`Only a pending order can be cancelled; this one is ${status}.`);
  });
});

describe("readBuyer (the checkout form)", () => {
  const need = { ships: true, tickets: ["Day ticket · Weekend pack", "Day ticket"] };
  const address = { line1: "Seestraße 1", postalCode: "10115", city: "Berlin", country: "Germany" };

  describe("when the form is sent empty", () => {
    it("names every problem at once, each at its field, in the order of the form", () => {
      const e = thrown(() => readBuyer({ name: "", email: "", attendees: [] }, need));
      expect(e.message).toBe("Enter your name");
      expect(e.details.field).toBe("buyer.name");
      expect(Object.keys(e.details.fields as object)).toEqual([
        "buyer.name",
        "buyer.email",
        "buyer.attendees.0",
        "buyer.attendees.1",
        "buyer.address.line1",
      ]);
    });
  });

  describe("when only a later field is wrong", () => {
    it("puts that one first", () => {
      const e = thrown(() =>
        readBuyer({ name: "Ada", email: "ada@", attendees: ["Ada", "Bob"], address }, need),
      );
      expect(e.details).toEqual({
        field: "buyer.email",
        fields: { "buyer.email": "Enter a valid e-mail address, like you@example.com" },
      });
    });
  });

  describe("when nothing ships and the event asks no names", () => {
    it("asks for neither", () => {
      expect(readBuyer({ name: "Ada", email: "ADA@example.com" }, { ships: false, tickets: [] })).toEqual({
        name: "Ada",
        email: "ada@example.com",
        address: null,
        attendees: [],
      });
    });
  });
});
