export { issueTickets, checkIn, planTickets, type PaidOrderFacts } from "./commands";
export { ticketsForOrder, ticketQrPng, checkInCounts, type TicketView } from "./queries";
export { ticketCode, verifyTicketCode } from "./model/ticket-code";
export { explainRefusal, type CheckInResult } from "./model/check-in";
export type { FulfillmentEvent, TicketsIssued, TicketCheckedIn } from "./events";
