import type { DomainEvent } from "@/server/eventlog";

export type HoldPlaced = DomainEvent<
  "HoldPlaced",
  {
    holdId: string;
    expiresAt: string;
    lines: { productId: string; poolId: string; quantity: number; units: number }[];
  }
>;
/**
 * The held units are sold. `reclaimedFrom`: a hold of its own, taking again the units of one that ended
 * before its payment came.
 */
export type HoldConfirmed = DomainEvent<"HoldConfirmed", { holdId: string; reclaimedFrom?: string }>;
/** A payment came after its hold ended and the units were gone: nothing sold, the order is refunded. */
export type HoldNotReclaimed = DomainEvent<"HoldNotReclaimed", { holdId: string; ownerRef: string }>;
export type HoldReleased = DomainEvent<"HoldReleased", { holdId: string }>;
export type HoldExpired = DomainEvent<"HoldExpired", { holdId: string }>;
export type PoolCreated = DomainEvent<
  "PoolCreated",
  {
    poolId: string;
    name: string;
    capacity: number;
    draws: { productId: string; variantId: string | null; units: number }[];
  }
>;
export type DrawAdded = DomainEvent<
  "DrawAdded",
  { poolId: string; productId: string; variantId: string | null; units: number }
>;
/** Sold units back in their pool (a refund), to be sold again. */
export type UnitsReturned = DomainEvent<"UnitsReturned", { poolId: string; units: number; reason: string }>;
export type InventoryEvent =
  | HoldPlaced
  | HoldConfirmed
  | HoldNotReclaimed
  | HoldReleased
  | HoldExpired
  | PoolCreated
  | DrawAdded
  | UnitsReturned;
