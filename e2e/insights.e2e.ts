// Insights in a browser: an organizer (her event made through the commands) sells a few orders
// tonight (a bundle and a refund among them), opens the event's Insights tab, reads the figures
// and the charts' tables, switches the period, and watches the door-night chart move after a
// check-in.
import { test, expect, type APIRequestContext, type Page } from "./lib/test";
import { signIn } from "./lib/accounts";
import { seed } from "./lib/seed";
import { openEventTab, phoneScreenshot } from "./lib/studio";

const run = Date.now().toString(36);
const brand = { name: `Insight Club ${run}`, slug: `insight-club-${run}` };
const ZONE = "Europe/Berlin";
const dayIn = (d: Date) => new Intl.DateTimeFormat("sv-SE", { timeZone: ZONE }).format(d);

/** Places an order the way the shop does and pays it on the test payment page; its order page. */
async function buy(page: Page, request: APIRequestContext, json: Record<string, unknown>) {
  const placed = await request.post("/api/trpc/shop.placeOrder", { data: { json } });
  expect(placed.status(), await placed.text()).toBe(200);
  const { orderId, redirectUrl } = (await placed.json()).result.data.json as {
    orderId: string;
    redirectUrl: string;
  };
  await page.goto(redirectUrl);
  await page.getByRole("button", { name: /^Pay/ }).click();
  await expect(page.getByRole("heading", { name: /^Thank you/ })).toBeVisible();
  return orderId;
}

/** The page again until `check` passes: the read models follow a sale within a dispatch. */
async function untilShown(page: Page, check: () => Promise<void>) {
  await expect(async () => {
    await page.reload();
    await check();
  }).toPass({ timeout: 15_000 });
}

