export {
  setPhases,
  setBundlePricing,
  createPromo,
  createPromoCode,
  redeemPromo,
  releasePromo,
} from "./commands";
export { bundlePricingChoice, type BundlePricingChoice } from "./model/bundle-pricing-input";
export type { InBundlePrice } from "./commands";
export { priceBook, promoForCart, promosOf, UNKNOWN_CODE, type PriceBook } from "./queries";
export { quoteCart, type CartQuote, type CartQuoteLine, type QuoteInputLine } from "./model/cart-quote";
export {
  phaseAt,
  phaseStatus,
  splitByPhase,
  validatePhases,
  type PricePhase,
  type PhaseStatus,
} from "./model/phases";
export {
  bundleUnitPrice,
  allocateBundle,
  splitBasisFor,
  standaloneTotal,
  SPLIT_BASES,
  type SplitBasis,
  type BundlePricing,
  type PricedComponent,
  type BundleDiscount,
} from "./model/bundle-pricing";
export {
  checkPromo,
  applyPromo,
  appliesAt,
  promoInput,
  promoForm,
  decidePromoCode,
  type PromoForm,
  promoWindowIn,
  OTHER_EVENT,
  type PromoCode,
  type PromoEvents,
} from "./model/promo";
export { parsePhases, phasesIn, phaseRowsInput, type PhaseRows } from "./model/phase-input";
export type {
  PricingEvent,
  PricePhasesSet,
  BundlePricingSet,
  PromoCodeCreated,
  PromoCodeRedeemed,
} from "./events";
