// The brand's refund policy as the organizer sets it: whether fans may refund online, until how
// many hours before the event, and the fee kept (a share and a fixed amount).
import { z } from "zod";
import { checkbox } from "@/server/platform/input";

/** A blank (or absent) number of the policy is zero: no fee, or refunds until the event starts. */
const blankIsZero = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === undefined || v === null || v === "" ? 0 : v), schema);

/** What the Studio's refund-policy form parses, once; setRefundPolicy takes its output. */
export const refundPolicyInput = z.object({
  fanRefunds: checkbox,
  cutoffHours: blankIsZero(
    z.coerce
      .number()
      .int("Whole hours")
      .min(0, "Hours can't be negative")
      .max(24 * 365, "At most a year"),
  ),
  feePercent: blankIsZero(
    z.coerce.number().min(0, "A fee can't be negative").max(100, "At most 100 %").multipleOf(0.01),
  ),
  feeFixed: blankIsZero(
    z.coerce
      .number()
      .min(0, "A fee can't be negative")
      .max(1_000_000)
      .multipleOf(0.01, "At most two decimals"),
  ),
});
export type RefundPolicyInput = z.output<typeof refundPolicyInput>;