test("an organizer reads tonight's sales, switches the period, and sees the door night move", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000); // about 30 s on a quiet machine
  // The event is made through the commands (the weekend-pack journey walks the Studio's forms).
  const today = dayIn(new Date());
  const tomorrow = dayIn(new Date(Date.now() + 86_400_000));
  const ines = { name: "Ines Insight", email: `ines-${run}@example.com`, password: "insight-pw-1" };
  const { eventId } = await seed<{ eventId: string }>("insightNight", {
    ...ines,
    brand,
    timeZone: ZONE,
    today,
    tomorrow,
  });
  await signIn(page, ines);
  const eventUrl = `/studio/${brand.slug}/events/${eventId}`;
  await page.goto(eventUrl);
  await expect(page.getByRole("heading", { name: /Insight Night/ })).toBeVisible();

  // Before any sale, Insights says so in words.
  await openEventTab(page, "Insights");
  await expect(page.getByTestId("no-sales")).toHaveText("No sales in this period yet.");
  await expect(page.getByTestId("chart-door")).toContainText("No one has checked in yet.");

  // Three orders: 2 × Floor, a Night pack, a Parking ticket refunded.
  const offer = await page.request.get(
    `/api/trpc/shop.offer?input=${encodeURIComponent(JSON.stringify({ json: { brandSlug: brand.slug, eventId } }))}`,
  );
  const items = (await offer.json()).result.data.json.items as { id: string; name: string }[];
  const idOf = (name: string) => items.find((i) => i.name === name)!.id;
  // Three fans at once, each on a page of their own: they pay side by side.
  const context = await browser.newContext();
  const order = async (name: string, lines: unknown[]) => {
    const fan = await context.newPage();
    const orderId = await buy(fan, fan.request, {
      brandSlug: brand.slug,
      eventId,
      buyer: { name, email: `${name.toLowerCase()}-${run}@example.com` },
      lines,
    });
    await expect(fan.getByTestId("ticket").first()).toBeVisible(); // issued: a ticket is refunded once it is
    return { orderId, code: (await fan.getByTestId("ticket-code").first().textContent())! };
  };
  const [{ code }, , { orderId: refunded }] = await Promise.all([
    order("Fay", [{ productId: idOf("Floor"), quantity: 2 }]),
    order("Pat", [{ productId: idOf("Night pack"), quantity: 1 }]),
    order("Rob", [{ productId: idOf("Parking"), quantity: 1 }]),
  ]);
  await context.close();

  await page.goto(`/studio/${brand.slug}/orders/${refunded}`);
  await page.getByLabel(/^Choose Parking/).check();
  await page.getByRole("button", { name: "Refund €5.00" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Refund €5.00" }).click();
  await expect(page.getByText("Refunded €5.00.")).toBeVisible();

  // €30.00 + €20.00 + €5.00 came in, €5.00 went back.
  await page.goto(`${eventUrl}/insights`);
  const headline = page.getByTestId("headline-EUR");
  await untilShown(page, async () => {
    await expect(headline.getByTestId("figure-refunds-value")).toHaveText("€5.00", { timeout: 1_000 });
  });
  await expect(headline.getByTestId("figure-revenue-value")).toHaveText("€55.00");
  await expect(headline.getByTestId("figure-orders-value")).toHaveText("3");
  await expect(headline.getByTestId("figure-tickets-value")).toHaveText("5");
  await expect(headline.getByTestId("figure-average-value")).toHaveText("€18.33");
  await expect(headline.getByTestId("figure-revenue-change")).toHaveText("none in the 7 days before");
  // Every chart is drawn, and its figures are a table too.
  for (const chart of ["chart-sales", "chart-revenue", "chart-phases", "chart-pools", "chart-pool-fill"])
    await expect(page.getByTestId(chart).locator(".recharts-surface").first()).toBeVisible();
  const revenue = page.getByTestId("table-revenue");
  await revenue.getByText("Show as a table").click();
  await expect(revenue.getByRole("row", { name: /^Floor/ })).toContainText("€30.00");
  await expect(revenue.getByRole("columnheader", { name: "In Night pack" })).toBeVisible();
  await expect(page.getByTestId("chart-promos")).toContainText("No promo code was used in this period.");
  await expect(page.getByTestId("phase-lines")).toContainText("Early bird: 3 of 10");
  // Pool fill over time: by the end of today, 3 of the floor's 50 (2 alone, 1 in the pack) and 1
  // of the 20 parking places (the pack's; the one refunded came back).
  const fill = page.getByTestId("table-pool-fill");
  await untilShown(page, async () => {
    await fill.getByText("Show as a table").click();
    await expect(fill.getByRole("row").last().getByRole("cell")).toHaveText(["3", "1"], { timeout: 1_000 });
  });
  await expect(fill.getByRole("columnheader")).toHaveText(["Day", "Floor (of 50)", "Parking (of 20)"]);
  await page.getByTestId("chart-pool-fill").screenshot({ path: "test-results/insights-pool-fill.png" });
  await page.screenshot({ path: "test-results/insights-event.png", fullPage: true });

  // Stacked by channel instead of product: the choice is kept in the address.
  await page.getByRole("link", { name: "By channel" }).click();
  await expect(page).toHaveURL(/by=channel/);
  const sales = page.getByTestId("chart-sales");
  await sales.getByText("Show as a table").click();
  await expect(sales.getByRole("columnheader", { name: "Shop" })).toBeVisible();

  // A period before the event had anything: nothing sold, said in words.
  await page.getByLabel("Period", { exact: true }).selectOption("custom");
  await page.getByLabel("From", { exact: true }).fill("2024-01-01");
  await page.getByLabel("To", { exact: true }).fill("2024-01-31");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page.getByTestId("insights-period")).toContainText("1 Jan 2024 – 31 Jan 2024");
  await expect(page.getByTestId("no-sales")).toBeVisible();
  await expect(page.getByTestId("chart-sales")).toContainText("No sales in this period yet.");
  // A nonsense address is the default view, not an error.
  const bad = await page.goto(`${eventUrl}/insights?period=forever&from=x&tz=Mars%2FOlympus&by=%3Cb%3E`);
  expect(bad?.status()).toBe(200);
  await expect(page.getByTestId("insights-period")).toContainText("Last 7 days");

  // The door: one check-in, and the door-night chart counts it.
  await openEventTab(page, "Check-in");
  await page.getByLabel("Ticket code").fill(code);
  await page.getByLabel("Ticket code").press("Enter");
  await expect(page.getByTestId("check-in-result")).toContainText("Valid — checked in.");
  await openEventTab(page, "Insights");
  await untilShown(page, async () => {
    await expect(page.getByTestId("door-inside")).toHaveText("1 person checked in", { timeout: 1_000 });
  });
  await expect(page.getByTestId("chart-door")).toContainText("live");
  await expect(page.getByTestId("chart-door").locator(".recharts-surface")).toBeVisible();
  await page.getByTestId("chart-door").screenshot({ path: "test-results/insights-door.png" });

  // The brand's page: every event, the same figures.
  await page.getByRole("navigation", { name: "Brand" }).getByRole("link", { name: "Insights" }).click();
  await expect(page.getByRole("heading", { name: "Insights" })).toBeVisible();
  await expect(page.getByTestId("headline-EUR").getByTestId("figure-revenue-value")).toHaveText("€55.00");
  await page.screenshot({ path: "test-results/insights-brand.png", fullPage: true });
  await phoneScreenshot(page, "test-results/insights-brand-phone.png");
});
