// Pure check-in rules: what the door is told about a (verified) ticket.
import { formatInZone } from "@/server/platform/time";

export type TicketAtDoor = {
  id: string;
  eventId: string;
  status: "valid" | "void";
  checkedInAt: Date | null;
  checkedInBy: string | null;
  attendeeName: string;
  productName: string;
};
export type CheckInResult =
  | { result: "valid"; message: string; attendeeName: string; productName: string; ticketId: string }
  | {
      result: "already_checked_in";
      message: string;
      attendeeName: string;
      productName: string;
      at: string;
      /** Who let the ticket in the first time, where recorded. */
      checkedInBy: string | null;
      ticketId: string;
    }
  | { result: "void"; message: string }
  | { result: "wrong_event"; message: string }
  | { result: "unknown"; message: string };

export const UNKNOWN: CheckInResult = {
  result: "unknown",
  message: "Unknown ticket — this code is not one of ours.",
};

/** Why a ticket could not be checked in now (the successful path is a conditional update). */
export function explainRefusal(
  ticket: TicketAtDoor | null,
  eventId: string,
  timeZone: string,
): CheckInResult {
  if (!ticket) return UNKNOWN;
  if (ticket.eventId !== eventId)
    return { result: "wrong_event", message: "Wrong event — this ticket is for another event." };
  if (ticket.status === "void") return { result: "void", message: "Refunded — this ticket is void." };
  if (ticket.checkedInAt) {
    const at = formatInZone(ticket.checkedInAt, timeZone, {
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    return {
      result: "already_checked_in",
      ticketId: ticket.id,
      at,
      checkedInBy: ticket.checkedInBy,
      attendeeName: ticket.attendeeName,
      productName: ticket.productName,
      // A stop, not a warning: the person in front of the door is not the one who came in.
      message: `Already checked in at ${at} — do not admit.`,
    };
  }
  return UNKNOWN;
}
