import { describe, expect, it } from "vitest";
import { formatInZone, isTimeZone, zonedLocalToUtc, utcToZonedLocal } from "./time";

const iso = (local: string, tz: string) => zonedLocalToUtc(local, tz)?.toISOString() ?? null;
const localIn = (d: Date, tz: string) =>
  formatInZone(d, tz, {
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  });

describe("zonedLocalToUtc", () => {
  describe("in America/New_York around the spring change (2026-03-08 02:00 → 03:00)", () => {
    it("reads the day before as standard time (UTC−5)", () => {
      expect(iso("2026-03-07T12:00", "America/New_York")).toBe("2026-03-07T17:00:00.000Z");
    });

    it("reads the last minute before the change as standard time", () => {
      expect(iso("2026-03-08T01:59", "America/New_York")).toBe("2026-03-08T06:59:00.000Z");
    });

    it("reads the first minute after the change as daylight time (UTC−4)", () => {
      expect(iso("2026-03-08T03:00", "America/New_York")).toBe("2026-03-08T07:00:00.000Z");
    });

    it("reads the same day's noon as daylight time", () => {
      expect(iso("2026-03-08T12:00", "America/New_York")).toBe("2026-03-08T16:00:00.000Z");
    });
  });

  describe("in America/New_York around the autumn change (2026-11-01 02:00 → 01:00)", () => {
    it("reads the day before as daylight time", () => {
      expect(iso("2026-10-31T12:00", "America/New_York")).toBe("2026-10-31T16:00:00.000Z");
    });

    it("reads the day after as standard time", () => {
      expect(iso("2026-11-02T12:00", "America/New_York")).toBe("2026-11-02T17:00:00.000Z");
    });

    it("resolves the repeated hour to one of its two real instants", () => {
      const d = zonedLocalToUtc("2026-11-01T01:30", "America/New_York")!;
      expect(["2026-11-01T05:30:00.000Z", "2026-11-01T06:30:00.000Z"]).toContain(d.toISOString());
    });
  });

  describe("in Europe/Berlin around the spring change (2026-03-29 02:00 → 03:00)", () => {
    it("reads the last minute before the change as UTC+1", () => {
      expect(iso("2026-03-29T01:59", "Europe/Berlin")).toBe("2026-03-29T00:59:00.000Z");
    });

    it("reads the first minute after the change as UTC+2", () => {
      expect(iso("2026-03-29T03:00", "Europe/Berlin")).toBe("2026-03-29T01:00:00.000Z");
    });
  });

  describe("in Europe/Berlin around the autumn change (2026-10-25 03:00 → 02:00)", () => {
    it("reads the evening before as UTC+2 and the evening after as UTC+1", () => {
      expect(iso("2026-10-24T20:00", "Europe/Berlin")).toBe("2026-10-24T18:00:00.000Z");
      expect(iso("2026-10-25T20:00", "Europe/Berlin")).toBe("2026-10-25T19:00:00.000Z");
    });

    it("resolves the repeated hour to one of its two real instants", () => {
      const d = zonedLocalToUtc("2026-10-25T02:30", "Europe/Berlin")!;
      expect(["2026-10-25T00:30:00.000Z", "2026-10-25T01:30:00.000Z"]).toContain(d.toISOString());
    });
  });

  describe("when the local time falls in the hour skipped by the spring change", () => {
    // 02:30 does not exist on these days. The usual rule (Temporal "compatible", java.time) moves it
    // forward by the gap: 02:30 → 03:30 daylight time. It must never land before the change.
    it("moves it forward past the gap in Europe/Berlin", () => {
      expect(iso("2026-03-29T02:30", "Europe/Berlin")).toBe("2026-03-29T01:30:00.000Z");
    });

    it("moves it forward past the gap in America/New_York", () => {
      expect(iso("2026-03-08T02:30", "America/New_York")).toBe("2026-03-08T07:30:00.000Z");
    });
  });

  it("round-trips local times all through a year in both zones back to the same local time", () => {
    const mismatches: string[] = [];
    for (const tz of ["America/New_York", "Europe/Berlin"]) {
      // every 7 hours: visits each hour of the day across the year, including both change days
      for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 7 * 3_600_000) {
        const local = localIn(new Date(t), tz); // "dd/mm/yyyy, hh:mm"
        const [, dd, mm, yyyy, hh, mi] = /^(\d{2})\/(\d{2})\/(\d{4}), (\d{2}):(\d{2})$/.exec(local)!;
        const back = zonedLocalToUtc(`${yyyy}-${mm}-${dd}T${hh}:${mi}`, tz)!;
        if (localIn(back, tz) !== local) mismatches.push(`${tz} ${local} → ${localIn(back, tz)}`);
      }
    }
    expect(mismatches).toEqual([]);
  }, 30_000); // a year of local times, minute by minute in two zones: slow on a loaded machine

  it("reads optional seconds", () => {
    expect(iso("2026-12-01T20:00:30", "Europe/Berlin")).toBe("2026-12-01T19:00:30.000Z");
  });

  it("treats UTC as no offset", () => {
    expect(iso("2026-07-01T20:00", "UTC")).toBe("2026-07-01T20:00:00.000Z");
  });

  describe("given text that is not a local date and time", () => {
    it.each([
      "",
      "garbage",
      "2026-12-01",
      "2026-12-01 20:00",
      "2026-12-01T20",
      "2026-12-01T20:00Z",
      "2026-12-01T20:00+01:00",
      "1/12/2026 20:00",
    ])("returns null for %j", (local) => {
      expect(zonedLocalToUtc(local, "Europe/Berlin")).toBeNull();
    });
  });

  describe("given a date and time that does not exist on the calendar", () => {
    it.each(["2026-02-30T20:00", "2026-13-01T20:00", "2026-12-01T25:00", "2026-12-01T20:61"])(
      "returns null for %j instead of rolling over",
      (local) => {
        expect(zonedLocalToUtc(local, "Europe/Berlin")).toBeNull();
      },
    );
  });
});

describe("isTimeZone", () => {
  it.each(["Europe/Berlin", "America/New_York", "UTC", "Asia/Kolkata"])("accepts %s", (tz) => {
    expect(isTimeZone(tz)).toBe(true);
  });

  it.each(["Mars/Olympus_Mons", "Europe/Atlantis", "garbage", "+25:00"])("refuses %s", (tz) => {
    expect(isTimeZone(tz)).toBe(false);
  });
});

describe("formatInZone", () => {
  it("shows an instant in the given zone", () => {
    expect(
      formatInZone(new Date("2026-07-01T18:05:00Z"), "Europe/Berlin", {
        hour: "2-digit",
        minute: "2-digit",
        hourCycle: "h23",
      }),
    ).toBe("20:05");
  });
});

describe("showing an instant in an event's time zone", () => {
  it("gives back the local time that was typed, across daylight saving", () => {
    for (const local of ["2026-01-15T20:00", "2026-07-01T09:30", "2026-10-25T01:15"]) {
      expect(utcToZonedLocal(zonedLocalToUtc(local, "Europe/Berlin")!, "Europe/Berlin")).toBe(local);
    }
  });
});
