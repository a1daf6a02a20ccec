// What a person (or a script) typing bad input at the edges gets: a 4xx with a human message,
// never a 500, and nothing changed.
import pg from "pg";
import { test, expect, type APIRequestContext } from "./lib/test";
import { signUpVerified } from "./lib/accounts";

async function placeOrder(request: APIRequestContext, input: unknown) {
  const res = await request.post("/api/trpc/shop.placeOrder", { data: { json: input } });
  const body = await res.json();
  return { status: res.status(), message: body?.error?.json?.message as string | undefined };
}

async function demoEvent(request: APIRequestContext) {
  const html = await (await request.get("/s/demo/demo-night")).text();
  expect(html).toContain("Demo Night");
  const res = await request.get(
    `/api/trpc/shop.offer?input=${encodeURIComponent(JSON.stringify({ json: { brandSlug: "demo", eventId: "x" } }))}`,
  );
  expect(res.status()).toBe(404);
  // The event id is in the page's data for the client components.
  const eventId = /"eventId":"(evt_[a-z0-9]+)"/.exec(html.replace(/\\"/g, '"'))?.[1];
  expect(eventId).toBeTruthy();
  const avail = await request.get(
    `/api/trpc/shop.offer?input=${encodeURIComponent(JSON.stringify({ json: { brandSlug: "demo", eventId } }))}`,
  );
  const products = (await avail.json()).result.data.json.items as { id: string; available: number }[];
  return { eventId: eventId!, productId: products[0]!.id, available: products[0]!.available };
}

test("bad order input gets a 400 with a human message and changes nothing", async ({ request }) => {
  const { eventId, productId } = await demoEvent(request);
  // Other journeys buy from the demo brand at the same time: "nothing changed" is "no order of Eve's".
  const eve = `eve-${Date.now()}@example.com`;
  const good = {
    brandSlug: "demo",
    eventId,
    buyer: { name: "Eve", email: eve },
    lines: [{ productId, quantity: 1 }],
  };
  const cases: [unknown, number, RegExp][] = [
    [{ ...good, buyer: { name: "", email: "eve@example.com" } }, 400, /Enter your name/],
    [{ ...good, buyer: { name: "Eve", email: "eve@" } }, 400, /valid e-mail/],
    [{ ...good, lines: [{ productId, quantity: 0 }] }, 400, /at least 1/],
    [{ ...good, lines: [{ productId, quantity: 10000 }] }, 400, /At most/],
    [{ ...good, lines: [] }, 400, /at least one ticket/],
    [{ ...good, eventId: "evt_unknown" }, 404, /not on sale/],
    [{ ...good, brandSlug: "no-such-brand" }, 404, /no shop/],
    ["not even an object", 400, /.+/],
  ];
  for (const [input, status, message] of cases) {
    const r = await placeOrder(request, input);
    expect(r.status, JSON.stringify(input)).toBe(status);
    expect(r.message).toMatch(message);
  }
  const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  const orders = await db
    .query('SELECT count(*)::int AS n FROM "order" WHERE buyer_email = $1', [eve])
    .finally(() => db.end());
  expect(orders.rows[0].n).toBe(0);
});

test("unknown shops, events and order links are 404 pages, not errors", async ({ page }) => {
  for (const path of [
    "/s/no-such-brand",
    "/s/demo/no-such-event",
    "/s/demo/orders/ord_nope?key=forged",
    "/pay/test/pay_nope",
  ]) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(404);
    await expect(page.getByText("We could not find that page.")).toBeVisible();
  }
});

test("file routes parse their address first: a malformed one is a 404 before any session or lookup", async ({
  request,
}) => {
  const long = "x".repeat(300);
  for (const path of [
    `/studio/demo/events/${long}/attendees.csv`, // signed out, yet 404: the address is read before the session
    `/studio/demo/orders/${long}/tickets.pdf`,
    `/studio/demo/insights/exports/${long}`,
    `/s/demo/orders/ord_x/tickets.pdf?key=${long}`,
    "/files/brands/%2E%2E/secret.png",
    `/files/${"a/".repeat(10)}b.png`,
  ]) {
    const res = await request.get(path, { maxRedirects: 0 });
    expect(res.status(), path).toBe(404);
  }
  const embed = await request.get(`/api/embed/allowed?brand=${long}`);
  expect(embed.status()).toBe(404);
  expect(await embed.json()).toEqual({ allowed: false, brandName: null });
});

test("Studio data needs a session, and a member of one brand gets nothing of another", async ({
  page,
  request,
}) => {
  const anon = await request.get(
    `/api/trpc/studio.orders?input=${encodeURIComponent(JSON.stringify({ json: { brandSlug: "demo" } }))}`,
  );
  expect(anon.status()).toBe(401);
  const res = await page.goto("/studio/demo");
  expect(page.url()).toContain("/studio/sign-in");
  expect(res?.status()).toBe(200);

  const tag = Date.now().toString(36);
  await signUpVerified(page, {
    name: "Other Organizer",
    email: `other-${tag}@example.com`,
    password: "other-password",
  });

  const orders = await page.request.get(
    `/api/trpc/studio.orders?input=${encodeURIComponent(JSON.stringify({ json: { brandSlug: "demo" } }))}`,
  );
  expect(orders.status()).toBe(404);
  const checkIn = await page.request.post("/api/trpc/studio.checkIn", {
    data: { json: { brandSlug: "demo", eventId: "evt_x", code: "whatever" } },
  });
  expect(checkIn.status()).toBe(404);
  expect((await checkIn.json()).error.json.message).toMatch(/not a member/);
});

test("the demo organizer signs in with the README's login and sees the demo brand", async ({ page }) => {
  await page.goto("/studio/sign-in");
  await page.getByLabel("E-mail").fill("demo@marquee.local");
  await page.getByLabel("Password").fill("wrong-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("That e-mail and password do not match an account.")).toBeVisible();
  // What was typed stays after a refusal: only the password is corrected.
  await expect(page.getByLabel("E-mail")).toHaveValue("demo@marquee.local");
  await page.getByLabel("Password").fill("marquee-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("link", { name: /Demo Sounds/ }).click();
  await expect(page.getByRole("link", { name: "Demo Night" })).toBeVisible();
});

const frameAncestors = (csp: string | undefined) => /(?:^|;\s*)frame-ancestors ([^;]*)/.exec(csp ?? "")?.[1];

test("the embed's frame protection holds however its address is encoded", async ({ request }) => {
  const plain = (await request.get("/embed/demo/demo-night")).headers()["content-security-policy"];
  expect(frameAncestors(plain)).toContain("'self'");
  const encoded = ["/embed/%64emo/demo-night", "/%65mbed/demo/demo-night", "/embed//demo/demo-night"];
  for (const path of [...encoded, "/embed/demo/%64emo-night"]) {
    const res = await request.get(path);
    expect(frameAncestors(res.headers()["content-security-policy"]), path).toBe(frameAncestors(plain));
  }
  // Any other page may be framed by this site only.
  const shop = (await request.get("/s/demo/demo-night")).headers()["content-security-policy"];
  expect(frameAncestors(shop)).toBe("'self'");
});

test("every response carries the security headers; page scripts run only with the response's nonce", async ({
  page,
  request,
}) => {
  const errors: string[] = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  const headersOf = async (path: string) => {
    const h = (await request.get(path)).headers();
    expect(h["strict-transport-security"], path).toMatch(/^max-age=\d{8,}/);
    expect(h["x-content-type-options"], path).toBe("nosniff");
    expect(h["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(h["permissions-policy"], path).toContain("camera=(self)");
    return h;
  };
  // The event page is served from the cache, so no nonce: scripts from this site only (ADR 0017).
  const cached = (await headersOf("/s/demo/demo-night"))["content-security-policy"];
  expect(cached).toContain("script-src 'self' 'unsafe-inline'");
  expect(cached).toContain("object-src 'none'");
  for (const path of ["/", "/s/demo", "/embed/demo/demo-night", "/studio/sign-in", "/s/no-such-brand"]) {
    await headersOf(path);
    const res = await request.get(path);
    const h = res.headers();
    const nonce = /script-src [^;]*'nonce-([A-Za-z0-9+/=]+)'/.exec(h["content-security-policy"] ?? "")?.[1];
    expect(nonce, path).toBeTruthy();
    const html = await res.text();
    // Every script the page carries bears this response's nonce, and the next response has another.
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length, path).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag, path).toContain(`nonce="${nonce}"`);
    expect((await request.get(path)).headers()["content-security-policy"]).not.toContain(nonce);
  }
  for (const path of ["/api/health", "/embed.js"]) await headersOf(path);
  // With the policy on, the shop still works in a browser: the live offer loads, nothing is blocked.
  await page.goto("/s/demo/demo-night");
  await page
    .getByLabel(/^Quantity of/)
    .first()
    .fill("1");
  await expect(page.getByTestId("quote-total")).toHaveText("€25.00"); // priced by the page's scripts
  expect(errors.filter((e) => /Content Security Policy|Refused to/.test(e))).toEqual([]);
});
