// Issue 5: one fulfillment for tickets and merch; refunds per item from the stored allocation.
import { describe, it, expect } from "vitest";
import { db } from "@/server/platform/db";
import { readStream } from "@/server/eventlog";
import * as checkout from "@/server/checkout";
import * as fulfillment from "@/server/fulfillment";
import { markDelivered, orderTicketsPdf, resendTickets } from "@/server/workflows";
import { subscribers } from "@/server/workflows/subscriptions";
import { dispatchUntil, weekendPackSetup } from "@/test/fixtures";
import { placeOrderFlow, recordReturn, refundOrderItems, setRefundPolicy, shipOrderItems } from "@/test/edge";

type Setup = Awaited<ReturnType<typeof weekendPackSetup>>;

/** A fan buys a weekend pack (size M) and a day ticket, pays, and the dispatcher delivers OrderPaid. */
async function paidMixedOrder(s: Setup) {
  const placed = await placeOrderFlow({
    brandSlug: s.brand.slug,
    eventId: s.event.id,
    buyer: {
      name: "Fay Fan",
      email: "fay@example.com",
      address: { line1: "Seestraße 1", postalCode: "10115", city: "Berlin", country: "Germany" },
    },
    lines: [s.packWithM, { productId: s.dayId, quantity: 1 }],
  });
  const payment = await db().payment.findFirstOrThrow({ where: { orderId: placed.orderId } });
  await checkout.confirmPayment(payment.id, "succeeded", new Date(), { kind: "system", label: "test" });
  await dispatchUntil(
    subscribers,
    async () => (await db().order.findUniqueOrThrow({ where: { id: placed.orderId } })).status !== "paid",
  );
  return placed.orderId;
}

const poolOf = async (s: Setup, productId: string, variantId: string | null = null) => {
  const draw = await db().draw.findFirstOrThrow({ where: { productId, variantId } });
  return db().pool.findUniqueOrThrow({ where: { id: draw.poolId } });
};
const status = async (orderId: string) =>
  (await db().order.findUniqueOrThrow({ where: { id: orderId } })).status;

describe("a paid order of a weekend pack (2 day tickets + a T-shirt) and a day ticket", () => {
  it("issues three tickets at once and leaves the T-shirt to be shipped: partially fulfilled", async () => {
    const s = await weekendPackSetup();
    const orderId = await paidMixedOrder(s);
    const items = await fulfillment.itemsForOrder(s.brand.id, orderId);
    expect(items.map((i) => `${i.kind}: ${i.label} (${i.status})`).sort()).toEqual([
      "shipment: T-shirt (M) · Weekend pack (to_ship)",
      "ticket: Day ticket (issued)",
      "ticket: Day ticket · Weekend pack (issued)",
      "ticket: Day ticket · Weekend pack (issued)",
    ]);
    expect(await fulfillment.ticketsForOrder(s.brand.id, orderId)).toHaveLength(3);
    expect(await status(orderId)).toBe("partially_fulfilled");
    // The items' shares add up to what the fan paid.
    const order = await db().order.findUniqueOrThrow({ where: { id: orderId } });
    expect(items.reduce((n, i) => n + i.amountMinor, 0)).toBe(order.totalMinor);
  });

  it("issues the tickets and plans the items once, even when OrderPaid is delivered three times", async () => {
    const s = await weekendPackSetup();
    const orderId = await paidMixedOrder(s);
    const paid = (await readStream(`order-${orderId}`)).find((e) => e.type === "OrderPaid")!;
    const fulfil = subscribers.find((x) => x.name === "workflow:fulfil-paid-order")!;
    await fulfil.handle(paid);
    await fulfil.handle(paid);
    expect(await db().ticket.count({ where: { orderId } })).toBe(3);
    expect(await db().fulfillmentItem.count({ where: { orderId } })).toBe(4);
    expect((await readStream(`tickets-${orderId}`)).filter((e) => e.type === "TicketsIssued")).toHaveLength(
      1,
    );
    expect((await poolOf(s, s.dayId)).sold).toBe(3);
  });
});

