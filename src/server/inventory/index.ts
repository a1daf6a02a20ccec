export { createPool, placeHold, confirmHold, releaseHold, expireHold, type HoldLineRequest } from "./commands";
export { availability, poolsOverview } from "./queries";
export { decideHold, decideRelease, availabilityOf, poolFree, type PoolState } from "./model/availability";
export type { InventoryEvent, HoldPlaced, HoldConfirmed, HoldReleased, HoldExpired, PoolCreated } from "./events";
