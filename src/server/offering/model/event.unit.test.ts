import { thrown } from "@/test/domain-error";
import { describe, expect, it } from "vitest";
import { timeZones } from "@/server/platform/time";
import { decidePublish, eventDetailsInput, eventInput, eventTimes, slugify, toMinorUnits } from "./event";

const base = {
  name: "Winter Gala",
  venue: "Tempodrom",
  timeZone: "Europe/Berlin",
  startsAt: "2026-12-01T20:00",
  endsAt: "2026-12-01T23:30",
};

function issues(input: unknown): { path: string; message: string }[] {
  const r = eventInput.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
}

describe("eventInput", () => {
  describe("given local times in Europe/Berlin", () => {
    it("stores a winter time as UTC+1", () => {
      const v = eventInput.parse(base);
      expect(v.startsAt.toISOString()).toBe("2026-12-01T19:00:00.000Z");
      expect(v.endsAt.toISOString()).toBe("2026-12-01T22:30:00.000Z");
    });

    it("stores a summer (daylight-saving) time as UTC+2", () => {
      const v = eventInput.parse({ ...base, startsAt: "2026-07-01T20:00", endsAt: "2026-07-01T23:00" });
      expect(v.startsAt.toISOString()).toBe("2026-07-01T18:00:00.000Z");
    });

    it("defaults the description to empty and trims the text fields", () => {
      const v = eventInput.parse({ ...base, name: "  Winter Gala  " });
      expect(v.name).toBe("Winter Gala");
      expect(v.description).toBe("");
    });
  });

  describe("when the event ends before it starts", () => {
    it("says the event must end after it starts, on the end field", () => {
      expect(issues({ ...base, endsAt: "2026-12-01T19:00" })).toEqual([
        { path: "endsAt", message: "The event must end after it starts" },
      ]);
    });
  });

  describe("when the event ends exactly when it starts", () => {
    it("says the event must end after it starts", () => {
      expect(issues({ ...base, endsAt: base.startsAt })).toEqual([
        { path: "endsAt", message: "The event must end after it starts" },
      ]);
    });
  });

  describe("given any IANA time zone", () => {
    it.each(["Europe/Lisbon", "Australia/Sydney", "Asia/Tokyo", "Europe/Dublin", "UTC"])(
      "accepts %s",
      (tz) => {
        expect(eventInput.parse({ ...base, timeZone: tz }).timeZone).toBe(tz);
      },
    );

    it("reads the local times in that zone (Tokyo is UTC+9 all year)", () => {
      const v = eventInput.parse({ ...base, timeZone: "Asia/Tokyo" });
      expect(v.startsAt.toISOString()).toBe("2026-12-01T11:00:00.000Z");
    });

    it("stores the zone as its IANA name, whatever the case it was typed in", () => {
      expect(eventInput.parse({ ...base, timeZone: " asia/tokyo " }).timeZone).toBe("Asia/Tokyo");
    });

    it("accepts every zone the event form offers", () => {
      const refused = timeZones().filter((tz) => !eventInput.safeParse({ ...base, timeZone: tz }).success);
      expect(refused).toEqual([]);
      expect(timeZones().length).toBeGreaterThan(300);
    });
  });

  describe("when the time zone is not a real one", () => {
    it.each(["Mars/Base", "+02:00", ""])("refuses %j", (tz) => {
      expect(issues({ ...base, timeZone: tz })).toEqual([
        { path: "timeZone", message: "Choose a valid time zone, like Europe/Berlin" },
      ]);
    });

    it("asks for a valid time zone", () => {
      expect(issues({ ...base, timeZone: "Mars/Olympus_Mons" })).toEqual([
        { path: "timeZone", message: "Choose a valid time zone, like Europe/Berlin" },
      ]);
    });
  });

  describe("when a time is not a date and time", () => {
    it("says which one", () => {
      expect(issues({ ...base, startsAt: "next friday" })).toEqual([
        { path: "startsAt", message: "The start is not a date and time" },
      ]);
      expect(issues({ ...base, endsAt: "2026-12-01" })).toEqual([
        { path: "endsAt", message: "The end is not a date and time" },
      ]);
    });
  });

  describe("when the name is too short", () => {
    it("asks for a name", () => {
      expect(issues({ ...base, name: " x " })).toEqual([{ path: "name", message: "Give the event a name" }]);
    });
  });
});

