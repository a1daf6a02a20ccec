import type { DomainEvent } from "@/server/eventlog";

export type TicketsIssued = DomainEvent<
  "TicketsIssued",
  {
    orderId: string;
    reference: string;
    eventId: string;
    buyerName: string;
    buyerEmail: string;
    tickets: { ticketId: string; productName: string; attendeeName: string }[];
  }
>;
export type TicketCheckedIn = DomainEvent<
  "TicketCheckedIn",
  {
    ticketId: string;
    eventId: string;
    orderId: string;
    by: string;
    /** The ticket's product (its type at the door). Absent from entries written before it was kept. */
    productName?: string;
  }
>;
/** The check-in was a mistake: the ticket may enter again. */
export type TicketCheckInUndone = DomainEvent<
  "TicketCheckInUndone",
  { ticketId: string; eventId: string; orderId: string; by: string }
>;
export type FulfillmentPlanned = DomainEvent<
  "FulfillmentPlanned",
  {
    orderId: string;
    items: {
      itemId: string;
      kind: string;
      label: string;
      amount: number;
      status: string;
      /**
       * The order line it came from and, in a bundle, its component ("" otherwise): where a
       * refund of it lands in reports. Absent from older entries.
       */
      lineId?: string;
      componentId?: string;
    }[];
  }
>;
export type ItemsShipped = DomainEvent<
  "ItemsShipped",
  {
    orderId: string;
    shipmentId: string;
    carrier: string;
    trackingNumber: string;
    items: { itemId: string; label: string }[];
  }
>;
export type ShipmentDelivered = DomainEvent<"ShipmentDelivered", { orderId: string; shipmentId: string }>;
export type ItemsReturned = DomainEvent<
  "ItemsReturned",
  { orderId: string; items: { itemId: string; label: string }[] }
>;
export type ItemsRefunded = DomainEvent<
  "ItemsRefunded",
  {
    orderId: string;
    refundId: string;
    items: { itemId: string; label: string; amount: number }[];
    voidedTickets: string[];
  }
>;
export type FulfillmentEvent =
  | TicketsIssued
  | TicketCheckedIn
  | TicketCheckInUndone
  | FulfillmentPlanned
  | ItemsShipped
  | ShipmentDelivered
  | ItemsReturned
  | ItemsRefunded;
