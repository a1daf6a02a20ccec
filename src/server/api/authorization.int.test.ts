// The authorization suite. For every Studio tRPC procedure and every server action, read from
// the code itself (a new one without an entry below fails here): a member of another brand is
// told the brand does not exist, a member whose role is too low is refused, a signed-out caller
// is sent to sign in — and no row of any table changes.
import { describe, it, expect, vi, beforeAll } from "vitest";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { TRPCError } from "@trpc/server";
import type { SessionUser } from "@/server/platform/accounts";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/server/platform/auth", async () => {
  const accounts = await import("@/server/platform/accounts");
  return {
    currentUser: async () => session.user,
    requireUser: async () => session.user,
    signIn: async () => {
      throw new Error("signIn is not part of this suite");
    },
    signOut: async () => {
      throw new Error("signOut is not part of this suite");
    },
    signUp: accounts.signUp,
    signUpInput: accounts.signUpInput,
    resendVerification: accounts.resendVerification,
    revokeSessions: accounts.revokeSessions,
    throttledMessage: accounts.throttledMessage,
    SignInThrottled: class SignInThrottled extends Error {},
  };
});
vi.mock("next-auth", () => ({ AuthError: class AuthError extends Error {} }));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

const { db } = await import("@/server/platform/db");
const distribution = await import("@/server/distribution");
const { ROLES, can } = distribution;
type Role = (typeof ROLES)[number];
type Permission = Parameters<typeof can>[1];

/** Every table's content, fingerprinted: "nothing changed" means every fingerprint is the same. */
async function fingerprint(): Promise<Record<string, string>> {
  const tables = await db().$queryRaw<
    { t: string }[]
  >`SELECT table_name::text AS t FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT IN ('rate_limit', '_prisma_migrations') ORDER BY 1`;
  const out: Record<string, string> = {};
  for (const { t } of tables)
    out[t] =
      (
        await db().$queryRawUnsafe<{ h: string | null }[]>(
          `SELECT md5(coalesce(string_agg(x::text, ',' ORDER BY x::text), '')) AS h FROM "${t}" x`,
        )
      )[0]!.h ?? "";
  return out;
}

