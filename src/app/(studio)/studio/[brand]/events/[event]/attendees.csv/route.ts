// The door list as CSV: a backup for the door when the network is down, and for spreadsheets.
import { studioEvent } from "@/server/offering";
import { attendeesOfEvent, toCsv } from "@/server/fulfillment";
import { ordersByIds } from "@/server/checkout";
import { z } from "zod";
import { segment, studioFile } from "../../../../_lib/studio-file";

const routeParams = z.object({ brand: segment, event: segment });

export async function GET(_request: Request, { params }: { params: Promise<unknown> }) {
  return studioFile(params, routeParams, "checkin", async ({ brand }, { event: eventId }) => {
    const event = await studioEvent(brand.id, eventId);
    const attendees = await attendeesOfEvent(brand.id, event.id);
    const orders = new Map(
      (await ordersByIds(brand.id, [...new Set(attendees.map((a) => a.orderId))])).map((o) => [o.id, o]),
    );
    // The column headers stay English in every Studio language: spreadsheets and door apps read them.
    const csv = toCsv(
      [
        "Attendee",
        "Ticket",
        "Order",
        "Buyer e-mail",
        "Status",
        "Checked in at",
        "Checked in by",
        "Ticket id",
      ],
      attendees.map((a) => [
        a.attendeeName,
        a.productName,
        orders.get(a.orderId)?.reference ?? "",
        orders.get(a.orderId)?.buyerEmail ?? "",
        a.status === "void" ? "refunded" : a.checkedInAt ? "checked in" : "expected",
        a.checkedInAt ? a.checkedInAt.toISOString() : "",
        a.checkedInBy ?? "",
        a.ticketId,
      ]),
    );
    const name = `door-list-${event.slug}.csv`.replace(/[^a-z0-9.-]/gi, "-");
    return new Response(csv, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${name}"`,
        "cache-control": "private, no-store",
      },
    });
  });
}
