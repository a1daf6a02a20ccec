// The states and log-entry types the Studio puts into words (src/components/labels.ts), taken from
// the contexts' own unions: a state or a declared event added there is a type error in labels.ts
// until it has words. Types only — components may import this file, never a context.
import type { CheckoutEvent, OrderStatus } from "@/server/checkout";
import type { DistributionEvent } from "@/server/distribution";
import type { FulfillmentEvent, FulfillmentKind, ItemStatus } from "@/server/fulfillment";
import type { InventoryEvent } from "@/server/inventory";
import type { OfferingEvent } from "@/server/offering";

export type { OrderStatus, ItemStatus, FulfillmentKind };

/** Every log entry type a context declares in its events.ts. */
export type DeclaredLogEntryType =
  | CheckoutEvent["type"]
  | DistributionEvent["type"]
  | FulfillmentEvent["type"]
  | InventoryEvent["type"]
  | OfferingEvent["type"];