type World = Awaited<ReturnType<typeof buildWorld>>;
async function buildWorld() {
  const { weekendPackSetup, organizerWithEvent, dispatchUntil } = await import("@/test/fixtures");
  const { shipOrderItems } = await import("@/server/workflows");
  const { placeOrderFlow } = await import("@/test/edge");
  const { subscribers } = await import("@/server/workflows/subscriptions");
  const checkout = await import("@/server/checkout");
  const { createVerifiedAccount } = await import("@/server/platform/accounts");
  const a = await weekendPackSetup();
  const b = await organizerWithEvent();
  const placed = await placeOrderFlow({
    brandSlug: a.brand.slug,
    eventId: a.event.id,
    buyer: {
      name: "Fay Fan",
      email: "fay@example.com",
      address: { line1: "Seestraße 1", postalCode: "10115", city: "Berlin", country: "Germany" },
    },
    lines: [a.packWithM],
  });
  const payment = await db().payment.findFirstOrThrow({ where: { orderId: placed.orderId } });
  await checkout.confirmPayment(payment.id, "succeeded", new Date(), { kind: "system", label: "test" });
  await dispatchUntil(
    subscribers,
    async () => (await db().fulfillmentItem.count({ where: { orderId: placed.orderId } })) === 3,
  );
  const items = await db().fulfillmentItem.findMany({ where: { orderId: placed.orderId } });
  const shirtItem = items.find((i) => i.kind === "shipment")!;
  await shipOrderItems(
    a.actor,
    a.brand.id,
    placed.orderId,
    { itemIds: [shirtItem.id], carrier: "DHL", trackingNumber: "123" },
    new Date(),
  );
  const shipment = await db().shipment.findFirstOrThrow({ where: { orderId: placed.orderId } });
  // A second order whose T-shirt still waits to be shipped.
  const second = await placeOrderFlow({
    brandSlug: a.brand.slug,
    eventId: a.event.id,
    buyer: {
      name: "Sam Fan",
      email: "sam@example.com",
      address: { line1: "Seestraße 2", postalCode: "10115", city: "Berlin", country: "Germany" },
    },
    lines: [a.packWithM],
  });
  const secondPayment = await db().payment.findFirstOrThrow({ where: { orderId: second.orderId } });
  await checkout.confirmPayment(secondPayment.id, "succeeded", new Date(), { kind: "system", label: "test" });
  await dispatchUntil(
    subscribers,
    async () => (await db().fulfillmentItem.count({ where: { orderId: second.orderId } })) === 3,
  );
  const toShip = await db().fulfillmentItem.findFirstOrThrow({
    where: { orderId: second.orderId, kind: "shipment" },
  });
  const ticket = await db().ticket.findFirstOrThrow({ where: { orderId: placed.orderId } });
  const pool = await db().pool.findFirstOrThrow({ where: { brandId: a.brand.id } });
  const invitation = await distribution.inviteMember(
    a.actor,
    a.brand,
    { email: "later@example.com", role: "viewer" },
    new Date(),
  );
  const users = {} as Record<Role | "outsider", SessionUser>;
  users.owner = a.user;
  for (const role of ["manager", "door", "viewer"] as const) {
    users[role] = await createVerifiedAccount(
      { name: role, email: `${role}-${a.brand.slug}@example.com`, password: "password-123" },
      new Date(),
    );
    await db().member.create({
      data: { id: `mem_${role}_${a.brand.id}`, brandId: a.brand.id, userId: users[role].id, role },
    });
  }
  users.outsider = b.user; // the owner of another brand
  const ownerMember = await db().member.findFirstOrThrow({
    where: { brandId: a.brand.id, userId: a.user.id },
  });
  // A parked event of brand A (a handler gave up on its shipment e-mail), for the system view's Retry.
  const [shipped] = await db().$queryRaw<{ position: bigint }[]>`
    SELECT position FROM event_log WHERE type = 'ItemsShipped' ORDER BY position DESC LIMIT 1`;
  const parked = await db().heldDelivery.create({
    data: {
      subscriber: "mail:items-shipped",
      position: shipped!.position,
      streamId: `order-${placed.orderId}`,
      eventType: "ItemsShipped",
      brandId: a.brand.id,
      status: "parked",
      attempts: 5,
      lastError: "Error: the mail server refused",
      failedAt: new Date(),
      parkedAt: new Date(),
    },
  });
  // Rows of brand A outside its catalog fixture: an order's items, shipment, ticket, pool…
  return {
    a,
    b,
    users,
    orderId: placed.orderId,
    secondOrderId: second.orderId,
    toShipItemId: toShip.id,
    shippedItemId: shirtItem.id,
    ticketId: ticket.id,
    itemId: items[0]!.id,
    shipmentId: shipment.id,
    poolId: pool.id,
    invitationId: invitation.invitationId,
    memberId: ownerMember.id,
    parkedId: parked.id.toString(),
    variantId: a.sizes.m,
  };
}

// ---------- tRPC: every Studio procedure, with the permission it needs and a valid input ----------
const PROCEDURES: Record<string, { permission: Permission; input: (w: World) => Record<string, unknown> }> = {
  "studio.orders": { permission: "brand:read", input: (w) => ({ brandSlug: w.a.brand.slug }) },
  "studio.audit": {
    permission: "brand:read",
    input: (w) => ({ brandSlug: w.a.brand.slug, eventId: w.a.event.id }),
  },
  "studio.checkIn": {
    permission: "checkin",
    input: (w) => ({ brandSlug: w.a.brand.slug, eventId: w.a.event.id, code: "anything" }),
  },
  "studio.orderDetail": {
    permission: "brand:read",
    input: (w) => ({ brandSlug: w.a.brand.slug, orderId: w.orderId }),
  },
  "studio.outbox": { permission: "brand:read", input: (w) => ({ brandSlug: w.a.brand.slug }) },
  "studio.undoCheckIn": {
    permission: "checkin",
    input: (w) => ({ brandSlug: w.a.brand.slug, eventId: w.a.event.id, ticketId: w.ticketId }),
  },
  "studio.checkInCounts": {
    permission: "checkin",
    input: (w) => ({ brandSlug: w.a.brand.slug, eventId: w.a.event.id }),
  },
};

