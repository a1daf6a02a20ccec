// Shipping steps for an order's merch, each with the order's state following in the same
// transaction: ship chosen items, mark a shipment delivered, record a return.
import { transaction } from "@/server/platform/unit-of-work";
import type { Actor } from "@/server/platform/metadata";
import * as checkout from "@/server/checkout";
import * as fulfillment from "@/server/fulfillment";

export async function shipOrderItems(
  actor: Actor,
  brandId: string,
  orderId: string,
  input: fulfillment.ShipInput,
  now: Date,
) {
  return transaction(async (uow) => {
    const r = await fulfillment.shipItems(uow, actor, brandId, orderId, input, now);
    await checkout.followFulfillment(uow, actor, brandId, orderId, r.state);
    return r;
  });
}

export async function markDelivered(actor: Actor, brandId: string, shipmentId: string, now: Date) {
  return transaction(async (uow) => {
    const r = await fulfillment.markShipmentDelivered(uow, actor, brandId, shipmentId, now);
    await checkout.followFulfillment(uow, actor, brandId, r.orderId, r.state);
    return r;
  });
}

export async function recordReturn(
  actor: Actor,
  brandId: string,
  orderId: string,
  input: fulfillment.ItemsInput,
) {
  return transaction(async (uow) => {
    const r = await fulfillment.recordReturn(uow, actor, brandId, orderId, input);
    await checkout.followFulfillment(uow, actor, brandId, orderId, r.state);
    return r;
  });
}
