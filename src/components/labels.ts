// The words the Studio shows for states and for log entries: one map each, so an order reads
// "Partly delivered" on every page and never "partially_fulfilled". The maps are typed over the
// contexts' unions (src/server/api/vocabulary.ts): a new state or event without words is a type
// error. Pure.
import type { FulfillmentKind, ItemStatus, LogEntryType, OrderStatus } from "@/server/api/vocabulary";

export type Tone = "zinc" | "green" | "amber" | "red" | "violet";
export type StateLabel = { label: string; tone: Tone };

// Stored as plain strings by their contexts; these are every value they write.
type PaymentStatus = "pending" | "succeeded" | "failed" | "expired";
type RefundStatus = "pending" | "succeeded";
type TicketStatus = "valid" | "void";
/** "returned" is not stored: the Studio says it of a parcel whose every item came back. */
type ShipmentStatus = "shipped" | "delivered" | "returned";
type EventStatus = "draft" | "published";

const l = (label: string, tone: Tone): StateLabel => ({ label, tone });

/** What each state of each thing is called in the Studio, and the colour of its badge. */
export const STATE_LABELS = {
  order: {
    pending: l("Awaiting payment", "amber"),
    paid: l("Paid", "green"),
    fulfilled: l("Delivered", "green"),
    partially_fulfilled: l("Partly delivered", "violet"),
    expired: l("Not paid in time", "zinc"),
    cancelled: l("Cancelled", "red"),
    refunded: l("Refunded", "red"),
    partially_refunded: l("Partly refunded", "amber"),
  } satisfies Record<OrderStatus, StateLabel>,
  item: {
    issued: l("Issued", "green"),
    to_ship: l("To be shipped", "amber"),
    shipped: l("Shipped", "violet"),
    delivered: l("Delivered", "green"),
    returned: l("Returned", "zinc"),
    refunded: l("Refunded", "red"),
  } satisfies Record<ItemStatus, StateLabel>,
  payment: {
    pending: l("Waiting", "amber"),
    succeeded: l("Paid", "green"),
    failed: l("Failed", "red"),
    expired: l("Expired", "zinc"),
  } satisfies Record<PaymentStatus, StateLabel>,
  refund: {
    pending: l("Waiting for the payment provider", "amber"),
    succeeded: l("Done", "green"),
  } satisfies Record<RefundStatus, StateLabel>,
  ticket: {
    valid: l("Valid", "green"),
    void: l("Void", "red"),
  } satisfies Record<TicketStatus, StateLabel>,
  shipment: {
    shipped: l("On its way", "violet"),
    delivered: l("Delivered", "green"),
    returned: l("Came back", "zinc"),
  } satisfies Record<ShipmentStatus, StateLabel>,
  event: {
    draft: l("Draft", "amber"),
    published: l("On sale", "green"),
  } satisfies Record<EventStatus, StateLabel>,
};

export type StateOf = keyof typeof STATE_LABELS;

/** The fan's words for their order's state (the order page), where the Studio's are for staff. */
export const FAN_ORDER_LABELS = {
  pending: "Awaiting payment",
  paid: "Paid",
  fulfilled: "Paid · tickets sent",
  partially_fulfilled: "Paid · tickets sent · merch to ship",
  cancelled: "Cancelled",
  expired: "Expired",
  refunded: "Refunded",
  partially_refunded: "Partly refunded",
} satisfies Record<OrderStatus, string>;

/** The fan's words for an item of a parcel, item by item (one parcel can hold both). */
export const FAN_PARCEL_ITEM_LABELS: Partial<Record<ItemStatus, string>> = {
  shipped: "On its way",
  delivered: "Delivered",
  returned: "Returned",
  // Only a returned item can be refunded once it has shipped (fulfillment's refund rule).
  refunded: "Returned and refunded",
};

