export { createEvent, addTicketProduct, publishEvent } from "./commands";
export { studioEvent, studioEvents, shopEvents, shopEvent, shopEventById, productsByIds, type EventRecord, type ProductRecord, type EventWithProducts } from "./queries";
export { eventInput, ticketTypeInput, toMinorUnits, decidePublish, type TicketTypeInput } from "./model/event";
export type { OfferingEvent, EventCreated, EventPublished, ProductAdded } from "./events";
