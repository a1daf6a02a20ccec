import type { DomainEvent } from "@/server/eventlog";

export type OrderLineFact = { lineId: string; productId: string; productName: string; kind: string; quantity: number; unitPrice: number; total: number };
export type OrderPlaced = DomainEvent<"OrderPlaced", { orderId: string; reference: string; eventId: string; holdId: string; buyerName: string; buyerEmail: string; total: number; currency: string; lines: OrderLineFact[] }>;
export type OrderPaid = DomainEvent<"OrderPaid", { orderId: string; reference: string; eventId: string; holdId: string; buyerName: string; buyerEmail: string; total: number; currency: string; paymentId: string; lines: OrderLineFact[] }>;
export type PaymentFailed = DomainEvent<"PaymentFailed", { orderId: string; paymentId: string; reference: string }>;
export type OrderCancelled = DomainEvent<"OrderCancelled", { orderId: string; reference: string; eventId: string; holdId: string }>;
export type CheckoutEvent = OrderPlaced | OrderPaid | PaymentFailed | OrderCancelled;
