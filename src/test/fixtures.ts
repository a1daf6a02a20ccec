// Builders for integration tests: real commands against the test file's own database.
import { randomBytes } from "node:crypto";
import { createVerifiedAccount } from "@/server/platform/accounts";
import * as distribution from "@/server/distribution";
import * as offering from "@/server/offering";
import { createPoolWithDraws, createTicketType } from "@/server/workflows";
import { createBundle, createProduct } from "./edge";

export async function organizerWithEvent(
  opts: { capacity?: number; price?: number; publish?: boolean } = {},
) {
  const tag = randomBytes(4).toString("hex");
  const user = await createVerifiedAccount(
    { name: "Test Organizer", email: `org-${tag}@example.com`, password: "password-123" },
    new Date(),
  );
  const actor = { kind: "user" as const, id: user.id, label: user.email };
  const brand = await distribution.createBrand(actor, {
    name: `Brand ${tag}`,
    slug: `brand-${tag}`,
    primaryColor: "#112233",
  });
  const event = await offering.createEvent(actor, brand.id, {
    name: "Test Night",
    venue: "Test Hall",
    description: "",
    timeZone: "Europe/Berlin",
    startsAt: "2030-05-01T20:00",
    endsAt: "2030-05-01T23:00",
  });
  const { productId } = await createTicketType(actor, brand, event.id, {
    name: "General",
    price: opts.price ?? 20,
    capacity: opts.capacity ?? 10,
    maxPerOrder: 10,
  });
  if (opts.publish !== false) await offering.publishEvent(actor, brand.id, event.id, new Date());
  return { user, actor, brand, event, productId };
}

export function buyer(n = 1) {
  return { name: `Fan ${n}`, email: `fan${n}@example.com` };
}

/**
 * Run the dispatcher until `done` holds. Delivery waits for every older transaction in the
 * cluster to finish (docs/adr/0004), and test files run in parallel, so one pass may be early.
 */
export async function dispatchUntil(
  subscribers: Parameters<typeof import("@/server/eventlog").dispatchOnce>[0],
  done: () => Promise<boolean>,
  ms = 15_000,
  options?: import("@/server/eventlog").DispatchOptions,
) {
  const { dispatchOnce } = await import("@/server/eventlog");
  const end = Date.now() + ms;
  for (;;) {
    const r = await dispatchOnce(subscribers, options);
    if (!r.behind && (await done())) return;
    if (Date.now() > end) throw new Error("dispatch did not settle in time");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** How many of a fixture's ticket can be held right now. */
export async function ticketsLeft(f: { brand: { id: string }; productId: string }): Promise<number> {
  const { availability, keyOf } = await import("@/server/inventory");
  const a = await availability(f.brand.id, [{ productId: f.productId, variantId: null }], new Date());
  return a[keyOf({ productId: f.productId, variantId: null })] ?? 0;
}

/** A ticket, and a 2-ticket bundle of it, both drawing from one shared GA pool of `capacity`. */
export async function sharedPoolSetup(capacity = 50) {
  const tag = randomBytes(4).toString("hex");
  const user = await createVerifiedAccount(
    { name: "Pool Organizer", email: `pool-${tag}@example.com`, password: "password-123" },
    new Date(),
  );
  const actor = { kind: "user" as const, id: user.id, label: user.email };
  const brand = await distribution.createBrand(actor, {
    name: "Pool Brand",
    slug: `pool-${tag}`,
    primaryColor: "#334455",
  });
  const { id: eventId } = await offering.createEvent(actor, brand.id, {
    name: "Race Night",
    venue: "Hall",
    description: "",
    timeZone: "Europe/Berlin",
    startsAt: "2031-01-01T20:00",
    endsAt: "2031-01-01T23:00",
  });
  // The ticket has no pool of its own: it draws from the shared GA pool.
  const { poolId } = await createPoolWithDraws(actor, brand.id, { name: "GA floor", capacity }, []);
  const { productId: ticketId } = await createProduct(actor, brand, eventId, {
    kind: "ticket",
    name: "Day ticket",
    taxRate: 7,
    capacity: "",
    poolId,
    phases: [{ price: "30" }],
  });
  const { productId: bundleId } = await createBundle(actor, brand, eventId, {
    name: "Duo pack",
    taxRate: 7,
    components: [{ productId: ticketId, quantity: 2 }],
    pricing: { mode: "sum", discountKind: "percent", discountValue: 10 },
  });
  await offering.publishEvent(actor, brand.id, eventId, new Date());
  const event = await offering.shopEventById(brand.id, eventId);
  return { brand, event, ticketId, bundleId, poolId };
}

/**
 * A festival: a day ticket (€30, 100 in its pool), a T-shirt in S/M/L (5 each) and a weekend pack
 * of 2 day tickets + 1 T-shirt (choose the size) at 10 % off, all published.
 */
/** A weekend pack (2 day tickets and a T-shirt of a chosen size, 10 % off); `stock` per size. */
export async function weekendPackSetup(opts: { stock?: number; capacity?: number } = {}) {
  const tag = randomBytes(4).toString("hex");
  const user = await createVerifiedAccount(
    { name: "Frida Festival", email: `frida-${tag}@example.com`, password: "password-123" },
    new Date(),
  );
  const actor = { kind: "user" as const, id: user.id, label: user.email };
  const brand = await distribution.createBrand(actor, {
    name: `Festival ${tag}`,
    slug: `festival-${tag}`,
    primaryColor: "#0f766e",
  });
  const { id: eventId } = await offering.createEvent(actor, brand.id, {
    name: "Summer Weekend",
    venue: "Lakeside",
    description: "",
    timeZone: "Europe/Berlin",
    startsAt: "2031-07-10T12:00",
    endsAt: "2031-07-11T23:00",
  });
  const { productId: dayId } = await createProduct(actor, brand, eventId, {
    kind: "ticket",
    name: "Day ticket",
    taxRate: 7,
    capacity: opts.capacity ?? 100,
    phases: [{ price: "30" }],
  });
  const { productId: shirtId } = await createProduct(actor, brand, eventId, {
    kind: "merch",
    name: "T-shirt",
    taxRate: 19,
    variants: ["S", "M", "L"].map((s) => ({ name: s, sku: `TEE-${s}` })),
    stock: [1, 1, 1].map(() => opts.stock ?? 5),
    phases: [{ price: "25" }],
  });
  const event0 = await offering.studioEvent(brand.id, eventId);
  const shirt = event0.products.find((p) => p.id === shirtId)!;
  const [s, m, l] = shirt.variants.map((v) => v.id) as [string, string, string];
  const { productId: packId } = await createBundle(actor, brand, eventId, {
    name: "Weekend pack",
    taxRate: 7,
    components: [
      { productId: dayId, quantity: 2 },
      ...[s, m, l].map((variantId) => ({
        productId: shirtId,
        variantId,
        quantity: 1,
        group: "T-shirt size",
      })),
    ],
    pricing: { mode: "sum", discountKind: "percent", discountValue: 10 },
  });
  await offering.publishEvent(actor, brand.id, eventId, new Date());
  const event = await offering.shopEventById(brand.id, eventId);
  const pack = event.products.find((p) => p.id === packId)!;
  const sizeM = pack.components.find((c) => c.variantId === m)!.id;
  return {
    user,
    actor,
    brand,
    event,
    dayId,
    shirtId,
    packId,
    sizes: { s, m, l },
    packWithM: {
      productId: packId,
      quantity: 1,
      selection: { optional: [], choices: { "T-shirt size": sizeM } },
    },
  };
}
