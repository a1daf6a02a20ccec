import { registerUpcasters } from "@/server/eventlog";
import { checkoutUpcasters } from "./events";
export {
  placeOrder,
  placeOrderAtOnce,
  startPayment,
  startNewPayment,
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
  ordersForBrand,
  ordersOf,
  ordersByIds,
  orderPages,
  paymentPages,
  refundPages,
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
  admissionsIn,
  ORDER_STATUSES,
  type OrderStatus,
  type PlaceOrderInput,
} from "./model/order";
export { boxOfficeSaleInput, BOX_OFFICE_METHODS, type BoxOfficeSale } from "./model/box-office-sale";
export { eventSalesProjection } from "./projections/event-sales";
export type {
  CheckoutEvent,
  OrderPaid,
  OrderPlaced,
  OrderCancelled,
  OrderRefunded,
  PaymentMismatched,
  RefundSettled,
  RefundRequested,
  OrderLineFact,
} from "./events";
export { upcastOrderRefunded } from "./events";
// Whoever reads checkout's events reads them through this door: old payloads come back in today's shape.
registerUpcasters(checkoutUpcasters);
export {
  cartById,
  lockCartFor,
  saveCart,
  attachOrderToCart,
  emptyCartsAfterPayment,
  cartForOrder,
  type CartRecord,
} from "./carts";
export {
  followFulfillment,
  followFulfillments,
  orderToRefund,
  recordRefund,
  settleRefund,
  refundPolicyOf,
  setRefundPolicy,
} from "./refunds";
export { refundPolicyInput, type RefundPolicyInput } from "./model/refund-policy";
export { testPayment, settleLocalTestPayment } from "./test-payments";
export { handleStripeWebhook } from "./infrastructure/stripe-webhook";
