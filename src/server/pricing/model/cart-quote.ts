// The full quote of a cart at an instant: each line split across its price phases, bundles
// priced from their chosen components, a promo code, the tax inside each amount, and each
// bundle's total allocated to its components. Pure and deterministic: the same input gives the
// same quote, so a held cart keeps the quote it was given (the caller stores it).
import { DomainError } from "@/server/platform/errors";
import {
  allocateBundle,
  bundleUnitPrice,
  splitBasisFor,
  type AllocationPart,
  type BundlePricing,
  type PricedComponent,
  type SplitBasis,
} from "./bundle-pricing";
import { splitByPhase, type PricePhase } from "./phases";
import { applyPromo, checkPromo, type PromoCode, type PromoLine } from "./promo";
import { includedTax } from "./rates";

export type ProductKind = "ticket" | "merch" | "addon" | "bundle";
export type QuoteInputLine = {
  lineId: string;
  productId: string;
  variantId: string | null;
  name: string;
  kind: ProductKind;
  quantity: number;
  /** Ignored for bundles: their tax comes from their components. */
  taxRateBp: number;
  /** Ignored for bundles: a "fixed" bundle's phases are `bundle.pricing.phases`, a "sum" bundle has none. */
  phases: PricePhase[];
  /**
   * Units of this product already taken (sold + held) by OTHER carts: this cart's own units are counted here,
   * line by line.
   */
  taken: number;
  /** Bundles only: the pricing and the components the fan CHOSE. */
  bundle?: { pricing: BundlePricing; components: PricedComponent[] };
};
export type CartQuoteInput = {
  currency: string;
  at: Date;
  lines: QuoteInputLine[];
  promo: { promo: PromoCode; usedCount: number } | null;
  /** The brand's setting: what bundles are split by (see `splitBasisFor`). */
  splitBasis: SplitBasis;
};

/** `phaseName` is "" for a "sum" bundle: its price comes from its components, not from a phase. */
export type QuotePart = { phaseName: string; quantity: number; unitPrice: number };
export type CartQuoteLine = {
  lineId: string;
  productId: string;
  variantId: string | null;
  name: string;
  kind: ProductKind;
  quantity: number;
  parts: QuotePart[];
  subtotal: number;
  discount: number;
  total: number;
  tax: number;
  /**
   * Bundles: what the fan saves against buying the chosen parts alone, × quantity (before any promo). 0
   * otherwise.
   */
  saving: number;
  /**
   * Bundles: the line total (after discount) split across the components × quantity, exactly. Empty
   * otherwise.
   */
  allocation: AllocationPart[];
  /**
   * Bundles: what `allocation` was split by, kept with the order so a later setting never changes it. Null
   * otherwise.
   */
  allocationBasis: SplitBasis | null;
};
export type CartQuote = {
  currency: string;
  quotedAt: string;
  lines: CartQuoteLine[];
  subtotal: number;
  discount: number;
  total: number;
  tax: number;
  promo: { code: string; discount: number } | null;
};

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

