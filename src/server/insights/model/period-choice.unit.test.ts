import { describe, expect, it } from "vitest";
import { choosePeriod, insightsSearch, isEventDay, slotsOf } from "./period-choice";

// 10:00 in Berlin (UTC+1 in winter) on Tuesday 2 March 2027.
const now = new Date("2027-03-02T09:00:00Z");
const choose = (params: Record<string, unknown>, zone = "Europe/Berlin") =>
  choosePeriod(insightsSearch.parse(params), zone, now);

describe("the period in the address", () => {
  it("shows the last 7 days, in the default zone, when nothing is asked", () => {
    const p = choose({});
    expect(p).toMatchObject({ key: "7d", timeZone: "Europe/Berlin", grain: "day" });
    expect([p.firstDay, p.lastDay]).toEqual(["2027-02-24", "2027-03-02"]);
    expect(p.from.toISOString()).toBe("2027-02-23T23:00:00.000Z");
    expect(p.to.toISOString()).toBe("2027-03-02T23:00:00.000Z");
    expect(slotsOf(p)).toHaveLength(7);
  });

  it("shows today by the hour, in the zone asked for", () => {
    const p = choose({ period: "today", tz: "asia/tokyo" });
    expect(p).toMatchObject({ key: "today", timeZone: "Asia/Tokyo", grain: "hour" });
    expect(p.from.toISOString()).toBe("2027-03-01T15:00:00.000Z");
    expect(slotsOf(p)).toHaveLength(24);
  });

  it("takes a custom period of whole days, both ends included", () => {
    const p = choose({ period: "custom", from: "2027-01-01", to: "2027-01-31" }, "UTC");
    expect(p.key).toBe("custom");
    expect([p.from.toISOString(), p.to.toISOString()]).toEqual([
      "2027-01-01T00:00:00.000Z",
      "2027-02-01T00:00:00.000Z",
    ]);
    expect(slotsOf(p)).toHaveLength(31);
  });

  it("counts the day of a clock change as 23 hours", () => {
    const p = choose({ period: "custom", from: "2027-03-28", to: "2027-03-28" });
    expect(slotsOf(p)).toHaveLength(23);
  });

  it.each([
    [{ period: "forever" }],
    [{ period: ["today", "7d"] }],
    [{ period: "custom", from: "2027-02-30", to: "2027-03-01" }],
    [{ period: "custom", from: "2027-03-10", to: "2027-03-01" }],
    [{ period: "custom", from: "2020-01-01", to: "2027-03-01" }],
    [{ period: "custom", from: "2027-03-01" }],
    [{ period: "custom", from: "yesterday", to: "<script>" }],
    [{ period: "custom", from: "9999-12-31", to: "9999-12-31" }],
    [{ period: "custom", from: "0001-01-01", to: "0001-01-02" }],
  ])("falls back to the last 7 days for %j", (params) => {
    expect(choose(params).key).toBe("7d");
  });

  it("ignores a zone that is not one, and other nonsense", () => {
    const search = insightsSearch.parse({ tz: "+02:00", by: "colour", extra: "x" });
    expect(search).toMatchObject({ tz: undefined, by: "product" });
    expect(choose({ tz: "Not/AZone" }).timeZone).toBe("Europe/Berlin");
    expect(choose({ tz: "x".repeat(10_000) }).timeZone).toBe("Europe/Berlin");
  });
});

describe("the night of an event", () => {
  const event = {
    startsAt: new Date("2027-03-02T19:00:00Z"),
    endsAt: new Date("2027-03-03T02:00:00Z"),
    timeZone: "Europe/Berlin",
  };
  it("is every day the event runs on, in its zone", () => {
    expect(isEventDay(event, now)).toBe(true);
    expect(isEventDay(event, new Date("2027-03-03T10:00:00Z"))).toBe(true);
    expect(isEventDay(event, new Date("2027-03-04T10:00:00Z"))).toBe(false);
    expect(isEventDay(event, new Date("2027-03-01T10:00:00Z"))).toBe(false);
  });
});
