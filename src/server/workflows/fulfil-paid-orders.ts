// A paid order, step by step: sell the held units — or, if the payment came after the hold
// ended and the units are gone, refund — then issue the tickets and mark what was delivered.
// A rush's paid orders come in batches, and most are the plain case (their own live hold): those
// go through together, a few dozen per transaction, in a handful of statements instead of about
// twenty-five each (issue 13: fulfilment kept up with half the rush). Everything else, and any
// batch that fails, goes one order at a time, each step idempotent.
import { log } from "@/server/platform/log";
import { clock } from "@/server/platform/clock";
import { transaction, type UnitOfWork } from "@/server/platform/unit-of-work";
import type { RecordedEvent } from "@/server/eventlog";
import * as checkout from "@/server/checkout";
import * as inventory from "@/server/inventory";
import * as fulfillment from "@/server/fulfillment";
import { causedBy } from "./delivery";

type Paid = RecordedEvent<checkout.OrderPaid>;
const system = { kind: "system", label: "system" } as const;

/** Orders per transaction: enough to share its statements, few enough to keep its locks short. */
const BATCH = 40;

/** The order as fulfillment reads it: every line with its (possibly empty) components. */
const factsOf = (p: checkout.OrderPaid["payload"]): fulfillment.PaidOrderFacts => ({
  ...p,
  lines: p.lines.map((l) => ({ ...l, components: l.components ?? [] })),
});

/** What each unit of the order draws from its pools: a refund gives exactly that back. */
const drawKeysOf = (p: checkout.OrderPaid["payload"]) =>
  p.lines.flatMap((l) => [
    { productId: l.productId, variantId: l.kind === "bundle" ? null : l.variantId },
    ...(l.components ?? []).map((c) => ({ productId: c.productId, variantId: c.variantId })),
  ]);

async function drawsOfBrand(brandId: string, paid: Paid[], uow: UnitOfWork | null = null) {
  const draws = await inventory.drawsFor(
    brandId,
    paid.flatMap((e) => drawKeysOf(e.payload)),
    uow,
  );
  return (productId: string, variantId: string | null) =>
    draws.get(inventory.keyOf({ productId, variantId })) ?? [];
}

/** One paid order on its own: the path every order can take, whatever happened before. */
export async function fulfilPaidOrder(e: Paid): Promise<void> {
  const p = e.payload;
  const { confirmed } = await inventory.confirmHold(causedBy(e), p.holdId, clock.now(), p.orderId);
  if (!confirmed) {
    await checkout.refundUnavailableOrder(p.orderId, clock.now(), system);
    return;
  }
  const drawsOf = await drawsOfBrand(e.metadata.brandId, [e]);
  const { state } = await fulfillment.fulfilOrder(factsOf(p), drawsOf, causedBy(e));
  // Tickets are delivered at once; merch waits to be shipped.
  await transaction((uow) => checkout.followFulfillment(uow, system, e.metadata.brandId, p.orderId, state));
}

/**
 * Orders whose own hold is still live, in one transaction: their holds sold, their items and
 * tickets issued, their states followed. Returns those it fulfilled; the others are untouched.
 */
async function fulfilTogether(batch: Paid[]): Promise<Set<Paid>> {
  return transaction(async (uow) => {
    const confirmed = await inventory.confirmHolds(
      uow,
      batch.map((e) => ({ holdId: e.payload.holdId, ownerRef: e.payload.orderId, meta: causedBy(e) })),
      clock.now(),
    );
    const paid = batch.filter((e) => confirmed.has(e.payload.holdId));
    if (paid.length === 0) return new Set<Paid>();
    const drawsOf = new Map<string, Awaited<ReturnType<typeof drawsOfBrand>>>();
    for (const brandId of new Set(paid.map((e) => e.metadata.brandId)))
      drawsOf.set(
        brandId,
        await drawsOfBrand(
          brandId,
          paid.filter((e) => e.metadata.brandId === brandId),
          uow,
        ),
      );
    const states = await fulfillment.fulfilOrders(
      uow,
      paid.map((e) => ({
        order: factsOf(e.payload),
        drawsOf: drawsOf.get(e.metadata.brandId)!,
        meta: causedBy(e),
      })),
    );
    await checkout.followFulfillments(
      uow,
      system,
      paid.map((e) => ({
        brandId: e.metadata.brandId,
        orderId: e.payload.orderId,
        state: states.get(e.payload.orderId)!,
      })),
    );
    return new Set(paid);
  });
}

/**
 * A batch of paid orders: together where they can be, the rest one at a time (`limit` at once).
 * Returns the orders that failed, each alone, as the dispatcher holds them.
 */
export async function fulfilPaidOrders(
  events: Paid[],
  eachAtOnce: (rest: Paid[]) => Promise<{ event: Paid; error: unknown }[]>,
): Promise<{ event: Paid; error: unknown }[]> {
  // An order or hold paid twice in one batch (a replay) goes alone: the batch moves each once.
  const seen = new Map<string, number>();
  for (const e of events)
    for (const key of [e.payload.holdId, e.payload.orderId]) seen.set(key, (seen.get(key) ?? 0) + 1);
  const plain = events.filter((e) => seen.get(e.payload.holdId) === 1 && seen.get(e.payload.orderId) === 1);
  const done = new Set<Paid>();
  for (let i = 0; i < plain.length; i += BATCH) {
    const batch = plain.slice(i, i + BATCH);
    try {
      for (const e of await fulfilTogether(batch)) done.add(e);
    } catch (error) {
      // Nothing of the batch was written: each of its orders goes on its own below.
      log.warn(
        { error, orders: batch.length },
        "a batch of paid orders failed together; fulfilling each alone",
      );
    }
  }
  return eachAtOnce(events.filter((e) => !done.has(e)));
}
