import { describe, expect, it } from "vitest";
import { explainRefusal, type TicketAtDoor } from "./check-in";

const EVENT = "evt_summer";
const ticket = (over: Partial<TicketAtDoor> = {}): TicketAtDoor => ({
  id: "tkt_1",
  eventId: EVENT,
  status: "valid",
  checkedInAt: null,
  checkedInBy: null,
  attendeeName: "Grace Hopper",
  productName: "Early Bird",
  ...over,
});

describe("explainRefusal", () => {
  describe("when no ticket was found", () => {
    it("says the ticket is unknown", () => {
      expect(explainRefusal(null, EVENT, "Europe/Berlin")).toEqual({
        result: "unknown",
        message: "Unknown ticket — this code is not one of ours.",
      });
    });
  });

  describe("when the ticket is for another event", () => {
    it("says it is the wrong event", () => {
      expect(explainRefusal(ticket({ eventId: "evt_winter" }), EVENT, "Europe/Berlin")).toEqual({
        result: "wrong_event",
        message: "Wrong event — this ticket is for another event.",
      });
    });

    it("says so even when the ticket is also void", () => {
      expect(
        explainRefusal(ticket({ eventId: "evt_winter", status: "void" }), EVENT, "Europe/Berlin").result,
      ).toBe("wrong_event");
    });
  });

  describe("when the ticket is void", () => {
    it("says it was refunded", () => {
      expect(explainRefusal(ticket({ status: "void" }), EVENT, "Europe/Berlin")).toEqual({
        result: "void",
        message: "Refunded — this ticket is void.",
      });
    });

    it("says it was refunded even if it had been checked in before", () => {
      const r = explainRefusal(
        ticket({ status: "void", checkedInAt: new Date("2026-07-01T18:05:00Z"), checkedInBy: "Sam" }),
        EVENT,
        "Europe/Berlin",
      );
      expect(r.result).toBe("void");
    });
  });

  describe("when the ticket was already checked in", () => {
    const checkedInAt = new Date("2026-07-01T18:05:00Z");

    it("says not to admit, when it came in, in the event's time zone, and by whom", () => {
      expect(explainRefusal(ticket({ checkedInAt, checkedInBy: "Sam" }), EVENT, "Europe/Berlin")).toEqual({
        result: "already_checked_in",
        ticketId: "tkt_1",
        at: "20:05",
        checkedInBy: "Sam",
        attendeeName: "Grace Hopper",
        productName: "Early Bird",
        message: "Already checked in at 20:05 — do not admit.",
      });
    });

    it("uses the given time zone, not the server's", () => {
      expect(
        explainRefusal(ticket({ checkedInAt, checkedInBy: "Sam" }), EVENT, "America/New_York").message,
      ).toBe("Already checked in at 14:05 — do not admit.");
    });

    it("uses a 24-hour clock", () => {
      const r = explainRefusal(
        ticket({ checkedInAt: new Date("2026-12-31T23:30:00Z"), checkedInBy: "Sam" }),
        EVENT,
        "Europe/Berlin",
      );
      expect(r.message).toBe("Already checked in at 00:30 — do not admit.");
    });

    it("leaves out who when nobody is recorded", () => {
      expect(explainRefusal(ticket({ checkedInAt }), EVENT, "Europe/Berlin")).toMatchObject({
        message: "Already checked in at 20:05 — do not admit.",
        checkedInBy: null,
      });
    });
  });

  describe("when a valid ticket of this event was not checked in", () => {
    it("has no reason to give and answers unknown", () => {
      expect(explainRefusal(ticket(), EVENT, "Europe/Berlin").result).toBe("unknown");
    });
  });
});
