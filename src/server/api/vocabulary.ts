// The states and log-entry types the Studio puts into words (src/components/labels.ts), taken from
// the contexts' own unions: a state or a declared event added there is a type error in labels.ts
// until it has words. Types only — components may import this file, never a context.
import type { CheckoutEvent, OrderStatus } from "@/server/checkout";
import type { DistributionEvent } from "@/server/distribution";
import type { FulfillmentEvent, FulfillmentKind, ItemStatus } from "@/server/fulfillment";
import type { InventoryEvent } from "@/server/inventory";
import type { OfferingEvent } from "@/server/offering";
import type { PricingEvent } from "@/server/pricing";

export type { OrderStatus, ItemStatus, FulfillmentKind };

/**
 * Every log entry type: the contexts' unions from their events.ts. Nothing else is appended
 * (appendToStream takes a context's union; event-catalogue.unit.test.ts reads the source to be sure).
 */
export type LogEntryType =
  | CheckoutEvent["type"]
  | DistributionEvent["type"]
  | FulfillmentEvent["type"]
  | InventoryEvent["type"]
  | OfferingEvent["type"]
  | PricingEvent["type"];
