// The authorization suite for pages and routes. Every page and route file under src/app is found
// here by walking the folder (a new one without an entry fails the suite). For each Studio page
// and route: another brand's owner gets 404, a role too low gets 404, signed-out callers are sent
// to sign in — and a role that may see it gets 200, so a 404 is never a broken page in disguise.
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { test, expect, type Browser, type APIRequestContext } from "./lib/test";
import { signIn } from "./lib/accounts";
import { seed } from "./lib/seed";

type Role = "owner" | "manager" | "door" | "viewer";
type Permission =
  "brand:read" | "brand:write" | "catalog:write" | "orders:write" | "checkin" | "team:write" | "member";
// Mirrors src/server/distribution/model/brand.ts (unit-tested there); "member" = any role.
const GRANTS: Record<Role, Permission[]> = {
  owner: ["member", "brand:read", "brand:write", "catalog:write", "orders:write", "checkin", "team:write"],
  manager: ["member", "brand:read", "brand:write", "catalog:write", "orders:write", "checkin"],
  door: ["member", "checkin"],
  viewer: ["member", "brand:read"],
};

/** Every page and route, by its URL pattern: the permission it needs, or why it is public. */
const ROUTES: Record<string, { permission: Permission } | { public: string }> = {
  "/studio/[brand]": { permission: "member" },
  "/studio/[brand]/events/new": { permission: "catalog:write" },
  "/studio/[brand]/events/[event]": { permission: "brand:read" },
  "/studio/[brand]/events/[event]/tickets": { permission: "brand:read" },
  "/studio/[brand]/events/[event]/bundles": { permission: "brand:read" },
  "/studio/[brand]/events/[event]/pools": { permission: "brand:read" },
  "/studio/[brand]/events/[event]/promo-codes": { permission: "brand:read" },
  "/studio/[brand]/events/[event]/orders": { permission: "brand:read" },
  "/studio/[brand]/events/[event]/history": { permission: "brand:read" },
  "/studio/[brand]/events/[event]/insights": { permission: "brand:read" },
  "/studio/[brand]/events/[event]/attendees": { permission: "checkin" },
  "/studio/[brand]/events/[event]/attendees.csv": { permission: "checkin" },
  "/studio/[brand]/events/[event]/check-in": { permission: "checkin" },
  "/studio/[brand]/events/[event]/box-office": { permission: "orders:write" },
  "/studio/[brand]/events/[event]/edit": { permission: "catalog:write" },
  "/studio/[brand]/events/[event]/products/[product]": { permission: "catalog:write" },
  "/studio/[brand]/orders": { permission: "brand:read" },
  "/studio/[brand]/insights": { permission: "brand:read" },
  "/studio/[brand]/orders/[order]": { permission: "brand:read" },
  "/studio/[brand]/orders/[order]/packing-slip": { permission: "brand:read" },
  "/studio/[brand]/orders/[order]/tickets.pdf": { permission: "brand:read" },
  "/studio/[brand]/outbox": { permission: "brand:read" },
  "/studio/[brand]/insights/exports": { permission: "brand:read" },
  "/studio/[brand]/insights/exports/[export]": { permission: "brand:read" },
  "/studio/[brand]/insights/audit": { permission: "brand:read" },
  "/studio/[brand]/system": { permission: "orders:write" },
  "/studio/[brand]/settings": { permission: "orders:write" },
  "/studio/[brand]/shipping": { permission: "brand:read" },
  "/studio/[brand]/team": { permission: "brand:read" },
  "/studio/[brand]/theme": { permission: "brand:write" },
  "/studio/[brand]/embed": { permission: "brand:write" },
  "/studio": { public: "the signed-in organizer's own brands" },
  "/studio/sign-in": { public: "sign in" },
  "/studio/sign-up": { public: "sign up" },
  "/studio/verify/[token]": { public: "the mailed token is the authority (accounts.int.test)" },
  "/studio/invite/[token]": { public: "the token is the authority (team.int.test)" },
  "/": { public: "landing page" },
  "/prerendered": { public: "the benchmark's static reference page" },
  // The fan's pages: at their public paths in the brand's default language, and under the
  // internal `/in/<lang>/` tree in the others (docs/adr/0040).
  "/s/[brand]": { public: "the shop" },
  "/s/[brand]/[event]": { public: "the shop" },
  "/s/[brand]/accessibility": { public: "the brand's accessibility statement (EAA)" },
  "/s/[brand]/orders/[order]": {
    public: "the fan's order by its signed link — another brand's order is 404 (below)",
  },
  "/in/[lang]/s/[brand]": { public: "the shop" },
  "/in/[lang]/s/[brand]/[event]": { public: "the shop" },
  "/in/[lang]/s/[brand]/accessibility": { public: "the brand's accessibility statement (EAA)" },
  "/in/[lang]/s/[brand]/orders/[order]": { public: "the order page above, in another language" },
  "/s/[brand]/orders/[order]/tickets.pdf": {
    public: "by the order's signed link — another brand's order is 404 (below)",
  },
  "/pay/test/[payment]": { public: "the local test payment page, by its signed link" },
  "/pay/return/[payment]": { public: "back from the payment provider" },
  "/api/auth/[...nextauth]": { public: "next-auth" },
  "/api/trpc/[trpc]": { public: "tRPC: every procedure is checked in authorization.int.test.ts" },
  "/api/health": { public: "health check" },
  "/api/embed/allowed": { public: "tells embed.js whether the asking origin may frame the shop" },
  "/embed/[brand]/[event]": {
    public: "the embedded shop; who may frame it is CSP frame-ancestors (embed.e2e.ts)",
  },
  "/in/[lang]/embed/[brand]/[event]": { public: "the embedded shop above, in another language" },
  "/files/[...key]": { public: "uploaded logos and header images, meant to be seen" },
  "/api/webhooks/stripe": { public: "Stripe; the signature is the authority (stripe.int.test)" },
};

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return routeFiles(p);
    return name === "page.tsx" || name === "route.ts" ? [p] : [];
  });
}
const APP = path.resolve("src/app");
const patternOf = (file: string) =>
  "/" +
  path
    .relative(APP, path.dirname(file))
    .split(path.sep)
    .filter((s) => s && !/^\(.*\)$/.test(s))
    .join("/");