describe("eventDetailsInput (the Studio's event form)", () => {
  describe("given the form's fields, the question ticked", () => {
    it("keeps the times local (the commands read them in the event's zone) and reads the checkbox", () => {
      expect(
        eventDetailsInput.parse({ ...base, timeZone: " europe/berlin ", askAttendeeNames: "on" }),
      ).toEqual({
        ...base,
        description: "",
        askAttendeeNames: true,
      });
    });
  });
  describe("when the event ends before it starts and the name is missing", () => {
    it("says each at its field, at once", () => {
      const r = eventDetailsInput.safeParse({ ...base, name: "", endsAt: "2026-12-01T19:00" });
      expect(r.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
        ["name", "Give the event a name"],
        ["endsAt", "The event must end after it starts"],
      ]);
      const times = eventDetailsInput.safeParse({ ...base, startsAt: "soon", endsAt: "later" });
      expect(times.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
        ["startsAt", "The start is not a date and time"],
        ["endsAt", "The end is not a date and time"],
      ]);
    });
  });
});

describe("eventTimes (the command's domain step)", () => {
  describe("given local times in the event's time zone", () => {
    it("reads them as instants there", () => {
      expect(eventTimes({ ...base, timeZone: "Asia/Tokyo" })).toEqual({
        startsAt: new Date("2026-12-01T11:00:00.000Z"),
        endsAt: new Date("2026-12-01T14:30:00.000Z"),
        issues: [],
      });
    });
  });
  describe("when the end is not after the start", () => {
    it("places the problem at the end", () => {
      expect(eventTimes({ ...base, endsAt: base.startsAt }).issues).toEqual([
        { field: "endsAt", message: "The event must end after it starts" },
      ]);
    });
  });
});

describe("toMinorUnits", () => {
  it.each([
    [12.5, 1250],
    [0.1 + 0.2, 30],
    [19.99, 1999],
    [0, 0],
    [100000, 10000000],
  ])("turns %s into %s minor units", (amount, minor) => {
    expect(toMinorUnits(amount)).toBe(minor);
  });

  it("turns every two-decimal price up to 1000 into its exact minor units", () => {
    const wrong: string[] = [];
    for (let cents = 0; cents <= 100_000; cents++) {
      const amount = Number((cents / 100).toFixed(2));
      if (toMinorUnits(amount) !== cents) wrong.push(`${amount} → ${toMinorUnits(amount)}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe("slugify", () => {
  it("strips accents, punctuation and case", () => {
    expect(slugify("Über Fest 2027!")).toBe("uber-fest-2027");
  });

  it("collapses runs of separators into a single dash and trims dashes", () => {
    expect(slugify("  --Rock  &  Roll--  ")).toBe("rock-roll");
  });

  it("falls back to 'event' when nothing usable is left", () => {
    expect(slugify("")).toBe("event");
    expect(slugify("!!!")).toBe("event");
  });

  it("keeps slugs to at most 60 characters", () => {
    expect(slugify("a".repeat(100))).toHaveLength(60);
  });
});

describe("decidePublish", () => {
  describe("given a draft with ticket types", () => {
    it("publishes it", () => {
      expect(decidePublish({ status: "draft", productCount: 2 }, "evt1")).toEqual([
        { type: "EventPublished", payload: { eventId: "evt1" } },
      ]);
    });
  });

  describe("given an already published event", () => {
    it("refuses with Conflict", () => {
      const e = thrown(() => decidePublish({ status: "published", productCount: 2 }, "evt1"));
      expect(e.code).toBe("Conflict");
      expect(e.message).toBe("This event is already published.");
    });
  });

  describe("given a draft without ticket types", () => {
    it("refuses as Invalid, asking for a ticket type", () => {
      const e = thrown(() => decidePublish({ status: "draft", productCount: 0 }, "evt1"));
      expect(e.code).toBe("Invalid");
      expect(e.message).toBe("Add at least one ticket type before publishing.");
    });
  });
});
