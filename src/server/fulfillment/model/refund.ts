// Refund rules: which items may be refunded, by whom, until when, and for how much. The amount
// is the sum of the items' stored shares (model/plan.ts) minus the policy's non-refundable fee.
import { DomainError } from "@/server/platform/errors";
import type { ItemStatus } from "./plan";

export type RefundPolicy = {
  /** Fans may refund themselves from the order page, until `cutoffHours` before the event starts. */
  fanRefunds: boolean;
  cutoffHours: number;
  /** Kept on every fan refund (and on an organizer's when they choose): a percentage and a fixed part. */
  feePercentBp: number;
  feeFixedMinor: number;
};
export const NO_FAN_REFUNDS: RefundPolicy = {
  fanRefunds: false,
  cutoffHours: 48,
  feePercentBp: 0,
  feeFixedMinor: 0,
};

export type RefundableItem = { id: string; status: ItemStatus; amount: number; label: string };
export type RefundDecision = { gross: number; fee: number; amount: number };

export function feeFor(gross: number, policy: RefundPolicy): number {
  return Math.min(gross, policy.feeFixedMinor + Math.round((gross * policy.feePercentBp) / 10_000));
}

/** The last moment a fan may refund: `cutoffHours` before the event starts. */
export const fanRefundDeadline = (eventStartsAt: Date, policy: RefundPolicy) =>
  new Date(eventStartsAt.getTime() - policy.cutoffHours * 3_600_000);

/**
 * What a fan's order page offers: a refund is open when the brand lets fans refund, the order was
 * not paid at the box office (only the door can hand cash back), the deadline has not passed and
 * something is still refundable (a ticket issued, merch not shipped yet).
 */
export function fanRefundOffer(opts: {
  policy: RefundPolicy;
  eventStartsAt: Date;
  channel: string;
  items: readonly { status: string }[];
  now: Date;
}) {
  const { policy } = opts;
  const until = fanRefundDeadline(opts.eventStartsAt, policy);
  const open =
    policy.fanRefunds &&
    opts.channel !== "box_office" &&
    opts.now < until &&
    opts.items.some((i) => i.status === "issued" || i.status === "to_ship");
  return {
    open,
    until: until.toISOString(),
    feePercentBp: policy.feePercentBp,
    feeFixedMinor: policy.feeFixedMinor,
  };
}

export function decideRefund(
  items: readonly RefundableItem[],
  opts: { by: "organizer" | "fan"; now: Date; eventStartsAt: Date; policy: RefundPolicy; keepFee?: boolean },
): RefundDecision {
  if (items.length === 0) throw new DomainError("Invalid", "Choose what to refund.", { field: "items" });
  if (opts.by === "fan") {
    if (!opts.policy.fanRefunds)
      throw new DomainError(
        "NotAllowed",
        "This order cannot be refunded online. Please contact the organizer.",
      );
    if (opts.now >= fanRefundDeadline(opts.eventStartsAt, opts.policy))
      throw new DomainError(
        "NotAllowed",
        "Online refunds for this event have closed. Please contact the organizer.",
      );
  }
  for (const item of items) {
    if (item.status === "refunded")
      throw new DomainError("Conflict", `${item.label} is already refunded.`, { field: "items" });
    if (item.status === "shipped" || item.status === "delivered")
      throw new DomainError(
        "Conflict",
        `${item.label} has been shipped: record its return before refunding it.`,
        { field: "items" },
      );
  }
  const gross = items.reduce((sum, i) => sum + i.amount, 0);
  const fee = opts.by === "fan" || opts.keepFee ? feeFor(gross, opts.policy) : 0;
  return { gross, fee, amount: gross - fee };
}