describe("the shipping address", () => {
  it("is required when the order ships merch, refused at its field, and nothing is placed", async () => {
    const s = await weekendPackSetup();
    await expect(
      placeOrderFlow({
        brandSlug: s.brand.slug,
        eventId: s.event.id,
        buyer: { name: "Fay", email: "fay@example.com" },
        lines: [s.packWithM],
      }),
    ).rejects.toMatchObject({
      message: "Enter the shipping address for your merch.",
      details: { field: "buyer.address.line1" },
    });
    await expect(
      placeOrderFlow({
        brandSlug: s.brand.slug,
        eventId: s.event.id,
        buyer: {
          name: "Fay",
          email: "fay@example.com",
          address: { line1: "Seestraße 1", postalCode: "", city: "Berlin", country: "DE" },
        },
        lines: [s.packWithM],
      }),
    ).rejects.toMatchObject({ details: { field: "buyer.address.postalCode" } });
    expect(await db().order.count({ where: { brandId: s.brand.id } })).toBe(0);
  });

  it("is kept with the order, and not kept for an order without merch", async () => {
    const s = await weekendPackSetup();
    const orderId = await paidMixedOrder(s);
    expect((await db().order.findUniqueOrThrow({ where: { id: orderId } })).shippingAddress).toEqual({
      line1: "Seestraße 1",
      line2: null,
      postalCode: "10115",
      city: "Berlin",
      country: "Germany",
    });
    const ticketOnly = await placeOrderFlow({
      brandSlug: s.brand.slug,
      eventId: s.event.id,
      buyer: {
        name: "Tom",
        email: "tom@example.com",
        address: { line1: "x", postalCode: "12345", city: "y", country: "zz" },
      },
      lines: [{ productId: s.dayId, quantity: 1 }],
    });
    expect(
      (await db().order.findUniqueOrThrow({ where: { id: ticketOnly.orderId } })).shippingAddress,
    ).toBeNull();
  });
});

describe("shipping the T-shirt", () => {
  it("ships it with carrier and tracking, e-mails the fan, and the order is fulfilled once it is delivered", async () => {
    const s = await weekendPackSetup();
    const orderId = await paidMixedOrder(s);
    const shirt = (await fulfillment.itemsForOrder(s.brand.id, orderId)).find((i) => i.kind === "shipment")!;
    const { shipmentId } = await shipOrderItems(
      s.actor,
      s.brand.id,
      orderId,
      { itemIds: [shirt.id], carrier: "DHL", trackingNumber: "JD0146 0000 1234" },
      new Date(),
    );
    expect(await status(orderId)).toBe("partially_fulfilled");
    await dispatchUntil(
      subscribers,
      async () =>
        (await db().mailMessage.count({
          where: { brandId: s.brand.id, subject: { startsWith: "On its way" } },
        })) === 1,
    );
    const mail = await db().mailMessage.findFirstOrThrow({
      where: { brandId: s.brand.id, subject: { startsWith: "On its way" } },
    });
    expect(mail.text).toContain("Tracking number: JD0146 0000 1234");

    // Shipping it again is refused; delivering it fulfils the order.
    await expect(
      shipOrderItems(
        s.actor,
        s.brand.id,
        orderId,
        { itemIds: [shirt.id], carrier: "DHL", trackingNumber: "X123" },
        new Date(),
      ),
    ).rejects.toThrow("already shipped");
    await markDelivered(s.actor, s.brand.id, shipmentId, new Date());
    expect(await status(orderId)).toBe("fulfilled");
  });

  it("refuses bad shipping input at its field and changes nothing", async () => {
    const s = await weekendPackSetup();
    const orderId = await paidMixedOrder(s);
    const [ticket, shirt] = [
      (await fulfillment.itemsForOrder(s.brand.id, orderId)).find((i) => i.kind === "ticket")!,
      (await fulfillment.itemsForOrder(s.brand.id, orderId)).find((i) => i.kind === "shipment")!,
    ];
    for (const [raw, message] of [
      [{ itemIds: [shirt.id], carrier: "", trackingNumber: "X123" }, "Enter the carrier"],
      [{ itemIds: [shirt.id], carrier: "DHL", trackingNumber: "<script>" }, "Use letters, digits"],
      [{ itemIds: [], carrier: "DHL", trackingNumber: "X123" }, "Choose what goes in this parcel"],
      [{ itemIds: [ticket.id], carrier: "DHL", trackingNumber: "X123" }, "is not shipped"],
      [{ itemIds: ["fit_unknown"], carrier: "DHL", trackingNumber: "X123" }, "not in this order"],
    ] as const) {
      await expect(shipOrderItems(s.actor, s.brand.id, orderId, raw, new Date())).rejects.toThrow(message);
    }
    expect(await db().shipment.count({ where: { orderId } })).toBe(0);
    expect(await status(orderId)).toBe("partially_fulfilled");
  });
});

