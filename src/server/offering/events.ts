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
export type OfferingEvent = EventCreated | EventPublished | ProductAdded | BundleAdded;
