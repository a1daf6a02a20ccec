// Shipping what an order's merch needs: ship chosen items (a partial shipment is fine) with a
// carrier and tracking number, mark a shipment delivered, record a return. Each step locks the
// order's items, so two people at the packing table cannot ship one T-shirt twice.
import { z } from "zod";
import type { UnitOfWork } from "@/server/platform/unit-of-work";
import { DomainError, invalid, notFound } from "@/server/platform/errors";
import { newId } from "@/server/platform/ids";
import { metadataFor, type Actor } from "@/server/platform/metadata";
import { appendToStream } from "@/server/eventlog";
import { stateAfter, type OrderFulfillmentState } from "./model/plan";
import {
  insertShipment,
  lockItemsOfOrder,
  lockShipment,
  setItemsStatus,
  setShipmentDelivered,
} from "./infrastructure/items-repo";
import type { FulfillmentEvent } from "./events";

const id = z.string().min(1).max(64);
export const shipInput = z.object({
  itemIds: z.array(id).min(1, "Choose what goes in this parcel").max(500),
  carrier: z.string().trim().min(1, "Enter the carrier").max(60, "That carrier name is too long"),
  trackingNumber: z
    .string()
    .trim()
    .min(3, "Enter the tracking number")
    .max(80, "That tracking number is too long")
    .regex(/^[A-Za-z0-9 -]+$/, "Use letters, digits, spaces and dashes only"),
});
export const itemsInput = z.object({ itemIds: z.array(id).min(1, "Choose at least one item").max(500) });
/** A parcel as the edge parsed it (shipInput): the commands below do not parse again. */
export type ShipInput = z.output<typeof shipInput>;
export type ItemsInput = z.output<typeof itemsInput>;

type Changed = { orderId: string; state: OrderFulfillmentState };

async function chosen(uow: UnitOfWork, brandId: string, orderId: string, itemIds: string[]) {
  const items = await lockItemsOfOrder(uow, brandId, orderId);
  if (items.length === 0) throw notFound("This order does not exist.");
  const picked = itemIds.map((i) => items.find((x) => x.id === i) ?? null);
  if (picked.some((p) => !p))
    throw invalid("Some of these items are not in this order.", { field: "itemIds" });
  return { items, picked: picked as NonNullable<(typeof picked)[number]>[] };
}

/** ShipItems: the chosen items leave in one parcel. Only items waiting to ship can go. */
export async function shipItems(
  tx: UnitOfWork,
  actor: Actor,
  brandId: string,
  orderId: string,
  input: ShipInput,
  now: Date,
): Promise<Changed & { shipmentId: string }> {
  const { items, picked } = await chosen(tx, brandId, orderId, [...new Set(input.itemIds)]);
  for (const p of picked) {
    if (p.kind !== "shipment") throw invalid(`${p.label} is not shipped.`, { field: "itemIds" });
    if (p.status !== "to_ship")
      throw new DomainError(
        "Conflict",
        `${p.label} is ${p.status === "refunded" ? "refunded" : "already shipped"}.`,
        { field: "itemIds" },
      );
  }
  const shipmentId = newId("shp_");
  await insertShipment(tx, {
    id: shipmentId,
    brandId,
    orderId,
    carrier: input.carrier,
    trackingNumber: input.trackingNumber,
    shippedAt: now,
    shippedBy: actor.label,
  });
  await setItemsStatus(
    tx,
    brandId,
    picked.map((p) => p.id),
    "shipped",
    { shipmentId },
  );
  await appendToStream<FulfillmentEvent>(
    tx,
    `fulfillment-${orderId}`,
    "any",
    [
      {
        type: "ItemsShipped",
        payload: {
          orderId,
          shipmentId,
          carrier: input.carrier,
          trackingNumber: input.trackingNumber,
          items: picked.map((p) => ({ itemId: p.id, label: p.label })),
        },
      },
    ],
    metadataFor(actor, brandId, orderId),
  );
  return { orderId, shipmentId, state: stateAfter(items, new Set(picked.map((p) => p.id)), "shipped") };
}

/** MarkDelivered: the carrier delivered a shipment. Marking it again changes nothing. */
export async function markShipmentDelivered(
  tx: UnitOfWork,
  actor: Actor,
  brandId: string,
  shipmentId: string,
  now: Date,
): Promise<Changed> {
  const shipment = await lockShipment(tx, brandId, shipmentId);
  if (!shipment) throw notFound("This shipment does not exist.");
  const items = await lockItemsOfOrder(tx, brandId, shipment.orderId);
  const inParcel = items.filter((i) => i.shipmentId === shipmentId && i.status === "shipped");
  if (shipment.status !== "delivered") {
    await setShipmentDelivered(tx, brandId, shipmentId, now);
    await setItemsStatus(
      tx,
      brandId,
      inParcel.map((i) => i.id),
      "delivered",
    );
    await appendToStream<FulfillmentEvent>(
      tx,
      `fulfillment-${shipment.orderId}`,
      "any",
      [{ type: "ShipmentDelivered", payload: { orderId: shipment.orderId, shipmentId } }],
      metadataFor(actor, brandId, shipment.orderId),
    );
  }
  return {
    orderId: shipment.orderId,
    state: stateAfter(items, new Set(inParcel.map((i) => i.id)), "delivered"),
  };
}

/** RecordReturn: shipped items came back; they can now be refunded. */
export async function recordReturn(
  tx: UnitOfWork,
  actor: Actor,
  brandId: string,
  orderId: string,
  input: ItemsInput,
): Promise<Changed> {
  const { items, picked } = await chosen(tx, brandId, orderId, [...new Set(input.itemIds)]);
  for (const p of picked)
    if (p.status !== "shipped" && p.status !== "delivered")
      throw new DomainError("Conflict", `${p.label} was not shipped, so it cannot come back.`, {
        field: "itemIds",
      });
  await setItemsStatus(
    tx,
    brandId,
    picked.map((p) => p.id),
    "returned",
  );
  await appendToStream<FulfillmentEvent>(
    tx,
    `fulfillment-${orderId}`,
    "any",
    [
      {
        type: "ItemsReturned",
        payload: { orderId, items: picked.map((p) => ({ itemId: p.id, label: p.label })) },
      },
    ],
    metadataFor(actor, brandId, orderId),
  );
  return { orderId, state: stateAfter(items, new Set(picked.map((p) => p.id)), "returned") };
}
