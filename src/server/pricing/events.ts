import type { DomainEvent } from "@/server/eventlog";
import type { BundleDiscount } from "./model/bundle-pricing";
import type { PromoCode } from "./model/promo";

/** A product's (or fixed-price bundle's) prices over time, replacing the previous list. */
export type PricePhasesSet = DomainEvent<
  "PricePhasesSet",
  {
    productId: string;
    currency: string;
    phases: { name: string; price: number; endsAt: string | null; endsAfterSold: number | null }[];
  }
>;
export type BundlePricingSet = DomainEvent<
  "BundlePricingSet",
  {
    productId: string;
    mode: "fixed" | "sum";
    discount: BundleDiscount | null;
    overrides: { componentId: string; price: number }[];
  }
>;
export type PromoCodeCreated = DomainEvent<
  "PromoCodeCreated",
  Pick<PromoCode, "code" | "kind" | "value" | "scope" | "events"> & { promoId: string }
>;
export type PromoCodeRedeemed = DomainEvent<
  "PromoCodeRedeemed",
  { promoId: string; code: string; orderId: string }
>;
export type PricingEvent = PricePhasesSet | BundlePricingSet | PromoCodeCreated | PromoCodeRedeemed;