describe("refunding ONE component of a bundle: the T-shirt of the weekend pack", () => {
  it("returns exactly its allocated share, gives its unit back to the size's pool, and records the refund once even if retried", async () => {
    const s = await weekendPackSetup();
    const orderId = await paidMixedOrder(s);
    const shirt = (await fulfillment.itemsForOrder(s.brand.id, orderId)).find((i) => i.kind === "shipment")!;
    const line = await db().orderLine.findFirstOrThrow({ where: { orderId, productId: s.packId } });
    const allocated = (line.allocation as { componentId: string; amount: number }[]).find(
      (a) => a.componentId === shirt.componentId,
    )!.amount;
    expect((await poolOf(s, s.shirtId, s.sizes.m)).sold).toBe(1);

    const r = await refundOrderItems(
      s.actor,
      s.brand.id,
      orderId,
      { itemIds: [shirt.id] },
      "organizer",
      new Date(),
    );
    expect(r).toMatchObject({ amount: allocated, fee: 0, state: "partially_refunded", settled: true });
    expect((await poolOf(s, s.shirtId, s.sizes.m)).sold).toBe(0);
    expect((await poolOf(s, s.dayId)).sold).toBe(3); // the pack's tickets stay sold
    expect(await status(orderId)).toBe("partially_refunded");

    // Retried (a double click, a second tab): refused, and nothing changes.
    await expect(
      refundOrderItems(s.actor, s.brand.id, orderId, { itemIds: [shirt.id] }, "organizer", new Date()),
    ).rejects.toThrow("is already refunded");
    // The settle step retried (the job after a crash) gives nothing back twice.
    await checkout.settleRefund(r.refundId, new Date(), { kind: "system", label: "test" });
    const refunds = await db().refund.findMany({ where: { orderId } });
    expect(refunds.map((x) => [x.amountMinor, x.status])).toEqual([[allocated, "succeeded"]]);
    expect(
      (await db().payment.findFirstOrThrow({ where: { orderId, status: "succeeded" } })).refundedMinor,
    ).toBe(allocated);
  });

  it("e-mails what was refunded and how much, and speaks of the door only when a ticket was refunded", async () => {
    const s = await weekendPackSetup();
    const orderId = await paidMixedOrder(s);
    const items = await fulfillment.itemsForOrder(s.brand.id, orderId);
    const shirt = items.find((i) => i.kind === "shipment")!;
    const single = items.find((i) => i.label === "Day ticket")!;
    const refundMails = async () =>
      db().mailMessage.findMany({
        where: { brandId: s.brand.id, subject: { startsWith: "Refund of" } },
        orderBy: { createdAt: "asc" },
      });

    await refundOrderItems(s.actor, s.brand.id, orderId, { itemIds: [shirt.id] }, "organizer", new Date());
    await dispatchUntil(subscribers, async () => (await refundMails()).length === 1);
    const [shirtMail] = await refundMails();
    const reference = (await db().order.findUniqueOrThrow({ where: { id: orderId } })).reference;
    expect(shirtMail!.subject).toBe(
      `Refund of €${(shirt.amountMinor / 100).toFixed(2)} for T-shirt (M) · Weekend pack — ${reference}`,
    );
    expect(shirtMail!.text).toContain(
      `We refunded €${(shirt.amountMinor / 100).toFixed(2)} for:\n- T-shirt (M) · Weekend pack\n`,
    );
    expect(shirtMail!.text).not.toMatch(/ticket/i);
    expect(shirtMail!.html).not.toMatch(/admit/i);

    await refundOrderItems(s.actor, s.brand.id, orderId, { itemIds: [single.id] }, "organizer", new Date());
    await dispatchUntil(subscribers, async () => (await refundMails()).length === 2);
    const ticketMail = (await refundMails())[1]!;
    expect(ticketMail.text).toContain("- Day ticket\n");
    expect(ticketMail.text).toContain(
      "The refunded ticket no longer admits anyone; your other tickets stay valid.",
    );
  });

  it("voids a refunded ticket at the door", async () => {
    const s = await weekendPackSetup();
    const orderId = await paidMixedOrder(s);
    const single = (await fulfillment.itemsForOrder(s.brand.id, orderId)).find(
      (i) => i.label === "Day ticket",
    )!;
    await refundOrderItems(s.actor, s.brand.id, orderId, { itemIds: [single.id] }, "organizer", new Date());
    const ticket = await db().ticket.findUniqueOrThrow({ where: { id: single.ticketId! } });
    const door = await fulfillment.checkIn(
      s.actor,
      s.brand.id,
      { id: s.event.id, timeZone: "Europe/Berlin" },
      ticket.code,
      new Date(),
    );
    expect(door).toMatchObject({ result: "void", message: "Refunded — this ticket is void." });
    expect((await poolOf(s, s.dayId)).sold).toBe(2);
  });

  it("refunding the rest of the order makes it refunded, gives back every unit, and the refunds add up to what was paid", async () => {
    const s = await weekendPackSetup();
    const orderId = await paidMixedOrder(s);
    for (const item of await fulfillment.itemsForOrder(s.brand.id, orderId))
      await refundOrderItems(s.actor, s.brand.id, orderId, { itemIds: [item.id] }, "organizer", new Date());
    const order = await db().order.findUniqueOrThrow({ where: { id: orderId } });
    expect(order.status).toBe("refunded");
    expect((await db().refund.findMany({ where: { orderId } })).reduce((n, r) => n + r.amountMinor, 0)).toBe(
      order.totalMinor,
    );
    expect((await poolOf(s, s.dayId)).sold).toBe(0);
    expect((await poolOf(s, s.shirtId, s.sizes.m)).sold).toBe(0);
  });

  it("refuses a shipped T-shirt until its return is recorded", async () => {
    const s = await weekendPackSetup();
    const orderId = await paidMixedOrder(s);
    const shirt = (await fulfillment.itemsForOrder(s.brand.id, orderId)).find((i) => i.kind === "shipment")!;
    await shipOrderItems(
      s.actor,
      s.brand.id,
      orderId,
      { itemIds: [shirt.id], carrier: "DHL", trackingNumber: "X123" },
      new Date(),
    );
    await expect(
      refundOrderItems(s.actor, s.brand.id, orderId, { itemIds: [shirt.id] }, "organizer", new Date()),
    ).rejects.toThrow("record its return before refunding it");
    await recordReturn(s.actor, s.brand.id, orderId, { itemIds: [shirt.id] });
    expect(
      (await refundOrderItems(s.actor, s.brand.id, orderId, { itemIds: [shirt.id] }, "organizer", new Date()))
        .state,
    ).toBe("partially_refunded");
  });

  it("refuses another brand's organizer as if the order did not exist", async () => {
    const s = await weekendPackSetup();
    const other = await weekendPackSetup();
    const orderId = await paidMixedOrder(s);
    const item = (await fulfillment.itemsForOrder(s.brand.id, orderId))[0]!;
    await expect(
      refundOrderItems(other.actor, other.brand.id, orderId, { itemIds: [item.id] }, "organizer", new Date()),
    ).rejects.toThrow("This order does not exist.");
    expect(await db().refund.count({ where: { orderId } })).toBe(0);
    expect(await status(orderId)).toBe("partially_fulfilled");
  });
});