// ---------- server actions: every exported function of every "use server" file ----------
type ActionCase =
  | {
      permission: Permission;
      args: (w: World) => unknown[];
      form?: (w: World) => Record<string, string | string[]>;
    }
  | { public: string };
const ACTIONS: Record<string, ActionCase> = {
  "studio/account-actions.ts#signUpAction": { public: "creates an account; no brand involved" },
  "studio/account-actions.ts#signInAction": { public: "signs in; no brand involved" },
  "studio/account-actions.ts#signOutAction": { public: "signs out (revokes the caller's own sessions)" },
  "studio/account-actions.ts#setLanguageAction": {
    public: "sets the caller's own language cookie; no brand, no account involved",
  },
  "studio/account-actions.ts#resendVerificationAction": {
    public: "mails the caller's own verification link again; no brand involved",
  },
  "studio/actions.ts#createBrandAction": { public: "any signed-in organizer creates their own brand" },
  "studio/[brand]/team/actions.ts#acceptInvitationAction": {
    public: "the token is the authority; only the invited address may use it (team.int.test)",
  },
  "pay/test/[payment]/actions.ts#settleTestPayment": {
    public:
      "TEST MODE only: 404 unless the local provider is configured and made the payment (test-payment-page.int.test)",
  },
  "studio/[brand]/events/new/actions.ts#createEventAction": {
    permission: "catalog:write",
    args: (w) => [w.a.brand.slug],
    form: () => ({
      name: "Sneaky",
      venue: "Sneaky Hall", // valid: the form is parsed before the role is checked
      timeZone: "Europe/Berlin",
      startsAt: "2031-01-01T20:00",
      endsAt: "2031-01-01T22:00",
    }),
  },
  "studio/[brand]/events/[event]/edit/actions.ts#editEventAction": {
    permission: "catalog:write",
    args: (w) => [w.a.brand.slug, w.a.event.id],
    form: () => ({
      name: "Renamed",
      venue: "Harbour Hall",
      timeZone: "Europe/Berlin",
      startsAt: "2031-01-01T20:00",
      endsAt: "2031-01-01T22:00",
      askAttendeeNames: "on",
    }),
  },
  "studio/[brand]/events/[event]/actions.ts#publishEventAction": {
    permission: "catalog:write",
    args: (w) => [w.a.brand.slug, w.a.event.id],
  },
  "studio/[brand]/events/[event]/tickets/actions.ts#addProductAction": {
    permission: "catalog:write",
    args: (w) => [w.a.brand.slug, w.a.event.id],
    form: () => ({ kind: "ticket", name: "Sneaky", taxRate: "0", "phases.0.price": "1", capacity: "5" }),
  },
  "studio/[brand]/events/[event]/products/[product]/actions.ts#editProductAction": {
    permission: "catalog:write",
    args: (w) => [w.a.brand.slug, w.a.event.id, w.a.dayId],
    form: () => ({ name: "Renamed", taxRate: "7" }),
  },
  "studio/[brand]/events/[event]/products/[product]/actions.ts#changeBundleAction": {
    permission: "catalog:write",
    args: (w) => [w.a.brand.slug, w.a.event.id, w.a.packId],
    form: (w) => ({ "components.0.key": w.a.dayId, "components.0.quantity": "1", "pricing.mode": "sum" }),
  },
  "studio/[brand]/events/[event]/bundles/actions.ts#addBundleAction": {
    permission: "catalog:write",
    args: (w) => [w.a.brand.slug, w.a.event.id],
    form: (w) => ({
      name: "Sneaky pack",
      "components.0.key": w.a.dayId,
      "components.0.quantity": "2",
      "pricing.mode": "sum",
    }),
  },
  "studio/[brand]/events/[event]/pools/actions.ts#addPoolAction": {
    permission: "catalog:write",
    args: (w) => [w.a.brand.slug, w.a.event.id],
    form: (w) => ({ name: "Sneaky pool", capacity: "5", "draws.0.key": w.a.dayId }),
  },
  "studio/[brand]/events/[event]/pools/actions.ts#addDrawAction": {
    permission: "catalog:write",
    args: (w) => [w.a.brand.slug, w.a.event.id, w.poolId],
    form: (w) => ({ key: w.a.packId }),
  },
  "studio/[brand]/events/[event]/promo-codes/actions.ts#addPromoAction": {
    permission: "catalog:write",
    args: (w) => [w.a.brand.slug, w.a.event.id],
    form: () => ({ code: "SNEAKY", kind: "percent", value: "50" }),
  },
  "studio/[brand]/insights/exports/actions.ts#startExportAction": {
    permission: "brand:read",
    args: (w) => [w.a.brand.slug, w.a.event.id],
    form: () => ({ kind: "orders", format: "csv" }),
  },
  "studio/[brand]/events/[event]/products/[product]/actions.ts#addVariantAction": {
    permission: "catalog:write",
    args: (w) => [w.a.brand.slug, w.a.event.id, w.a.shirtId],
    form: () => ({ name: "XL", sku: "TEE-XL", stock: "5" }),
  },
  "studio/[brand]/events/[event]/products/[product]/actions.ts#editVariantAction": {
    permission: "catalog:write",
    args: (w) => [w.a.brand.slug, w.a.event.id, w.a.shirtId, w.variantId],
    form: () => ({ name: "Medium", sku: "TEE-M" }),
  },
  "studio/[brand]/orders/[order]/actions.ts#cancelOrderAction": {
    permission: "orders:write",
    args: (w) => [w.a.brand.slug, w.orderId],
  },
  "studio/[brand]/orders/[order]/actions.ts#refundItemsAction": {
    permission: "orders:write",
    args: (w) => [w.a.brand.slug, w.orderId],
    form: (w) => ({ itemIds: [w.itemId], reason: "x" }),
  },
  "studio/[brand]/orders/[order]/actions.ts#shipItemsAction": {
    permission: "orders:write",
    args: (w) => [w.a.brand.slug, w.secondOrderId],
    form: (w) => ({ itemIds: [w.toShipItemId], carrier: "DHL", trackingNumber: "9000" }),
  },
  "studio/[brand]/orders/[order]/actions.ts#markDeliveredAction": {
    permission: "orders:write",
    args: (w) => [w.a.brand.slug, w.orderId, w.shipmentId],
  },
  "studio/[brand]/orders/[order]/actions.ts#recordReturnAction": {
    permission: "orders:write",
    args: (w) => [w.a.brand.slug, w.orderId],
    form: (w) => ({ itemIds: [w.shippedItemId] }),
  },
  "studio/[brand]/settings/actions.ts#setRefundPolicyAction": {
    permission: "orders:write",
    args: (w) => [w.a.brand.slug],
    form: () => ({ fanRefunds: "on", cutoffHours: "24" }),
  },
  "studio/[brand]/settings/actions.ts#setBundleSplitBasisAction": {
    permission: "orders:write",
    args: (w) => [w.a.brand.slug],
    form: () => ({ bundleSplitBasis: "standalone" }),
  },
  "studio/[brand]/settings/actions.ts#setShopLanguagesAction": {
    permission: "brand:write",
    args: (w) => [w.a.brand.slug],
    form: () => ({ languages: ["en", "fr"], defaultLanguage: "en" }),
  },
  "studio/[brand]/events/[event]/edit/actions.ts#translateEventAction": {
    permission: "catalog:write",
    args: (w) => [w.a.brand.slug, w.a.event.id],
    form: () => ({ "fr.name": "Renommé", "fr.description": "" }),
  },
  "studio/[brand]/events/[event]/products/[product]/actions.ts#translateProductAction": {
    permission: "catalog:write",
    args: (w) => [w.a.brand.slug, w.a.event.id, w.a.dayId],
    form: () => ({ "fr.name": "Billet journée", "fr.description": "" }),
  },
  "studio/[brand]/settings/actions.ts#setAccessibilityStatementAction": {
    permission: "brand:write",
    args: (w) => [w.a.brand.slug],
    form: () => ({ statement: "We aim for WCAG 2.2 AA.", contact: "access@example.com" }),
  },
  "studio/[brand]/settings/actions.ts#setMailFooterAction": {
    permission: "brand:write",
    args: (w) => [w.a.brand.slug],
    form: () => ({ mailFooter: "Harbour Ltd, 1 Quay Street", "fr.mailFooter": "Harbour SARL" }),
  },
  "studio/[brand]/orders/[order]/actions.ts#resendTicketsAction": {
    permission: "orders:write",
    args: (w) => [w.a.brand.slug, w.orderId],
  },
  "studio/[brand]/team/actions.ts#inviteMemberAction": {
    permission: "team:write",
    args: (w) => [w.a.brand.slug],
    form: () => ({ email: "sneaky@example.com", role: "owner" }),
  },
  "studio/[brand]/team/actions.ts#changeRoleAction": {
    permission: "team:write",
    args: (w) => [w.a.brand.slug, w.memberId],
    form: () => ({ role: "viewer" }),
  },
  "studio/[brand]/team/actions.ts#removeMemberAction": {
    permission: "team:write",
    args: (w) => [w.a.brand.slug, w.memberId],
  },
  "studio/[brand]/theme/actions.ts#setThemeAction": {
    permission: "brand:write",
    args: (w) => [w.a.brand.slug],
    form: () => ({
      primaryColor: "#000000",
      accentColor: "#000000",
      background: "dark",
      font: "inter",
      buttonShape: "pill",
    }),
  },
  "studio/[brand]/theme/actions.ts#uploadBrandImageAction": {
    permission: "brand:write",
    args: (w) => [w.a.brand.slug, "logo"],
  },
  "studio/[brand]/theme/actions.ts#removeBrandImageAction": {
    permission: "brand:write",
    args: (w) => [w.a.brand.slug, "logo"],
  },
  "studio/[brand]/theme/actions.ts#setShopPlacesAction": {
    permission: "brand:write",
    args: (w) => [w.a.brand.slug],
    form: () => ({ customDomain: "tickets.sneaky.example", embedOrigins: "https://sneaky.example" }),
  },
  "studio/[brand]/embed/actions.ts#checkDomainAction": {
    permission: "brand:write",
    args: (w) => [w.a.brand.slug],
  },
  "studio/[brand]/theme/actions.ts#setEventHeaderImageAction": {
    permission: "brand:write",
    args: (w) => [w.a.brand.slug, w.a.event.id],
    form: () => ({ remove: "1" }),
  },
  "studio/[brand]/events/[event]/box-office/actions.ts#sellAtBoxOfficeAction": {
    permission: "orders:write",
    args: (w) => [w.a.brand.slug, w.a.event.id],
    form: (w) => ({
      "lines.0.productId": w.a.dayId,
      "lines.0.quantity": "1",
      name: "Sneaky",
      email: "sneaky@example.com",
      method: "cash",
    }),
  },
  "studio/[brand]/team/actions.ts#revokeInvitationAction": {
    permission: "team:write",
    args: (w) => [w.a.brand.slug, w.invitationId],
  },
  "studio/[brand]/system/actions.ts#retryParkedEventAction": {
    permission: "orders:write",
    args: (w) => [w.a.brand.slug, w.parkedId],
  },
};

function serverActionFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return serverActionFiles(p);
    return /\.tsx?$/.test(name) &&
      !name.includes(".test.") &&
      /^\s*["']use server["']/.test(readFileSync(p, "utf8"))
      ? [p]
      : [];
  });
}
const APP = path.resolve("src/app");
const actionName = (file: string, fn: string) =>
  `${path.relative(APP, file).replace(/\([^)]*\)\//g, "")}#${fn}`;

function formData(fields: Record<string, string | string[]>): FormData {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const x of Array.isArray(v) ? v : [v]) fd.append(k, x);
  return fd;
}

const NOT_MEMBER = "No brand at this address, or you are not a member of it.";
const tooLow = (role: Role) => `Your role (${role}) cannot do this.`;

/** Every id of brand A's rows the suite knows: an argument or field holding one names A's data. */
function idsOfBrandA(w: World): string[] {
  const { a } = w;
  const catalog = [a.event.id, a.dayId, a.packId, a.shirtId, ...Object.values(a.sizes)];
  return [
    ...catalog,
    w.orderId,
    w.secondOrderId,
    w.toShipItemId,
    w.shippedItemId,
    w.ticketId,
    w.itemId,
    w.shipmentId,
    w.poolId,
    w.invitationId,
    w.memberId,
    w.parkedId,
  ];
}
/** The same call made from brand B's own Studio (its own slug) with A's ids in it. */
function withOwnSlugOfB(w: World, args: unknown[]): unknown[] {
  return args.map((x) => (x === w.a.brand.slug ? w.b.brand.slug : x));
}
/** Whether an argument or a form field holds one of A's ids (a product picker's "<id>:<variant>" too). */
const namesBrandA = (w: World, values: unknown) => {
  const ids = new Set(idsOfBrandA(w));
  const strings = JSON.stringify(values).match(/"[^"]*"/g) ?? [];
  return strings.some((q) =>
    JSON.parse(q)
      .split(":")
      .some((part: string) => ids.has(part)),
  );
};

