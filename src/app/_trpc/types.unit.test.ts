// The client's types are the router's (issue 14): `tsc --noEmit` fails here when a hand copy drifts
// from what a procedure gives, or a procedure's input goes back to `unknown`.
import { describe, expectTypeOf, it } from "vitest";
import type { OfferCardItem } from "@/components/offer-card";
import type { RouterInputs, RouterOutputs } from "./types";

describe("the client's view of the router", () => {
  it("shows the offer's items as the shop router gives them", () => {
    expectTypeOf<OfferCardItem>().toEqualTypeOf<RouterOutputs["shop"]["offer"]["items"][number]>();
  });

  it("calls the purchase procedures with typed input", () => {
    expectTypeOf<RouterInputs["shop"]["placeOrder"]>().not.toBeUnknown();
    expectTypeOf<RouterInputs["shop"]["placeOrder"]["buyer"]["email"]>().toEqualTypeOf<string>();
    expectTypeOf<RouterInputs["shop"]["updateCart"]["eventId"]>().toEqualTypeOf<string>();
    expectTypeOf<RouterInputs["shop"]["checkoutCart"]["buyer"]>().toHaveProperty("attendees");
  });
});
