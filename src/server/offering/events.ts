import type { DomainEvent } from "@/server/eventlog";

export type EventCreated = DomainEvent<"EventCreated", { eventId: string; name: string; slug: string; venue: string; startsAt: string; endsAt: string; timeZone: string }>;
export type EventPublished = DomainEvent<"EventPublished", { eventId: string }>;
export type ProductAdded = DomainEvent<"ProductAdded", { eventId: string; productId: string; kind: "ticket"; name: string }>;
export type OfferingEvent = EventCreated | EventPublished | ProductAdded;
