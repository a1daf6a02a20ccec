// Read model: who is in, by when they arrived — one row per checked-in ticket, so an undone
// check-in simply leaves the chart. The door-night chart counts them per quarter hour.
import { transaction } from "@/server/platform/unit-of-work";
import { forgetReceipts, type Subscriber } from "@/server/eventlog";
import type { TicketCheckedIn, TicketCheckInUndone } from "@/server/fulfillment";
import { bucketOf } from "../model/buckets";
import { clearFacts, forgetCheckIn, recordCheckIn } from "../infrastructure/facts-repo";

const NAME = "projection:insights-check-ins";

export const checkInsProjection: Subscriber<TicketCheckedIn | TicketCheckInUndone> = {
  name: NAME,
  purpose: "Show the arrival on the door-night chart",
  handles: ["TicketCheckedIn", "TicketCheckInUndone"],
  // Setting and removing a ticket's row is idempotent on its own: no receipt needed.
  async handle(event) {
    await transaction(async (tx) => {
      if (event.type === "TicketCheckInUndone")
        return forgetCheckIn(tx, event.metadata.brandId, event.payload.ticketId);
      await recordCheckIn(tx, {
        ticketId: event.payload.ticketId,
        eventId: event.payload.eventId,
        brandId: event.metadata.brandId,
        bucket: bucketOf(event.recordedAt),
        ticketType: event.payload.productName ?? "",
      });
    });
  },
  async reset() {
    await transaction(async (tx) => {
      await clearFacts(tx, "checkIns");
      await forgetReceipts(tx, NAME);
    });
  },
};