export function quoteCart(input: CartQuoteInput): CartQuote {
  // Two lines of the same product (sizes, say) follow each other through the phases.
  const takenInCart = new Map<string, number>();
  const priced = input.lines.map((line) => {
    if (!Number.isSafeInteger(line.quantity) || line.quantity < 1)
      throw new DomainError("Invalid", `Choose at least one ${line.name}.`);
    const before = takenInCart.get(line.productId) ?? 0;
    takenInCart.set(line.productId, before + line.quantity);
    return { line, ...priceLine(line, input.at, line.taken + before) };
  });

  const discounts = priced.map(() => 0);
  if (input.promo) {
    const { promo, usedCount } = input.promo;
    checkPromo(promo, input.at, usedCount);
    // One promo line per part: units of one line can sit at different prices.
    const promoLines = priced.flatMap(({ line, parts }, i) =>
      parts.map((p): PromoLine & { i: number } => ({
        i,
        lineId: line.lineId,
        productId: line.productId,
        kind: line.kind,
        quantity: p.quantity,
        unitPrice: p.unitPrice,
      })),
    );
    applyPromo(promo, promoLines).forEach((d, k) => (discounts[promoLines[k]!.i]! += d.discount));
  }

  const lines = priced.map(({ line, parts, saving }, i): CartQuoteLine => {
    const subtotal = sum(parts.map((p) => p.quantity * p.unitPrice));
    const discount = discounts[i]!;
    const total = subtotal - discount;
    const { allocation, allocationBasis } = splitLine(line, total, input.splitBasis);
    const tax = line.bundle ? sum(allocation.map((a) => a.tax)) : includedTax(total, line.taxRateBp);
    const { lineId, productId, variantId, name, kind, quantity } = line;
    return {
      lineId,
      productId,
      variantId,
      name,
      kind,
      quantity,
      parts,
      subtotal,
      discount,
      total,
      tax,
      saving,
      allocation,
      allocationBasis,
    };
  });

  const quote: CartQuote = {
    currency: input.currency,
    quotedAt: input.at.toISOString(),
    lines,
    subtotal: sum(lines.map((l) => l.subtotal)),
    discount: sum(lines.map((l) => l.discount)),
    total: sum(lines.map((l) => l.total)),
    tax: sum(lines.map((l) => l.tax)),
    promo: input.promo ? { code: input.promo.promo.code, discount: sum(discounts) } : null,
  };
  if (![quote.subtotal, quote.total, ...lines.map((l) => l.saving)].every(Number.isSafeInteger))
    throw new DomainError("Invalid", "This order is too large.");
  return quote;
}

/** A bundle line's total split across its components × quantity; nothing for other lines. */
function splitLine(
  line: QuoteInputLine,
  total: number,
  setting: SplitBasis,
): Pick<CartQuoteLine, "allocation" | "allocationBasis"> {
  if (!line.bundle) return { allocation: [], allocationBasis: null };
  const basis = splitBasisFor(setting, line.bundle.components);
  const components = line.bundle.components.map((c) => ({ ...c, quantity: c.quantity * line.quantity }));
  return { allocation: allocateBundle(total, components, basis), allocationBasis: basis };
}

/**
 * A line's units across its phases (a product, or a "fixed" bundle), or at one summed price (a
 * "sum" bundle). Phases running out throw SoldOut "<name> is no longer on sale.".
 */
function priceLine(line: QuoteInputLine, at: Date, taken: number): { parts: QuotePart[]; saving: number } {
  if ((line.kind === "bundle") !== (line.bundle !== undefined))
    throw new DomainError("Invalid", `${line.name} has no valid price.`);
  if (!line.bundle) {
    const parts = splitByPhase(line.phases, at, taken, line.quantity, line.name).map(
      ({ phase, quantity }) => ({
        phaseName: phase.name,
        quantity,
        unitPrice: validPrice(phase.price, line.name),
      }),
    );
    return { parts, saving: 0 };
  }
  const { pricing, components } = line.bundle;
  if (pricing.mode === "sum") {
    const unit = bundleUnitPrice(pricing, components);
    return {
      parts: [{ phaseName: "", quantity: line.quantity, unitPrice: unit.price }],
      saving: unit.saving * line.quantity,
    };
  }
  let saving = 0;
  const parts = splitByPhase(pricing.phases, at, taken, line.quantity, line.name).map(
    ({ phase, quantity }) => {
      const unit = bundleUnitPrice(pricing, components, validPrice(phase.price, line.name));
      saving += unit.saving * quantity;
      return { phaseName: phase.name, quantity, unitPrice: unit.price };
    },
  );
  return { parts, saving };
}

function validPrice(price: number, name: string): number {
  if (!Number.isSafeInteger(price) || price < 0)
    throw new DomainError("Invalid", `${name} has no valid price.`);
  return price;
}
