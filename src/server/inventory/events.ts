import type { DomainEvent } from "@/server/eventlog";

export type HoldPlaced = DomainEvent<
  "HoldPlaced",
  {
    holdId: string;
    expiresAt: string;
    lines: { productId: string; poolId: string; quantity: number; units: number }[];
  }
>;
export type HoldConfirmed = DomainEvent<"HoldConfirmed", { holdId: string }>;
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
export type InventoryEvent =
  HoldPlaced | HoldConfirmed | HoldReleased | HoldExpired | PoolCreated | DrawAdded;
