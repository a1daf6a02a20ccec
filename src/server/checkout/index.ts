export {
  placeOrder,
  startPayment,
  confirmPayment,
  expirePayment,
  cancelOrder,
  refundUnavailableOrder,
  type NewOrder,
} from "./commands";
export {
  settleWithSession,
  settleFromProvider,
  expirePaymentForHold,
  reconcilePendingPayments,
  paymentIdForProviderRef,
} from "./provider-sessions";
export {
  orderAccessKey,
  orderForFan,
  orderForBrand,
  ordersOf,
  ordersByIds,
  paymentsOf,
  refundsOf,
  openPaymentOf,
  paymentForReturn,
  salesOverview,
  salesByChannel,
  type OrderRecord,
  type OrderSummary,
  type EventSales,
  type ChannelSales,
  type OrderFilter,
} from "./queries";
export {
  placeOrderInput,
  lineInput,
  buyerInput,
  buyerForm,
  type BuyerForm,
  readBuyer,
  type BuyerInput,
  addressInput,
  shipsSomething,
  type ShippingAddress,
  decideConfirmPayment,
  decideCancel,
  MAX_TICKETS_PER_ORDER,
  type OrderStatus,
  type PlaceOrderInput,
} from "./model/order";
export { eventSalesProjection } from "./projections/event-sales";
export type {
  CheckoutEvent,
  OrderPaid,
  OrderPlaced,
  OrderCancelled,
  OrderRefunded,
  PaymentMismatched,
  OrderLineFact,
} from "./events";
export {
  cartById,
  lockCartFor,
  saveCart,
  attachOrderToCart,
  emptyCartAfterPayment,
  cartForOrder,
  type CartRecord,
} from "./carts";
export {
  followFulfillment,
  orderToRefund,
  recordRefund,
  settleRefund,
  refundPolicyOf,
  setRefundPolicy,
} from "./refunds";
export { refundPolicyInput, type RefundPolicyInput } from "./model/refund-policy";
export { testPayment, settleLocalTestPayment } from "./test-payments";
export { handleStripeWebhook } from "./infrastructure/stripe-webhook";
