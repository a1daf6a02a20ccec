import { describe, expect, it } from "vitest";
import { bucketOf, changeBp, previousPeriod } from "./buckets";

describe("quarter-hour buckets", () => {
  it("puts an instant in the quarter hour it falls in", () => {
    expect(bucketOf(new Date("2027-03-30T14:29:59.999Z")).toISOString()).toBe("2027-03-30T14:15:00.000Z");
    expect(bucketOf(new Date("2027-03-30T14:30:00.000Z")).toISOString()).toBe("2027-03-30T14:30:00.000Z");
  });

  it("lines up with local hours in a zone a half or a quarter hour off UTC", () => {
    // Kolkata is UTC+5:30, Kathmandu UTC+5:45: their local hours start on a bucket boundary.
    const kolkataTen = new Date("2027-03-30T04:30:00Z");
    const kathmanduTen = new Date("2027-03-30T04:15:00Z");
    expect(bucketOf(kolkataTen)).toEqual(kolkataTen);
    expect(bucketOf(kathmanduTen)).toEqual(kathmanduTen);
  });
});

describe("comparing with the previous period", () => {
  it("compares a week with the week before it", () => {
    const week = { from: new Date("2027-03-08T00:00:00Z"), to: new Date("2027-03-15T00:00:00Z") };
    expect(previousPeriod(week)).toEqual({
      from: new Date("2027-03-01T00:00:00Z"),
      to: new Date("2027-03-08T00:00:00Z"),
    });
  });

  it("says how much a figure moved, and nothing when there was none before", () => {
    expect(changeBp(125, 100)).toBe(2500);
    expect(changeBp(50, 100)).toBe(-5000);
    expect(changeBp(10, 0)).toBeNull();
  });
});
