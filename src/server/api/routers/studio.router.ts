import { z } from "zod";
import { router, brandProcedure } from "../trpc";
import { clock } from "@/server/platform/clock";
import { listAudit, readStream } from "@/server/eventlog";
import { listOutbox } from "@/server/platform/mail";
import * as offering from "@/server/offering";
import * as checkout from "@/server/checkout";
import * as fulfillment from "@/server/fulfillment";

const brandSlug = z.string().min(1).max(60);

async function orderHistory(streams: string[]) {
  const events = (await Promise.all(streams.map((s) => readStream(s))))
    .flat()
    .sort((a, b) => (a.position < b.position ? -1 : 1));
  return events.map((e) => ({
    position: e.position.toString(),
    type: e.type,
    actor: e.metadata.actor,
    recordedAt: e.recordedAt,
    streamId: e.streamId,
  }));
}
const id = z.string().min(1).max(64);
/** A calendar day (2026-12-01) that exists: 2026-13-45 is refused, not turned into an Invalid Date. */
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2026-12-01")
  .refine((d) => {
    const t = Date.parse(`${d}T00:00:00Z`);
    return !Number.isNaN(t) && new Date(t).toISOString().startsWith(d);
  }, "Use a date that exists, like 2026-12-01");

export const studioRouter = router({
  orders: brandProcedure("brand:read")
    .input(
      z.object({
        brandSlug,
        eventId: id.optional(),
        status: z.enum(checkout.ORDER_STATUSES).optional(),
        search: z.string().trim().max(100).optional(),
        productId: id.optional(),
        from: day.optional(),
        to: day.optional(),
      }),
    )
    .query(async ({ ctx, input }) => {
      const startOf = (d: string | undefined, plus = 0) =>
        d ? new Date(Date.parse(`${d}T00:00:00Z`) + plus * 86_400_000) : undefined;
      return checkout.ordersOf({
        brandId: ctx.membership.brand.id,
        eventId: input.eventId,
        status: input.status,
        search: input.search || undefined,
        productId: input.productId,
        from: startOf(input.from),
        to: startOf(input.to, 1),
        limit: 200,
      });
    }),

  audit: brandProcedure("brand:read")
    .input(z.object({ brandSlug, eventId: id.optional() }))
    .query(async ({ ctx, input }) => {
      if (input.eventId) await offering.studioEvent(ctx.membership.brand.id, input.eventId);
      return listAudit(ctx.membership.brand.id, input.eventId ?? null);
    }),

  checkIn: brandProcedure("checkin")
    .input(
      z.object({
        brandSlug,
        eventId: id,
        code: z.string().trim().min(1, "Type or scan a ticket code").max(200),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const event = await offering.studioEvent(ctx.membership.brand.id, input.eventId);
      return fulfillment.checkIn(
        { kind: "user", id: ctx.user.id, label: ctx.user.name || ctx.user.email },
        ctx.membership.brand.id,
        event,
        input.code,
        clock.now(),
      );
    }),

  /**
   * One order, everything about it: lines and their allocation, payments, tickets, and its history from the
   * event log.
   */
  orderDetail: brandProcedure("brand:read")
    .input(z.object({ brandSlug, orderId: id }))
    .query(async ({ ctx, input }) => {
      const order = await checkout.orderForBrand(ctx.membership.brand.id, input.orderId);
      const [payments, tickets, history, items, shipments, refunds] = await Promise.all([
        checkout.paymentsOf(order.id),
        fulfillment.ticketsForOrder(order.brandId, order.id),
        orderHistory([
          `order-${order.id}`,
          `hold-${order.holdId}`,
          `tickets-${order.id}`,
          `fulfillment-${order.id}`,
        ]),
        fulfillment.itemsForOrder(order.brandId, order.id),
        fulfillment.shipmentsForOrder(order.brandId, order.id),
        checkout.refundsOf(order.id),
      ]);
      return {
        order,
        payments,
        tickets: tickets.map(({ qrSvg: _qr, ...t }) => t),
        history,
        items,
        shipments,
        refunds,
      };
    }),

  /** The brand's sent e-mails (the local outbox in development). */
  outbox: brandProcedure("brand:read")
    .input(z.object({ brandSlug }))
    .query(({ ctx }) => listOutbox(ctx.membership.brand.id)),

  undoCheckIn: brandProcedure("checkin")
    .input(z.object({ brandSlug, eventId: id, ticketId: id }))
    .mutation(async ({ ctx, input }) => {
      await offering.studioEvent(ctx.membership.brand.id, input.eventId);
      return fulfillment.undoCheckIn(
        { kind: "user", id: ctx.user.id, label: ctx.user.name || ctx.user.email },
        ctx.membership.brand.id,
        input.eventId,
        input.ticketId,
      );
    }),

  checkInCounts: brandProcedure("checkin")
    .input(z.object({ brandSlug, eventId: id }))
    .query(async ({ ctx, input }) => {
      await offering.studioEvent(ctx.membership.brand.id, input.eventId);
      return fulfillment.checkInCounts(ctx.membership.brand.id, input.eventId);
    }),
});
