// Insights: read models built from the event log (docs/adr/0027). Public API for pages and the
// dispatcher; nothing here is written by a command.
export { salesProjection } from "./projections/sales";
export { checkInsProjection } from "./projections/check-ins";
export {
  headlineFigures,
  salesOverTime,
  revenueByProduct,
  promoCodeUse,
  doorArrivals,
  type Headline,
  type InsightsScope,
} from "./queries";
export { bucketOf, previousPeriod, changeBp, type Period } from "./model/buckets";
