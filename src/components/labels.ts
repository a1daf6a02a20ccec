// The words the Studio shows for states and for log entries: one map each, so an order reads
// "Partly delivered" on every page and never "partially_fulfilled". The words live in the Studio's
// shared messages (studio.common `states`, `delivery`, `log`, one file per language); this file
// holds what does not change with the language — each state's tone, every log entry type — typed
// over the contexts' unions (src/server/api/vocabulary.ts): a new state or event without a tone
// here, or without English words in studio/common/en.json, is a type error. Pure.
import type { useTranslations } from "use-intl";
import type { FulfillmentKind, ItemStatus, LogEntryType, OrderStatus } from "@/server/api/vocabulary";

/**
 * The Studio's shared words in the page's language: `studioT("common")` on the server,
 * `useTranslations("studio.common")` in the browser.
 */
export type CommonWords = ReturnType<typeof useTranslations<"studio.common">>;

export type Tone = "zinc" | "green" | "amber" | "red" | "violet";
export type StateLabel = { label: string; tone: Tone };

// Stored as plain strings by their contexts; these are every value they write.
type PaymentStatus = "pending" | "succeeded" | "failed" | "expired";
type RefundStatus = "pending" | "succeeded";
type TicketStatus = "valid" | "void";
/** "returned" is not stored: the Studio says it of a parcel whose every item came back. */
type ShipmentStatus = "shipped" | "delivered" | "returned";
type EventStatus = "draft" | "published";

/** The colour of each state's badge, for each thing; its words are `states.<thing>.<state>`. */
export const STATE_TONES = {
  order: {
    pending: "amber",
    paid: "green",
    fulfilled: "green",
    partially_fulfilled: "violet",
    expired: "zinc",
    cancelled: "red",
    refunded: "red",
    partially_refunded: "amber",
  } satisfies Record<OrderStatus, Tone>,
  item: {
    issued: "green",
    to_ship: "amber",
    shipped: "violet",
    delivered: "green",
    returned: "zinc",
    refunded: "red",
  } satisfies Record<ItemStatus, Tone>,
  payment: {
    pending: "amber",
    succeeded: "green",
    failed: "red",
    expired: "zinc",
  } satisfies Record<PaymentStatus, Tone>,
  refund: { pending: "amber", succeeded: "green" } satisfies Record<RefundStatus, Tone>,
  ticket: { valid: "green", void: "red" } satisfies Record<TicketStatus, Tone>,
  shipment: { shipped: "violet", delivered: "green", returned: "zinc" } satisfies Record<
    ShipmentStatus,
    Tone
  >,
  event: { draft: "amber", published: "green" } satisfies Record<EventStatus, Tone>,
};

export type StateOf = keyof typeof STATE_TONES;
/** Every state's message key: one missing from the English messages fails the type check. */
type StateKey = { [O in StateOf]: `states.${O}.${keyof (typeof STATE_TONES)[O] & string}` }[StateOf];

/** Every order state, in the order the filters offer them. */
export const ORDER_STATES = Object.keys(STATE_TONES.order) as OrderStatus[];

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
export function stateLabel(t: CommonWords, of: StateOf, state: string): StateLabel {
  const tones: Record<string, Tone> = STATE_TONES[of];
  if (!Object.hasOwn(tones, state)) return { label: state.replace(/_/g, " "), tone: "zinc" };
  return { label: t(`states.${of}.${state}` as StateKey), tone: tones[state]! };
}

/** How an item reaches the fan (the item table's Delivery column): "Ticket", "By post", "Download". */
export function deliveryLabel(t: CommonWords, kind: FulfillmentKind): string {
  return t(`delivery.${kind}`);
}

/**
 * Every log entry type, grouped by the context that appends it; its sentence is `log.<type>`.
 * One missing here is a type error below; one the server writes but never declared fails
 * labels.unit.test.ts.
 */
export const LOG_ENTRY_TYPES = [
  // checkout
  "OrderPlaced",
  "OrderPaid",
  "PaymentFailed",
  "PaymentExpired",
  "PaymentMismatched",
  "OrderCancelled",
  "OrderFulfilled",
  "OrderPartiallyFulfilled",
  "OrderPartiallyRefunded",
  "OrderRefunded",
  "RefundRequested",
  "RefundSettled",
  // fulfillment
  "FulfillmentPlanned",
  "TicketsIssued",
  "TicketCheckedIn",
  "TicketCheckInUndone",
  "ItemsShipped",
  "ShipmentDelivered",
  "ItemsReturned",
  "ItemsRefunded",
  // inventory
  "HoldPlaced",
  "HoldConfirmed",
  "HoldNotReclaimed",
  "HoldReleased",
  "HoldExpired",
  "PoolCreated",
  "DrawAdded",
  "UnitsReturned",
  // offering
  "EventCreated",
  "EventEdited",
  "EventTranslated",
  "ProductTranslated",
  "EventHeaderImageChanged",
  "EventPublished",
  "ProductAdded",
  "ProductEdited",
  "BundleAdded",
  "BundleComponentsChanged",
  "VariantAdded",
  "VariantEdited",
  // pricing
  "PricePhasesSet",
  "BundlePricingSet",
  "PromoCodeCreated",
  "PromoCodeRedeemed",
  // distribution
  "BrandCreated",
  "ThemeChanged",
  "LogoChanged",
  "FaviconChanged",
  "ShopPlacesChanged",
  "CustomDomainVerified",
  "MemberAdded",
  "MemberInvited",
  "InvitationRevoked",
  "MemberRemoved",
  "MemberRoleChanged",
  "BundleSplitBasisChanged",
  "ShopLanguagesChanged",
  "AccessibilityStatementChanged",
  "MailFooterChanged",
] as const satisfies readonly LogEntryType[];

/** Names the first log entry type missing from LOG_ENTRY_TYPES, or is `true` when none is. */
type Unlisted = Exclude<LogEntryType, (typeof LOG_ENTRY_TYPES)[number]>;
export const EVERY_LOG_ENTRY_TYPE_LISTED: [Unlisted] extends [never] ? true : Unlisted = true;

const isLogEntryType = (type: string): type is LogEntryType =>
  (LOG_ENTRY_TYPES as readonly string[]).includes(type);

/** The sentence for a log entry; a type without words ("SomethingNew") still reads "Something new". */
export function logEntrySentence(t: CommonWords, type: string): string {
  if (isLogEntryType(type)) return t(`log.${type}`);
  const words = type.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