describe("the tickets as a PDF", () => {
  it("has one page per ticket, is attached to the confirmation e-mail, and marks a refunded ticket", async () => {
    const s = await weekendPackSetup();
    const orderId = await paidMixedOrder(s);
    const { filename, pdf } = await orderTicketsPdf(s.brand.id, orderId);
    const order = await db().order.findUniqueOrThrow({ where: { id: orderId } });
    expect(filename).toBe(`tickets-${order.reference}.pdf`);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdf.toString("latin1").match(/\/Type \/Page\b/g)).toHaveLength(3);

    await dispatchUntil(
      subscribers,
      async () =>
        (await db().mailMessage.count({
          where: { brandId: s.brand.id, subject: { startsWith: "Your tickets" } },
        })) === 1,
    );
    const mail = await db().mailMessage.findFirstOrThrow({
      where: { brandId: s.brand.id, subject: { startsWith: "Your tickets" } },
    });
    const attached = (
      mail.attachments as { filename: string; contentType: string; contentBase64: string }[]
    ).find((a) => a.contentType === "application/pdf")!;
    expect(attached.filename).toBe(filename);
    // The weekend runs over two days: the mail says both, in the event's time zone.
    expect(mail.text).toContain(
      "Thursday, 10 July 2031, 12:00 – Friday, 11 July 2031, 23:00 (Europe/Berlin)",
    );
    expect(Buffer.from(attached.contentBase64, "base64").subarray(0, 5).toString()).toBe("%PDF-");

    // Another brand cannot render this order's tickets.
    const other = await weekendPackSetup();
    await expect(orderTicketsPdf(other.brand.id, orderId)).rejects.toThrow("does not exist");
  });
});

