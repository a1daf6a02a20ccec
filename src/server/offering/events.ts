import type { DomainEvent } from "@/server/eventlog";

export type EventCreated = DomainEvent<
  "EventCreated",
  {
    eventId: string;
    name: string;
    slug: string;
    venue: string;
    startsAt: string;
    endsAt: string;
    timeZone: string;
    askAttendeeNames?: boolean;
  }
>;
export type EventEdited = DomainEvent<
  "EventEdited",
  {
    eventId: string;
    name: string;
    venue: string;
    startsAt: string;
    endsAt: string;
    timeZone: string;
    askAttendeeNames: boolean;
  }
>;
/** The organizer's texts in the brand's other languages: which languages have a name (docs/adr/0033). */
export type EventTranslated = DomainEvent<"EventTranslated", { eventId: string; languages: string[] }>;
/** A product's texts in the brand's other languages: which languages have some (docs/adr/0033). */
export type ProductTranslated = DomainEvent<
  "ProductTranslated",
  { eventId: string; productId: string; languages: string[] }
>;
/** `key`: the picture in the file store, or null when it was removed. */
export type EventHeaderImageChanged = DomainEvent<
  "EventHeaderImageChanged",
  { eventId: string; key: string | null }
>;
export type EventPublished = DomainEvent<"EventPublished", { eventId: string }>;
export type ProductAdded = DomainEvent<
  "ProductAdded",
  { eventId: string; productId: string; kind: "ticket" | "merch" | "addon"; name: string; variants: string[] }
>;
export type BundleAdded = DomainEvent<
  "BundleAdded",
  {
    eventId: string;
    productId: string;
    name: string;
    components: {
      productId: string;
      variantId: string | null;
      quantity: number;
      optional: boolean;
      group: string | null;
    }[];
  }
>;
export type ProductEdited = DomainEvent<
  "ProductEdited",
  { eventId: string; productId: string; name: string }
>;
export type BundleComponentsChanged = DomainEvent<
  "BundleComponentsChanged",
  {
    eventId: string;
    productId: string;
    name: string;
    components: {
      productId: string;
      variantId: string | null;
      quantity: number;
      optional: boolean;
      group: string | null;
    }[];
  }
>;
export type VariantAdded = DomainEvent<
  "VariantAdded",
  { eventId: string; productId: string; variantId: string; name: string; sku: string }
>;
export type VariantEdited = DomainEvent<
  "VariantEdited",
  { eventId: string; productId: string; variantId: string; name: string; sku: string }
>;
export type OfferingEvent =
  | EventCreated
  | EventEdited
  | EventTranslated
  | ProductTranslated
  | EventHeaderImageChanged
  | EventPublished
  | ProductAdded
  | ProductEdited
  | BundleAdded
  | BundleComponentsChanged
  | VariantAdded
  | VariantEdited;
