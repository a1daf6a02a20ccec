export {
  createPool,
  addDraw,
  placeHold,
  holdAtOnce,
  confirmHold,
  confirmHolds,
  returnUnits,
  assignHold,
  releaseHold,
  holdStatus,
  expireHold,
  type HoldLineRequest,
  type DrawRequest,
} from "./commands";
export {
  availability,
  availabilityFor,
  checkHoldable,
  drawsFor,
  poolStates,
  taken,
  poolsOverview,
  poolOfBrand,
  checkPools,
  eventCounters,
  type PoolSnapshot,
  type SnapshotScope,
  type PoolBreak,
  keyOf,
  type DrawKey,
} from "./queries";
export {
  decideHold,
  decideRelease,
  availabilityOf,
  mergeDraws,
  poolFree,
  type PoolState,
  type DrawState,
} from "./model/availability";
export { poolInput, drawInput, drawUnits, type PoolInput, type DrawInput } from "./model/pool-input";
export type {
  InventoryEvent,
  HoldPlaced,
  HoldConfirmed,
  HoldReleased,
  HoldExpired,
  PoolCreated,
  UnitsReturned,
} from "./events";
/** Tests only (the race test proving it can fail): holds taken without checking the room. */
export { holdWithoutRoomCheck } from "./infrastructure/pools-repo";
