import { z } from "zod";
import { router, brandProcedure } from "../trpc";
import { clock } from "@/server/platform/clock";
import { listAudit } from "@/server/eventlog";
import { listOutbox } from "@/server/platform/mail";
import * as offering from "@/server/offering";
import * as checkout from "@/server/checkout";
import * as fulfillment from "@/server/fulfillment";

const brandSlug = z.string().min(1).max(60);
const id = z.string().min(1).max(64);
const STATUSES = ["pending", "paid", "fulfilled", "partially_fulfilled", "expired", "cancelled", "refunded", "partially_refunded"] as const;

export const studioRouter = router({
  orders: brandProcedure("brand:read")
    .input(z.object({ brandSlug, eventId: id.optional(), status: z.enum(STATUSES).optional(), search: z.string().trim().max(100).optional() }))
    .query(async ({ ctx, input }) => {
      const orders = await checkout.ordersOf({ brandId: ctx.membership.brand.id, eventId: input.eventId, status: input.status, search: input.search || undefined, limit: 200 });
      return orders.map((o) => ({ id: o.id, reference: o.reference, status: o.status, buyerName: o.buyerName, buyerEmail: o.buyerEmail, total: o.totalMinor, currency: o.currency, createdAt: o.createdAt, tickets: o.lines.reduce((s, l) => s + (l.kind === "ticket" ? l.quantity : 0), 0) }));
    }),

  audit: brandProcedure("brand:read").input(z.object({ brandSlug, eventId: id.optional() })).query(async ({ ctx, input }) => {
    if (input.eventId) await offering.studioEvent(ctx.membership.brand.id, input.eventId);
    return listAudit(ctx.membership.brand.id, input.eventId ?? null);
  }),

  checkIn: brandProcedure("checkin").input(z.object({ brandSlug, eventId: id, code: z.string().trim().min(1, "Type or scan a ticket code").max(200) })).mutation(async ({ ctx, input }) => {
    const event = await offering.studioEvent(ctx.membership.brand.id, input.eventId);
    return fulfillment.checkIn({ kind: "user", id: ctx.user.id, label: ctx.user.name || ctx.user.email }, ctx.membership.brand.id, event, input.code, clock.now());
  }),

  /** The brand's sent e-mails (the local outbox in development). */
  outbox: brandProcedure("brand:read").input(z.object({ brandSlug })).query(({ ctx }) => listOutbox(ctx.membership.brand.id)),

  checkInCounts: brandProcedure("checkin").input(z.object({ brandSlug, eventId: id })).query(async ({ ctx, input }) => {
    await offering.studioEvent(ctx.membership.brand.id, input.eventId);
    return fulfillment.checkInCounts(input.eventId);
  }),
});
