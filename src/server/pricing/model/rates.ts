// Rates in basis points (1900 = 19 %) applied to integer minor units. Rounding is half up, done
// in integers (BigInt) so that no float ever reaches a result.
import { DomainError } from "@/server/platform/errors";

export const BP_PER_UNIT = 10_000;

/** n / d rounded half up, for n ≥ 0 and d > 0, exactly. */
function divideHalfUp(n: bigint, d: bigint): number {
  return Number((2n * n + d) / (2n * d));
}

function checked(amount: number, bp: number): void {
  if (!Number.isSafeInteger(amount) || amount < 0)
    throw new DomainError("Invalid", "An amount must be a whole, non-negative number of minor units.");
  if (!Number.isSafeInteger(bp) || bp < 0)
    throw new DomainError("Invalid", "A rate must be a whole, non-negative number of basis points.");
}

/** `bp` of `amount`: percentOf(2999, 1500) = 450 (449.85 rounded half up). */
export function percentOf(amount: number, bp: number): number {
  checked(amount, bp);
  return divideHalfUp(BigInt(amount) * BigInt(bp), BigInt(BP_PER_UNIT));
}

/** The tax contained in a tax-inclusive amount: round(amount × bp / (10000 + bp)). */
export function includedTax(amount: number, bp: number): number {
  checked(amount, bp);
  return divideHalfUp(BigInt(amount) * BigInt(bp), BigInt(BP_PER_UNIT + bp));
}