describe("a fan refunding online", () => {
  it("is refused unless the brand allows it, then refunds the chosen item minus the policy's fee, before the cut-off only", async () => {
    const s = await weekendPackSetup();
    const orderId = await paidMixedOrder(s);
    const single = (await fulfillment.itemsForOrder(s.brand.id, orderId)).find(
      (i) => i.label === "Day ticket",
    )!;
    const fan = { kind: "fan" as const, label: "fan:fay@example.com" };
    await expect(
      refundOrderItems(fan, s.brand.id, orderId, { itemIds: [single.id] }, "fan", new Date()),
    ).rejects.toThrow("cannot be refunded online");

    await setRefundPolicy(s.brand.id, {
      fanRefunds: true,
      cutoffHours: 48,
      feePercent: "10",
      feeFixed: "1.00",
    });
    // After the cut-off (48 h before the event): refused.
    await expect(
      refundOrderItems(
        fan,
        s.brand.id,
        orderId,
        { itemIds: [single.id] },
        "fan",
        new Date("2031-07-09T12:00:00Z"),
      ),
    ).rejects.toThrow("Online refunds for this event have closed.");
    const r = await refundOrderItems(fan, s.brand.id, orderId, { itemIds: [single.id] }, "fan", new Date());
    // €30.00 paid for the single day ticket: 10 % + €1.00 kept.
    expect(r).toMatchObject({ amount: 2600, fee: 400, state: "partially_refunded" });
  });

  it("refuses bad policy input at its field", async () => {
    const s = await weekendPackSetup();
    await expect(
      setRefundPolicy(s.brand.id, {
        fanRefunds: true,
        cutoffHours: "-1",
        feePercent: "0",
        feeFixed: "0",
      }),
    ).rejects.toMatchObject({ details: { field: "cutoffHours" } });
    await expect(
      setRefundPolicy(s.brand.id, {
        fanRefunds: true,
        cutoffHours: "24",
        feePercent: "120",
        feeFixed: "0",
      }),
    ).rejects.toMatchObject({ details: { field: "feePercent" } });
    expect((await checkout.refundPolicyOf(s.brand.id)).fanRefunds).toBe(false);
  });
});

describe("re-sending tickets from Studio", () => {
  it("queues the tickets e-mail again — once per minute, only valid tickets — and refuses another brand", async () => {
    const s = await weekendPackSetup();
    const orderId = await paidMixedOrder(s);
    await dispatchUntil(
      subscribers,
      async () =>
        (await db().mailMessage.count({
          where: { brandId: s.brand.id, subject: { startsWith: "Your tickets" } },
        })) === 1,
    );
    const single = (await fulfillment.itemsForOrder(s.brand.id, orderId)).find(
      (i) => i.label === "Day ticket",
    )!;
    await refundOrderItems(s.actor, s.brand.id, orderId, { itemIds: [single.id] }, "organizer", new Date());
    const now = new Date();
    expect(await resendTickets(s.actor, s.brand.id, orderId, now)).toEqual({ to: "fay@example.com" });
    await resendTickets(s.actor, s.brand.id, orderId, now); // a double click
    const mails = await db().mailMessage.findMany({
      where: { brandId: s.brand.id, subject: { startsWith: "Your tickets" } },
      orderBy: { createdAt: "asc" },
    });
    expect(mails).toHaveLength(2);
    expect(mails[1]!.text).toContain("Here are your tickets again");
    const voided = (await db().ticket.findUniqueOrThrow({ where: { id: single.ticketId! } })).code;
    expect(mails[1]!.text).not.toContain(voided);
    const other = await weekendPackSetup();
    await expect(resendTickets(other.actor, other.brand.id, orderId, now)).rejects.toThrow("does not exist");
  });
});
