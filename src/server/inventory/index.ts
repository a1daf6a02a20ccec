export { createPool, placeHold, confirmHold, expireHold, type HoldLineRequest } from "./commands";
export { availability, poolsOverview } from "./queries";
export { decideHold, availabilityOf, poolFree, type PoolState } from "./model/availability";
export type { InventoryEvent, HoldPlaced, HoldConfirmed, HoldExpired, PoolCreated } from "./events";
