import { describe, expect, it } from "vitest";
import { parcelContents } from "./parcel";

describe("what the fan's order page says about a parcel", () => {
  it("says a shipped item is on its way", () => {
    expect(parcelContents([{ status: "shipped", label: "T-shirt (M)" }])).toEqual([
      { state: "On its way", labels: ["T-shirt (M)"] },
    ]);
  });

  it("says an item that came back and was refunded was returned and refunded, not on its way", () => {
    expect(parcelContents([{ status: "refunded", label: "T-shirt (M)" }])).toEqual([
      { state: "Returned and refunded", labels: ["T-shirt (M)"] },
    ]);
  });

  it("gives each item of a mixed parcel its own state", () => {
    expect(
      parcelContents([
        { status: "delivered", label: "Hoodie (L)" },
        { status: "returned", label: "T-shirt (M)" },
        { status: "delivered", label: "Poster" },
      ]),
    ).toEqual([
      { state: "Delivered", labels: ["Hoodie (L)", "Poster"] },
      { state: "Returned", labels: ["T-shirt (M)"] },
    ]);
  });
});
