// The shop's purchase workflows as its router hands them over, for tests that drive a workflow
// directly: the input is read with the schema the router declares (api/routers/shop.router.ts),
// and a refusal there is the Invalid error, at its field, that a client of the router sees. Any
// value goes in, as from a client.
import type { z } from "zod";
import { invalid } from "@/server/platform/errors";
import * as checkout from "@/server/checkout";
import * as workflows from "@/server/workflows";

function atTheEdge<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const r = schema.safeParse(raw);
  if (!r.success) throw invalid(r.error.issues[0]!.message, { field: r.error.issues[0]!.path.join(".") });
  return r.data;
}

export const placeOrderFlow = async (raw: unknown) =>
  workflows.placeOrderFlow(atTheEdge(checkout.placeOrderInput, raw));

export const updateCart = async (cartId: string | null, raw: unknown) =>
  workflows.updateCart(cartId, atTheEdge(workflows.updateCartInput, raw));

export const checkoutCart = async (cartId: string | null, raw: unknown) =>
  workflows.checkoutCart(cartId, atTheEdge(workflows.checkoutCartInput, raw));
