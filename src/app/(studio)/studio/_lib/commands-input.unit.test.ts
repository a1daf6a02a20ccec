// Validate once, at the edge (issue 14, ADR 0026): a Studio form is parsed by the context's own
// schema and its command takes what that schema gives — never `unknown` to parse again.
// `tsc --noEmit` fails here when a command goes back to taking raw input.
import { describe, expectTypeOf, it } from "vitest";
import type { z } from "zod";
import type * as checkout from "@/server/checkout";
import type * as fulfillment from "@/server/fulfillment";
import type * as inventory from "@/server/inventory";
import type * as offering from "@/server/offering";
import type * as pricing from "@/server/pricing";
import type * as accounts from "@/server/platform/auth";
import type * as workflows from "@/server/workflows";

/** The parameter `i` of command `F`. */
type Input<F extends (...args: never[]) => unknown, I extends number> = Parameters<F>[I];
const raw: unknown = { itemIds: "not parsed" };

describe("the commands behind the Studio's forms", () => {
  it("take what the context's schema parsed", () => {
    expectTypeOf<Input<typeof fulfillment.shipItems, 4>>().toEqualTypeOf<
      z.output<typeof fulfillment.shipInput>
    >();
    expectTypeOf<Input<typeof fulfillment.recordReturn, 4>>().toEqualTypeOf<
      z.output<typeof fulfillment.itemsInput>
    >();
    expectTypeOf<Input<typeof workflows.refundOrderItems, 3>>().toEqualTypeOf<
      z.output<typeof workflows.refundItemsInput>
    >();
    expectTypeOf<Input<typeof checkout.setRefundPolicy, 1>>().toEqualTypeOf<
      z.output<typeof checkout.refundPolicyInput>
    >();
    expectTypeOf<Input<typeof offering.createEvent, 2>>().toEqualTypeOf<
      z.output<typeof offering.eventDetailsInput>
    >();
    expectTypeOf<Input<typeof offering.editEvent, 3>>().toEqualTypeOf<
      z.output<typeof offering.eventDetailsInput>
    >();
    expectTypeOf<Input<typeof offering.addVariant, 5>>().toEqualTypeOf<
      z.output<typeof offering.variantInput>
    >();
    expectTypeOf<Input<typeof workflows.addVariant, 4>>().toEqualTypeOf<
      z.output<typeof workflows.newVariantInput>
    >();
    expectTypeOf<Input<typeof inventory.createPool, 3>>().toEqualTypeOf<
      z.output<typeof inventory.poolInput>
    >();
    expectTypeOf<Input<typeof workflows.addDrawToPool, 3>>().toEqualTypeOf<
      z.output<typeof workflows.pickedDrawInput>
    >();
    expectTypeOf<Input<typeof workflows.sellAtBoxOffice, 2>>().toEqualTypeOf<
      z.output<typeof checkout.boxOfficeSaleInput>
    >();
    expectTypeOf<Input<typeof workflows.createPromoOnEvent, 3>>().toEqualTypeOf<
      z.output<typeof pricing.promoForm>
    >();
    expectTypeOf<Input<typeof workflows.createProduct, 3>>().toEqualTypeOf<
      z.output<typeof workflows.newProductInput>
    >();
    expectTypeOf<Input<typeof workflows.editProduct, 4>>().toEqualTypeOf<
      z.output<typeof workflows.productEditInput>
    >();
    expectTypeOf<Input<typeof workflows.createBundle, 3>>().toEqualTypeOf<
      z.output<typeof workflows.newBundleInput>
    >();
    expectTypeOf<Input<typeof workflows.changeBundle, 4>>().toEqualTypeOf<
      z.output<typeof workflows.bundleChangeInput>
    >();
    expectTypeOf<Input<typeof accounts.signUp, 0>>().toEqualTypeOf<z.output<typeof accounts.signUpInput>>();
  });

  it("refuse raw input", () => {
    // @ts-expect-error a command does not parse: it takes no unknown
    const ship: Input<typeof fulfillment.shipItems, 4> = raw;
    // @ts-expect-error raw input is not the schema's output
    const refund: Input<typeof workflows.refundOrderItems, 3> = raw;
    // @ts-expect-error raw input is not the schema's output
    const policy: Input<typeof checkout.setRefundPolicy, 1> = raw;
    // @ts-expect-error raw input is not the schema's output
    const event: Input<typeof offering.createEvent, 2> = raw;
    // @ts-expect-error raw input is not the schema's output
    const pool: Input<typeof inventory.createPool, 3> = raw;
    // @ts-expect-error raw input is not the schema's output
    const signUp: Input<typeof accounts.signUp, 0> = raw;
    // @ts-expect-error raw input is not the schema's output
    const sale: Input<typeof workflows.sellAtBoxOffice, 2> = raw;
    // @ts-expect-error raw input is not the schema's output
    const promo: Input<typeof workflows.createPromoOnEvent, 3> = raw;
    // @ts-expect-error raw input is not the schema's output
    const product: Input<typeof workflows.createProduct, 3> = raw;
    // @ts-expect-error raw input is not the schema's output
    const edited: Input<typeof workflows.editProduct, 4> = raw;
    // @ts-expect-error raw input is not the schema's output
    const bundle: Input<typeof workflows.createBundle, 3> = raw;
    // @ts-expect-error raw input is not the schema's output
    const parts: Input<typeof workflows.changeBundle, 4> = raw;
    expectTypeOf([ship, refund, policy, event, pool, signUp, sale, promo, product, edited]).not.toBeAny();
    expectTypeOf([bundle, parts]).not.toBeAny();
  });
});
