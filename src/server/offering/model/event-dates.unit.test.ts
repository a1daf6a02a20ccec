import { describe, expect, it } from "vitest";
import { formatEventDates } from "./event-dates";

describe("formatEventDates", () => {
  describe("given an event that starts and ends on the same day", () => {
    it("says the day once, then the hours", () => {
      expect(
        formatEventDates(new Date("2027-03-30T12:00:00Z"), new Date("2027-03-30T21:30:00Z"), "Europe/Berlin"),
      ).toBe("Tuesday, 30 March 2027 · 14:00–23:30");
    });

    it("reads instants given as ISO text the same way", () => {
      expect(formatEventDates("2027-03-30T12:00:00.000Z", "2027-03-30T21:30:00.000Z", "Europe/Berlin")).toBe(
        "Tuesday, 30 March 2027 · 14:00–23:30",
      );
    });
  });

  describe("given a night that ends the next morning", () => {
    it("says the day it starts and that it ends the next day", () => {
      // Friday 21:00 to Saturday 03:00 in Berlin (UTC+1 in March)
      expect(
        formatEventDates(new Date("2027-03-12T20:00:00Z"), new Date("2027-03-13T02:00:00Z"), "Europe/Berlin"),
      ).toBe("Friday, 12 March 2027 · 21:00–03:00 (next day)");
    });
  });

  describe("given an event over several days", () => {
    it("says both days with their times", () => {
      expect(
        formatEventDates(new Date("2027-03-30T12:00:00Z"), new Date("2027-03-31T21:30:00Z"), "Europe/Berlin"),
      ).toBe("Tuesday, 30 March 2027, 14:00 – Wednesday, 31 March 2027, 23:30");
    });

    it("says both days when it ends the next day but lasts 24 hours or more", () => {
      expect(
        formatEventDates(new Date("2027-07-10T10:00:00Z"), new Date("2027-07-11T21:00:00Z"), "Europe/Berlin"),
      ).toBe("Saturday, 10 July 2027, 12:00 – Sunday, 11 July 2027, 23:00");
    });

    it("says both years across New Year", () => {
      expect(
        formatEventDates(new Date("2027-12-30T19:00:00Z"), new Date("2028-01-01T04:00:00Z"), "Europe/London"),
      ).toBe("Thursday, 30 December 2027, 19:00 – Saturday, 1 January 2028, 04:00");
    });
  });

  describe("when the clocks change during the event", () => {
    // Berlin goes from UTC+1 to UTC+2 at 02:00 on Sunday 28 March 2027.
    it("shows each end in the offset then in force (spring forward)", () => {
      expect(
        formatEventDates(
          new Date("2027-03-28T00:00:00Z"), // 01:00 CET
          new Date("2027-03-28T03:00:00Z"), // 05:00 CEST
          "Europe/Berlin",
        ),
      ).toBe("Sunday, 28 March 2027 · 01:00–05:00");
    });

    it("keeps a night across the change an overnight event", () => {
      expect(
        formatEventDates(
          new Date("2027-03-27T21:00:00Z"), // Saturday 22:00 CET
          new Date("2027-03-28T02:00:00Z"), // Sunday 04:00 CEST
          "Europe/Berlin",
        ),
      ).toBe("Saturday, 27 March 2027 · 22:00–04:00 (next day)");
    });
  });

  describe("given a time zone far from UTC", () => {
    it("uses the event's calendar day, not UTC's (Auckland, UTC+13)", () => {
      // 09:00–23:00 on Tuesday in Auckland is Monday 20:00 to Tuesday 10:00 in UTC.
      expect(
        formatEventDates(
          new Date("2027-03-29T20:00:00Z"),
          new Date("2027-03-30T10:00:00Z"),
          "Pacific/Auckland",
        ),
      ).toBe("Tuesday, 30 March 2027 · 09:00–23:00");
    });

    it("uses the event's calendar day west of UTC too (Los Angeles, UTC−7)", () => {
      // 19:00–23:30 on Tuesday in Los Angeles is Wednesday 02:00–06:30 in UTC.
      expect(
        formatEventDates(
          new Date("2027-03-31T02:00:00Z"),
          new Date("2027-03-31T06:30:00Z"),
          "America/Los_Angeles",
        ),
      ).toBe("Tuesday, 30 March 2027 · 19:00–23:30");
    });

    it("says the same instants differently in another zone", () => {
      const start = new Date("2027-03-30T12:00:00Z");
      const end = new Date("2027-03-30T21:30:00Z");
      expect(formatEventDates(start, end, "Asia/Tokyo")).toBe(
        "Tuesday, 30 March 2027 · 21:00–06:30 (next day)",
      );
    });
  });
});
