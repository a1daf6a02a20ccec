import { transaction } from "@/server/platform/unit-of-work";
import { config } from "@/server/platform/config";
import type { Actor } from "@/server/platform/metadata";
import { metadataFor } from "@/server/platform/metadata";
import { appendToStream } from "@/server/eventlog";
import { verifyTicketCode } from "./model/ticket-code";
import { explainRefusal, UNKNOWN, type CheckInResult } from "./model/check-in";
import { checkInIfValid, clearCheckIn, findTicketForDoor } from "./infrastructure/tickets-repo";
import type { FulfillmentEvent } from "./events";

/** CheckIn at the door. A code that does not verify is refused before any database read. */
export async function checkIn(
  actor: Actor,
  brandId: string,
  event: { id: string; timeZone: string },
  rawCode: string,
  now: Date,
): Promise<CheckInResult> {
  const ticketId = verifyTicketCode(rawCode, config().TICKET_SIGNING_KEY);
  if (!ticketId) return UNKNOWN;
  const won = await transaction(async (tx) => {
    const row = await checkInIfValid(tx, ticketId, brandId, event.id, actor.label, now);
    if (row) {
      await appendToStream<FulfillmentEvent>(
        tx,
        `ticket-${ticketId}`,
        "any",
        [
          {
            type: "TicketCheckedIn",
            payload: {
              ticketId,
              eventId: event.id,
              orderId: row.order_id,
              by: actor.label,
              productName: row.product_name,
            },
          },
        ],
        metadataFor(actor, brandId),
      );
    }
    return row;
  });
  if (won)
    return {
      result: "valid",
      message: "Valid — checked in.",
      attendeeName: won.attendee_name,
      productName: won.product_name,
      ticketId,
    };
  return explainRefusal(await findTicketForDoor(ticketId, brandId), event.id, event.timeZone);
}

/** UndoCheckIn: the ticket may enter again (a scan by mistake). Undoing twice changes nothing. */
export async function undoCheckIn(
  actor: Actor,
  brandId: string,
  eventId: string,
  ticketId: string,
): Promise<{ undone: boolean }> {
  return transaction(async (tx) => {
    const row = await clearCheckIn(tx, ticketId, brandId, eventId);
    if (row)
      await appendToStream<FulfillmentEvent>(
        tx,
        `ticket-${ticketId}`,
        "any",
        [
          {
            type: "TicketCheckInUndone",
            payload: { ticketId, eventId, orderId: row.order_id, by: actor.label },
          },
        ],
        metadataFor(actor, brandId),
      );
    return { undone: !!row };
  });
}
