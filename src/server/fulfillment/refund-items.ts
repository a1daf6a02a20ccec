// RefundItems (fulfillment's part of a refund): the chosen items are refunded — their tickets void
// at the door — and the pool units they drew are handed back to the caller to return to
// inventory: each item's own draws, and a bundle's own draws once every item of that bundle
// unit is refunded. The amount comes from the items' stored shares (model/refund.ts).
import { invalid, notFound } from "@/server/platform/errors";
import { metadataFor, type Actor } from "@/server/platform/metadata";
import type { UnitOfWork } from "@/server/platform/unit-of-work";
import { appendToStream } from "@/server/eventlog";
import { decideRefund, type RefundDecision, type RefundPolicy } from "./model/refund";
import { stateAfter, type OrderFulfillmentState } from "./model/plan";
import { lockItemsOfOrder, setItemsStatus, voidTickets } from "./infrastructure/items-repo";
import type { FulfillmentEvent } from "./events";

export type ItemsRefund = RefundDecision & {
  state: OrderFulfillmentState;
  unitsBack: { poolId: string; units: number }[];
  labels: string[];
};

export async function refundItems(
  uow: UnitOfWork,
  actor: Actor,
  brandId: string,
  orderId: string,
  itemIds: string[],
  refundId: string,
  rules: { by: "organizer" | "fan"; now: Date; eventStartsAt: Date; policy: RefundPolicy; keepFee?: boolean },
): Promise<ItemsRefund> {
  const items = await lockItemsOfOrder(uow, brandId, orderId);
  if (items.length === 0) throw notFound("This order has nothing to refund.");
  const picked = [...new Set(itemIds)].map((id) => items.find((i) => i.id === id));
  if (picked.some((p) => !p)) throw invalid("Some of these items are not in this order.", { field: "items" });
  const chosen = picked as NonNullable<(typeof picked)[number]>[];
  const decision = decideRefund(
    chosen.map((c) => ({ id: c.id, status: c.status, amount: c.amountMinor, label: c.label })),
    rules,
  );

  const refunded = new Set(chosen.map((c) => c.id));
  const after = items.map((i) => ({ ...i, status: refunded.has(i.id) ? ("refunded" as const) : i.status }));
  const unitsBack = chosen.flatMap((c) => c.draws);
  // A bundle unit this refund completes (every item of it now refunded) gives back the bundle's own units
  // too.
  const units = new Set(
    chosen.filter((c) => c.bundleUnit !== null).map((c) => `${c.orderLineId}#${c.bundleUnit}`),
  );
  for (const key of units) {
    const members = after.filter((i) => `${i.orderLineId}#${i.bundleUnit}` === key);
    if (members.every((m) => m.status === "refunded")) unitsBack.push(...members[0]!.bundleDraws);
  }

  await setItemsStatus(uow, brandId, [...refunded], "refunded", { refundId });
  const voided = chosen.map((c) => c.ticketId).filter((t): t is string => !!t);
  await voidTickets(uow, brandId, voided);
  await appendToStream<FulfillmentEvent>(
    uow,
    `fulfillment-${orderId}`,
    "any",
    [
      {
        type: "ItemsRefunded",
        payload: {
          orderId,
          refundId,
          items: chosen.map((c) => ({ itemId: c.id, label: c.label, amount: c.amountMinor })),
          voidedTickets: voided,
        },
      },
    ],
    metadataFor(actor, brandId, orderId),
  );
  return {
    ...decision,
    state: stateAfter(items, refunded, "refunded"),
    unitsBack,
    labels: chosen.map((c) => c.label),
  };
}
