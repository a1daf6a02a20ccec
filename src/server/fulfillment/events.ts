import type { DomainEvent } from "@/server/eventlog";

export type TicketsIssued = DomainEvent<"TicketsIssued", { orderId: string; reference: string; eventId: string; buyerName: string; buyerEmail: string; tickets: { ticketId: string; productName: string; attendeeName: string }[] }>;
export type TicketCheckedIn = DomainEvent<"TicketCheckedIn", { ticketId: string; eventId: string; orderId: string; by: string }>;
export type FulfillmentEvent = TicketsIssued | TicketCheckedIn;
