export { checkIn, undoCheckIn } from "./commands";
export { fulfilOrder, fulfilOrders, type PaidOrderFacts } from "./fulfil";
export {
  shipItems,
  markShipmentDelivered,
  recordReturn,
  shipInput,
  itemsInput,
  type ShipInput,
  type ItemsInput,
} from "./shipments";
export { refundItems, type ItemsRefund } from "./refund-items";
export {
  planFulfillment,
  itemLabel,
  orderStateFrom,
  kindOf,
  type PaidLine,
  type PlannedItem,
  type ItemStatus,
  type FulfillmentKind,
  type OrderFulfillmentState,
} from "./model/plan";
export {
  decideRefund,
  feeFor,
  fanRefundDeadline,
  fanRefundOffer,
  NO_FAN_REFUNDS,
  type RefundPolicy,
  type RefundDecision,
} from "./model/refund";
export {
  ticketsForOrder,
  ticketDocumentsOf,
  type TicketDocument,
  ticketQrPng,
  checkInCounts,
  itemsForOrder,
  shipmentsForOrder,
  toShip,
  type TicketView,
  type ItemView,
} from "./queries";
export { ticketCode, verifyTicketCode } from "./model/ticket-code";
export { explainRefusal, type CheckInResult } from "./model/check-in";
export type {
  FulfillmentEvent,
  TicketsIssued,
  TicketCheckedIn,
  TicketCheckInUndone,
  FulfillmentPlanned,
  ItemsShipped,
  ShipmentDelivered,
  ItemsReturned,
  ItemsRefunded,
} from "./events";
export { ticketsPdf, type TicketPdfInput } from "./ticket-pdf";
export { attendeesOfEvent, ticketPages, toCsv, type Attendee } from "./attendees";
