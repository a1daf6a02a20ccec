export { placeOrderFlow, sellAtBoxOffice } from "./place-order";
export {
  createProduct,
  newProductInput,
  type NewProductInput,
  createBundle,
  newBundleInput,
  type NewBundleInput,
  bundleChangeInput,
  type BundleChangeInput,
  createTicketType,
  editProduct,
  productEditInput,
  type ProductEditInput,
  changeBundle,
  addVariant,
  editVariant,
  newVariantInput,
  type NewVariantInput,
} from "./create-product";
export { translateProduct } from "./translate-product";
export { orderNamesIn, type OrderNames } from "./order-names";
export { priceCart, type PricedCart, type CartLineInput } from "./cart";
export {
  eventOffer,
  offerScope,
  sharedOffer,
  offerInLanguage,
  quoteInLanguage,
  shopCatalogOf,
  type OfferItem,
  type OfferPrice,
} from "./offer";
export {
  createPoolWithDraws,
  addDrawToPool,
  newPoolInput,
  pickedDrawInput,
  type NewPoolInput,
} from "./pools";
export {
  viewCart,
  updateCart,
  updateCartInput,
  checkoutCart,
  checkoutCartInput,
  type UpdateCartInput,
  type CheckoutCartInput,
  type CartView,
  type CartState,
} from "./cart-flow";
export { saleEvent } from "./catalog-snapshot";
export { createPromoOnEvent } from "./promos";
export {
  fanRefundOffer,
  refundOrderItems,
  refundItemsInput,
  type RefundResult,
  type RefundItemsInput,
} from "./refund";
export { shipOrderItems, markDelivered, recordReturn } from "./shipping";
export { orderTicketsPdf, languageOf } from "./ticket-documents";
export { resendTickets } from "./resend-tickets";
export { heldEvents, retryParkedEvent, entryWords, type HeldEvent } from "./held-events";
export { startExport } from "./exports";
