// Pure order rules: what a fan may place, and how payment moves an order.
import { z } from "zod";
import { DomainError } from "@/server/platform/errors";

export type OrderStatus = "pending" | "paid" | "fulfilled" | "partially_fulfilled" | "expired" | "cancelled" | "refunded" | "partially_refunded";

export const buyerInput = z.object({
  name: z.string().trim().min(1, "Enter your name").max(100, "That name is too long"),
  email: z.string().trim().toLowerCase().max(200).email("Enter a valid e-mail address, like you@example.com"),
});

export const MAX_TICKETS_PER_ORDER = 50;
export const lineInput = z.object({
  productId: z.string().min(1).max(64),
  quantity: z.coerce.number({ message: "Choose a quantity" }).int("Choose a whole number").min(1, "Choose at least 1").max(MAX_TICKETS_PER_ORDER, `At most ${MAX_TICKETS_PER_ORDER} per order`),
});

export const placeOrderInput = z.object({
  brandSlug: z.string().min(1).max(60),
  eventId: z.string().min(1).max(64),
  buyer: buyerInput,
  lines: z.array(lineInput).min(1, "Choose at least one ticket").max(20),
});
export type PlaceOrderInput = z.output<typeof placeOrderInput>;

/** A line may not exceed the product's own per-order maximum. */
export function checkLineLimits(lines: { productName: string; quantity: number; maxPerOrder: number }[]) {
  for (const l of lines) {
    if (l.quantity > l.maxPerOrder) throw new DomainError("Invalid", `You can buy at most ${l.maxPerOrder} ${l.productName} per order.`);
  }
}

/** ConfirmPayment: the first success pays a pending order; any later confirmation is a no-op. */
export function decideConfirmPayment(status: OrderStatus): "pay" | "noop" {
  if (status === "pending") return "pay";
  if (status === "cancelled" || status === "expired") return "pay"; // money arrived: never lose a paid order (issue 4 decides re-hold vs refund)
  return "noop";
}

/** CancelOrder: only a pending order can be cancelled. */
export function decideCancel(status: OrderStatus): void {
  if (status !== "pending") throw new DomainError("Conflict", `Only a pending order can be cancelled; this one is ${status}.`);
}