describe("authorization: every procedure, action and role", () => {
  let w: World;
  beforeAll(async () => {
    w = await buildWorld();
  }, 60_000);

  it("lists every Studio procedure and every server action (a new one needs an entry here)", async () => {
    const { appRouter } = await import("@/server/api/root");
    const studio = Object.keys(
      (appRouter as unknown as { _def: { procedures: Record<string, unknown> } })._def.procedures,
    ).filter((k) => !k.startsWith("shop."));
    expect(studio.sort()).toEqual(Object.keys(PROCEDURES).sort());
    const found: string[] = [];
    for (const file of serverActionFiles(APP)) {
      const mod = (await import(file)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(mod))
        if (typeof value === "function") found.push(actionName(file, name));
    }
    expect(found.sort()).toEqual(Object.keys(ACTIONS).sort());
  });

  it("refuses every Studio procedure to other brands, too-low roles and signed-out callers, changing nothing", async () => {
    const { createCaller } = await import("@/server/api/root");
    const request = { clientKey: "authz", cookie: () => null, setCookie: () => {} };
    const before = await fingerprint();
    let refusals = 0;
    let crossBrand = 0;
    for (const [name, spec] of Object.entries(PROCEDURES)) {
      const [ns, proc] = name.split(".") as [string, string];
      const callAs = async (user: SessionUser | null) => {
        const caller = createCaller({ user, request }) as unknown as Record<
          string,
          Record<string, (i: unknown) => Promise<unknown>>
        >;
        try {
          await caller[ns]![proc]!(spec.input(w));
          return "OK";
        } catch (e) {
          return e instanceof TRPCError ? `${e.code}: ${e.message}` : `THREW ${String(e)}`;
        }
      };
      expect(await callAs(w.users.outsider), `${name} as another brand's owner`).toBe(
        `NOT_FOUND: ${NOT_MEMBER}`,
      );
      expect(await callAs(null), `${name} signed out`).toBe("UNAUTHORIZED: Sign in to continue.");
      refusals += 2;
      // Brand B's owner in B's own Studio, asking about A's rows: not found, never A's data.
      const foreign = { ...spec.input(w), brandSlug: w.b.brand.slug };
      if (namesBrandA(w, foreign)) {
        const caller = createCaller({ user: w.users.outsider, request }) as unknown as Record<
          string,
          Record<string, (i: unknown) => Promise<unknown>>
        >;
        const answer = await caller[ns]![proc]!(foreign).then(
          (r) => `OK ${JSON.stringify(r)}`,
          (e) => (e instanceof TRPCError ? e.code : `THREW ${String(e)}`),
        );
        expect(answer, `${name} from brand B with A's ids`).toMatch(
          /^(NOT_FOUND|BAD_REQUEST|OK (null|\[\]|\{"result":"unknown"))/,
        );
        crossBrand++;
      }
      for (const role of ROLES.filter((r) => !can(r, spec.permission))) {
        expect(await callAs(w.users[role]), `${name} as ${role}`).toBe(`FORBIDDEN: ${tooLow(role)}`);
        refusals++;
      }
      // And a role that may: not refused (the input above is a real one).
      const allowed = ROLES.find((r) => can(r, spec.permission) && r !== "owner") ?? "owner";
      expect(await callAs(w.users[allowed]), `${name} as ${allowed}`).not.toMatch(
        /^(NOT_FOUND|FORBIDDEN|UNAUTHORIZED): /,
      );
    }
    expect(refusals).toBeGreaterThan(20);
    expect(crossBrand).toBeGreaterThanOrEqual(4);
    // The allowed calls above were reads, or a check-in of a made-up code, or undoing a check-in that never happened.
    expect(await fingerprint()).toEqual(before);
  });

  it("refuses every server action to other brands, too-low roles and signed-out callers, changing nothing", async () => {
    const before = await fingerprint();
    let crossBrand = 0;
    const byName = new Map<string, (...a: unknown[]) => Promise<unknown>>();
    for (const file of serverActionFiles(APP)) {
      const mod = (await import(file)) as Record<string, (...a: unknown[]) => Promise<unknown>>;
      for (const [name, fn] of Object.entries(mod)) byName.set(actionName(file, name), fn);
    }
    let refusals = 0;
    for (const [name, spec] of Object.entries(ACTIONS)) {
      if ("public" in spec) continue;
      const fn = byName.get(name)!;
      const callAs = async (user: SessionUser | null) => {
        session.user = user;
        try {
          const r = (await fn(...spec.args(w), undefined, formData(spec.form?.(w) ?? {}))) as
            { error?: string; ok?: string } | undefined;
          return r?.error ?? `ANSWERED ${JSON.stringify(r)}`;
        } catch (e) {
          const digest = (e as { digest?: string }).digest ?? "";
          return digest.startsWith("NEXT_REDIRECT")
            ? `REDIRECT ${digest.split(";")[2]}`
            : `THREW ${String(e)}`;
        } finally {
          session.user = null;
        }
      };
      expect(await callAs(w.users.outsider), `${name} as another brand's owner`).toBe(NOT_MEMBER);
      expect(await callAs(null), `${name} signed out`).toBe("REDIRECT /studio/sign-in");
      // Brand B's owner in B's own Studio, with A's ids in the arguments or the form: refused.
      const form = spec.form?.(w) ?? {};
      if (namesBrandA(w, [spec.args(w).slice(1), form])) {
        session.user = w.users.outsider;
        const answer = await fn(...withOwnSlugOfB(w, spec.args(w)), undefined, formData(form)).then(
          (r) => (r as { error?: string } | undefined)?.error ?? `ANSWERED ${JSON.stringify(r)}`,
          (e) => `THREW ${String((e as { digest?: string }).digest ?? e)}`,
        );
        session.user = null;
        if (process.env.DEBUG_AUTHZ) console.log(name, answer);
        expect(answer, `${name} from brand B with A's ids`).not.toMatch(/^(ANSWERED|THREW)/);
        crossBrand++;
      }
      refusals += 2;
      for (const role of ROLES.filter((r) => !can(r, spec.permission))) {
        expect(await callAs(w.users[role]), `${name} as ${role}`).toBe(tooLow(role));
        refusals++;
      }
    }
    expect(refusals).toBeGreaterThan(60);
    expect(crossBrand).toBeGreaterThanOrEqual(15);
    expect(await fingerprint()).toEqual(before);
  });
});
