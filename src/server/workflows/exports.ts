// Exports cross contexts: the rows are checkout's (orders, lines, payments, refunds) and
// fulfillment's (tickets), read through their index.ts; insights builds the file and keeps the
// record (docs/adr/0029). This file hands insights those sources and checks an asked-for event
// is the brand's before the export is queued.
import * as checkout from "@/server/checkout";
import * as fulfillment from "@/server/fulfillment";
import * as insights from "@/server/insights";
import * as offering from "@/server/offering";
import type { Actor } from "@/server/platform/metadata";

/** Tickets with their order's reference and buyer, a page at a time. */
const attendeePages: insights.ExportSources["attendees"] = {
  count: fulfillment.ticketPages.count,
  async page(scope, afterId, limit) {
    const tickets = await fulfillment.ticketPages.page(scope, afterId, limit);
    const orderIds = [...new Set(tickets.map((t) => t.orderId))];
    const orders = new Map((await checkout.ordersByIds(scope.brandId, orderIds)).map((o) => [o.id, o]));
    return tickets.map((t) => ({
      ...t,
      orderReference: orders.get(t.orderId)?.reference ?? "",
      buyerEmail: orders.get(t.orderId)?.buyerEmail ?? "",
    }));
  },
};

export const exportSources: insights.ExportSources = {
  orders: checkout.orderPages,
  payments: checkout.paymentPages,
  refunds: checkout.refundPages,
  attendees: attendeePages,
};

/**
 * Queue an export for the brand: of one of its events (another brand's event is not found) or,
 * with no event, of all of them. The file is named after what it holds and the day it was asked.
 */
export async function startExport(
  actor: Actor,
  brand: { id: string; slug: string },
  request: insights.ExportRequest,
  now: Date,
  opts: { queue?: boolean } = {},
): Promise<{ exportId: string }> {
  const event = request.eventId ? await offering.studioEvent(brand.id, request.eventId) : null;
  const fileName = `${request.kind}-${event?.slug ?? brand.slug}-${now.toISOString().slice(0, 10)}`;
  return insights.requestExport(actor, brand.id, { ...request, fileName }, now, opts);
}

/** The worker's task: build the export the job names. */
export const buildExport = (exportId: string, now: () => Date) =>
  insights.buildExport(exportId, exportSources, now);