const run = Date.now().toString(36);
const password = "authz-password";

async function signedIn(browser: Browser, email: string): Promise<APIRequestContext> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, { email, password: email === "demo@marquee.local" ? "marquee-demo" : password });
  return context.request;
}

test("every Studio page and route refuses other brands, too-low roles and signed-out callers", async ({
  browser,
  request,
}) => {
  test.setTimeout(180_000);
  const found = routeFiles(APP).map(patternOf).sort();
  expect(found).toEqual(Object.keys(ROUTES).sort());

  const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  try {
    const brand = (await db.query("SELECT id FROM brand WHERE slug = 'demo'")).rows[0].id as string;
    const event = (await db.query("SELECT id FROM event WHERE brand_id = $1 LIMIT 1", [brand])).rows[0]
      .id as string;
    const product = (await db.query("SELECT id FROM product WHERE event_id = $1 LIMIT 1", [event])).rows[0]
      .id as string;
    // A real order of the demo brand, placed the way the shop places it.
    const placed = await request.post("/api/trpc/shop.placeOrder", {
      data: {
        json: {
          brandSlug: "demo",
          eventId: event,
          buyer: { name: "Ada Authz", email: "ada@example.com" },
          lines: [{ productId: product, quantity: 1 }],
        },
      },
    });
    expect(placed.status()).toBe(200);
    const { orderId, redirectUrl } = (await placed.json()).result.data.json as {
      orderId: string;
      redirectUrl: string;
    };
    const payer = await browser.newPage();
    await payer.goto(redirectUrl);
    await payer.getByRole("button", { name: /^Pay/ }).click();
    await expect(payer.getByRole("heading", { name: "Thank you, Ada Authz!" })).toBeVisible();
    const orderUrl = payer.url();
    // A finished export of the demo brand, made by the worker like any other.
    const exportId = `exp_authz_${run}`;
    await db.query(
      `INSERT INTO insight_export (id, brand_id, event_id, kind, format, file_name, requested_by)
       VALUES ($1, $2, $3, 'orders', 'csv', 'orders-authz.csv', 'authorization suite')`,
      [exportId, brand, event],
    );
    await db.query(
      `SELECT graphile_worker.add_job('build-export', json_build_object('exportId', $1::text),
         queue_name := 'exports')`,
      [exportId],
    );

    // The cast: the demo brand's owner, one member per other role, and another brand's owner
    // (their accounts made through the commands: the sign-up journey is the edges one's).
    const people = ["manager", "door", "viewer", "outsider"].map((role) => ({
      name: `${role} ${run}`,
      email: `${role}-${run}@example.com`,
      password,
    }));
    await seed("accounts", { people });
    const callers: Record<Role | "outsider", APIRequestContext> = {
      owner: await signedIn(browser, "demo@marquee.local"),
    } as never;
    for (const role of ["manager", "door", "viewer"] as const) {
      callers[role] = await signedIn(browser, `${role}-${run}@example.com`);
      const user = (
        await db.query("SELECT id FROM user_account WHERE email = $1", [`${role}-${run}@example.com`])
      ).rows[0].id as string;
      await db.query("INSERT INTO member (id, brand_id, user_id, role) VALUES ($1, $2, $3, $4)", [
        `mem_authz_${role}_${run}`,
        brand,
        user,
        role,
      ]);
    }
    callers.outsider = await signedIn(browser, `outsider-${run}@example.com`);
    const outsider = (
      await db.query("SELECT id FROM user_account WHERE email = $1", [`outsider-${run}@example.com`])
    ).rows[0].id as string;
    await db.query(
      "INSERT INTO brand (id, slug, name, primary_color) VALUES ($1, $2, 'Other Brand', '#123456')",
      [`brd_authz_${run}`, `other-${run}`],
    );
    await db.query("INSERT INTO member (id, brand_id, user_id, role) VALUES ($1, $2, $3, 'owner')", [
      `mem_authz_out_${run}`,
      `brd_authz_${run}`,
      outsider,
    ]);

    await expect
      .poll(
        async () =>
          (await db.query("SELECT status FROM insight_export WHERE id = $1", [exportId])).rows[0].status,
        {
          timeout: 20_000,
        },
      )
      .toBe("done");

    const params: Record<string, string> = {
      brand: "demo",
      event,
      order: orderId,
      product,
      export: exportId,
    };
    const urlOf = (pattern: string) => pattern.replace(/\[(\w+)\]/g, (_, k: string) => params[k]!);
    let checked = 0;
    for (const [pattern, spec] of Object.entries(ROUTES)) {
      if ("public" in spec) continue;
      const url = urlOf(pattern);
      const signedOut = await request.get(url, { maxRedirects: 0 });
      expect([307, 303, 401], `${url} signed out`).toContain(signedOut.status());
      if (signedOut.status() !== 401)
        expect(signedOut.headers().location, `${url} signed out`).toContain("/studio/sign-in");
      expect((await callers.outsider.get(url)).status(), `${url} as another brand's owner`).toBe(404);
      for (const role of ["owner", "manager", "door", "viewer"] as const) {
        const status = (await callers[role].get(url)).status();
        expect(status, `${url} as ${role}`).toBe(GRANTS[role].includes(spec.permission) ? 200 : 404);
        checked++;
      }
    }
    // 20 pages before the event's tabs became routes, 26 before insights and exports, 30 before the audit explorer
    expect(checked).toBe(31 * 4);

    // The fan's links are scoped to their brand too: the right key under another brand's address is 404.
    const key = new URL(orderUrl, "http://x").searchParams.get("key")!;
    expect((await request.get(`/s/demo/orders/${orderId}?key=${key}`)).status()).toBe(200);
    expect((await request.get(`/s/other-${run}/orders/${orderId}?key=${key}`)).status()).toBe(404);
    expect((await request.get(`/s/other-${run}/orders/${orderId}/tickets.pdf?key=${key}`)).status()).toBe(
      404,
    );
  } finally {
    await db.end();
  }
});