/** The words for a state; a value the map does not know (an old row) is shown readable, in grey. */
export function stateLabel(of: StateOf, state: string): StateLabel {
  const known: Record<string, StateLabel> = STATE_LABELS[of];
  return Object.hasOwn(known, state) ? known[state]! : l(state.replace(/_/g, " "), "zinc");
}

/** How an item reaches the fan (the item table's Delivery column). */
export const DELIVERY_LABELS: Record<FulfillmentKind, string> = {
  ticket: "Ticket",
  shipment: "By post",
  digital: "Download",
};

const LOG_ENTRY_WORDS: Record<LogEntryType, string> = {
  // checkout
  OrderPlaced: "Order placed, waiting for payment",
  OrderPaid: "Order paid",
  PaymentFailed: "Payment failed",
  PaymentExpired: "Payment not completed in time",
  PaymentMismatched: "A payment that did not match the order was refused",
  OrderCancelled: "Order cancelled",
  OrderFulfilled: "Everything delivered",
  OrderPartiallyFulfilled: "Part of the order delivered",
  OrderPartiallyRefunded: "Part of the order refunded",
  OrderRefunded: "Money refunded to the buyer",
  RefundRequested: "Refund sent to the payment provider",
  RefundSettled: "Refund confirmed by the payment provider",
  // fulfillment
  FulfillmentPlanned: "Delivery planned, item by item",
  TicketsIssued: "Tickets issued and e-mailed",
  TicketCheckedIn: "Ticket checked in at the door",
  TicketCheckInUndone: "Check-in undone",
  ItemsShipped: "Items shipped",
  ShipmentDelivered: "Shipment delivered",
  ItemsReturned: "Return received",
  ItemsRefunded: "Items refunded",
  // inventory
  HoldPlaced: "Units reserved for a cart",
  HoldConfirmed: "Reserved units sold",
  HoldNotReclaimed: "Paid too late: the units were no longer free",
  HoldReleased: "Reservation released",
  HoldExpired: "Reservation expired, units back on sale",
  PoolCreated: "Capacity pool created",
  DrawAdded: "Product added to a pool",
  UnitsReturned: "Units back on sale",
  // offering
  EventCreated: "Event created",
  EventEdited: "Event details edited",
  EventTranslated: "Event translations edited",
  ProductTranslated: "Product translations edited",
  EventHeaderImageChanged: "Event picture changed",
  EventPublished: "Event published: on sale",
  ProductAdded: "Product added",
  ProductEdited: "Product edited",
  BundleAdded: "Bundle added",
  BundleComponentsChanged: "Bundle contents changed",
  VariantAdded: "Variant added",
  VariantEdited: "Variant edited",
  // pricing
  PricePhasesSet: "Prices set",
  BundlePricingSet: "Bundle pricing set",
  PromoCodeCreated: "Promo code created",
  PromoCodeRedeemed: "Promo code used",
  // distribution
  BrandCreated: "Brand created",
  ThemeChanged: "Theme changed",
  LogoChanged: "Logo changed",
  FaviconChanged: "Browser tab icon changed",
  ShopPlacesChanged: "Shop domain or embedding sites changed",
  CustomDomainVerified: "Custom domain verified",
  MemberAdded: "Team member joined",
  MemberInvited: "Team member invited",
  InvitationRevoked: "Invitation withdrawn",
  MemberRemoved: "Team member removed",
  MemberRoleChanged: "Team member's role changed",
  BundleSplitBasisChanged: "Bundle refund shares basis changed",
  ShopLanguagesChanged: "Shop languages changed",
  AccessibilityStatementChanged: "Accessibility statement changed",
};

/** One sentence per log entry type, as the order history and the audit log show it. */
export const LOG_ENTRY_SENTENCES: Readonly<Record<string, string>> = LOG_ENTRY_WORDS;

/** The sentence for a log entry; a type without words ("SomethingNew") still reads "Something new". */
export function logEntrySentence(type: string): string {
  if (Object.hasOwn(LOG_ENTRY_SENTENCES, type)) return LOG_ENTRY_SENTENCES[type]!;
  const words = type.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
