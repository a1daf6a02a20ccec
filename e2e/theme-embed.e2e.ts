// White-label journeys: an organizer themes the brand (the shop, order page and e-mail follow),
// a page on another origin embeds the shop with the snippet and sells through it (the frame
// grows and shrinks with its content), a page on an origin the brand has not allowed is refused,
// and the brand's own domain serves its shop by the Host header.
import http from "node:http";
import type { AddressInfo } from "node:net";
import pg from "pg";
import { test, expect, type Page } from "./lib/test";
import { signUpVerified } from "./lib/accounts";
import { openEventTab } from "./lib/studio";

const run = Date.now().toString(36);
const brand = { name: `Harbour Stage ${run}`, slug: `harbour-${run}` };
const organizer = { email: `hanna-${run}@example.com`, password: "harbour-password" };
const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);

test.describe.configure({ mode: "serial" });

async function signIn(page: Page) {
  await page.goto("/studio/sign-in");
  await page.getByLabel("E-mail").fill(organizer.email);
  await page.getByLabel("Password").fill(organizer.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Your brands" })).toBeVisible();
}

/** A PNG drawn in the browser: a logo (square) or a header picture (wide). */
async function png(page: Page, width: number, height: number, color: string, label: string): Promise<Buffer> {
  const b64 = await page.evaluate(
    ({ width, height, color, label }) => {
      const c = document.createElement("canvas");
      c.width = width;
      c.height = height;
      const g = c.getContext("2d")!;
      g.fillStyle = color;
      g.fillRect(0, 0, width, height);
      g.fillStyle = "#ffffff";
      g.font = `bold ${Math.round(Math.min(height * 0.5, (width / label.length) * 1.4))}px sans-serif`;
      g.textAlign = "center";
      g.textBaseline = "middle";
      g.fillText(label, width / 2, height / 2);
      return c.toDataURL("image/png").split(",")[1]!;
    },
    { width, height, color, label },
  );
  return Buffer.from(b64, "base64");
}

/** A tiny web server on another origin, serving one page. */
async function site(html: string): Promise<{ origin: string; close(): Promise<void> }> {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function getWithHost(path: string, host: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port: E2E_PORT, path, headers: { host } }, (res) => {
        let body = "";
        res.on("data", (c) => (body += c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      })
      .on("error", reject);
  });
}

test("an organizer themes the brand: the shop, the order page and the e-mail wear it", async ({
  page,
  browser,
}) => {
  test.slow(); // sign-up now includes opening the confirmation link and signing in
  await signUpVerified(page, { name: "Hanna Harbour", ...organizer });
  await page.getByLabel("Name").fill(brand.name);
  await page.getByLabel("Shop address").fill(brand.slug);
  await page.getByRole("button", { name: "Create brand" }).click();
  await expect(page).toHaveURL(new RegExp(`/studio/${brand.slug}$`));
  await page.getByRole("link", { name: "New event" }).click();
  await page.getByLabel("Name").fill("Harbour Nights");
  await page.getByLabel("Venue").fill("Pier 7");
  await page.getByLabel("Starts").fill("2027-08-20T20:00");
  await page.getByLabel("Ends").fill("2027-08-20T23:30");
  await page.getByRole("button", { name: "Create event" }).click();
  await expect(page.getByRole("heading", { name: /Harbour Nights/ })).toBeVisible();
  await openEventTab(page, "Tickets & merch");
  await page.getByLabel("Name", { exact: true }).fill("Standing");
  await page.getByLabel("Tax rate %").first().fill("0");
  await page.getByLabel(/^Capacity \(a pool/).fill("50");
  await page.getByLabel("Price", { exact: true }).first().fill("20");
  await page.getByRole("button", { name: "Add product" }).click();
  await expect(page.getByTestId("products-table").getByRole("cell", { name: "Standing" })).toBeVisible();
  await openEventTab(page, "Overview");
  await page.getByRole("button", { name: "Publish event" }).click();
  await expect(page.getByRole("status").filter({ hasText: "On sale at" })).toBeVisible();

  // A header image for the event.
  await page.getByLabel("Image file").setInputFiles({
    name: "header.png",
    mimeType: "image/png",
    buffer: await png(page, 900, 300, "#0e7490", "HARBOUR NIGHTS"),
  });
  await page.getByRole("button", { name: "Upload header image" }).click();
  await expect(page.getByText("Header image uploaded.")).toBeVisible();

  // A fan has the event page open before the change: it is now in the page cache, in the default colours.
  const fan = await browser.newPage();
  await fan.goto(`/s/${brand.slug}/harbour-nights`);
  await expect(fan.locator("header").first()).toHaveCSS("background-color", "rgb(124, 58, 237)");

  // The theme: a yellow primary fails contrast on white; the suggested colour passes.
  await page.goto(`/studio/${brand.slug}/theme`);
  const preview = page.getByTestId("theme-preview");
  await page.getByLabel("Primary colour", { exact: true }).fill("#facc15");
  const warnings = page.getByTestId("contrast-warnings");
  await expect(warnings).toContainText(
    "The primary colour on the light background has a contrast of 1.5:1; text needs 4.5:1 (WCAG AA).",
  );
  await page.screenshot({ path: "test-results/theme-contrast-warning.png", fullPage: true });
  await warnings
    .getByRole("button", { name: /^Use #/ })
    .first()
    .click();
  await expect(warnings).not.toContainText("primary colour on the light background");
  const primary = await page.getByLabel("Primary colour", { exact: true }).inputValue();
  expect(primary).toMatch(/^#[0-9a-f]{6}$/);
  // Then a dark background with a light, readable primary; Fraunces; pill buttons.
  await page.getByLabel("Dark").check();
  await page.getByLabel("Primary colour", { exact: true }).fill("#38bdf8");
  await page.getByLabel("Accent colour", { exact: true }).fill("#f472b6");
  await page.getByLabel("Font").selectOption("fraunces");
  await page.getByLabel("Pill").check();
  await expect(warnings).toContainText("All colour pairs pass WCAG AA contrast.");
  await expect(preview).toHaveCSS("background-color", "rgb(11, 11, 15)");
  await expect(preview.getByRole("button", { name: "Continue to payment" })).toHaveCSS(
    "border-radius",
    "9999px",
  );
  await page.getByRole("button", { name: "Save theme" }).click();
  await expect(
    page.getByText("Saved. Your shop, order pages, e-mails and PDF tickets use the new theme."),
  ).toBeVisible();
  await page.getByLabel("Logo file").setInputFiles({
    name: "logo.png",
    mimeType: "image/png",
    buffer: await png(page, 160, 160, "#f472b6", "HS"),
  });
  await page.getByRole("button", { name: "Upload logo" }).click();
  await expect(page.getByText("Logo uploaded.")).toBeVisible();
  await page.screenshot({ path: "test-results/theme-editor.png", fullPage: true });

  // The shop wears it at once, cached page or not.
  await fan.goto(`/s/${brand.slug}/harbour-nights`);
  await expect(fan.locator("header").first()).toHaveCSS("background-color", "rgb(56, 189, 248)");
  await expect(fan.locator("header").first()).toHaveCSS("color", "rgb(17, 17, 17)"); // dark text on a light primary
  await expect(fan.getByTestId("brand-logo")).toBeVisible();
  // An uploaded file is never a document: its own policy stands (no script, no frame), not sniffed.
  const logo = await fan.request.get((await fan.getByTestId("brand-logo").getAttribute("src"))!);
  expect(logo.headers()["content-security-policy"]).toBe("default-src 'none'");
  expect(logo.headers()["x-content-type-options"]).toBe("nosniff");
  await expect(fan.getByTestId("event-header-image")).toBeVisible();
  await expect(fan.locator("[data-theme=dark]").first()).toHaveCSS("background-color", "rgb(11, 11, 15)");
  expect(
    await fan
      .locator("[data-theme=dark]")
      .first()
      .evaluate((el) => getComputedStyle(el).fontFamily),
  ).toContain("Marquee Fraunces");
  await fan.getByLabel("Quantity of Standing").fill("1");
  await fan.getByRole("button", { name: "Reserve tickets" }).click();
  await expect(fan.getByRole("button", { name: "Continue to payment" })).toHaveCSS("border-radius", "9999px");
  await fan.screenshot({ path: "test-results/shop-themed.png", fullPage: true });
  await fan.getByLabel("Your name").fill("Theo Themed");
  await fan.getByLabel(/E-mail/).fill("theo@example.com");
  await fan.getByRole("button", { name: "Continue to payment" }).click();
  await fan.getByRole("button", { name: /^Pay/ }).click();
  await expect(fan.getByRole("heading", { name: "Thank you, Theo Themed!" })).toBeVisible();
  await expect(fan.getByTestId("ticket")).toHaveCount(1);
  await expect(fan.locator("header").first()).toHaveCSS("background-color", "rgb(56, 189, 248)");
  await fan.screenshot({ path: "test-results/order-themed.png", fullPage: true });

  // The e-mail too: the header in the primary colour, with the logo.
  const mailFrame = page.locator('iframe[title^="E-mail: Your tickets for Harbour Nights"]');
  await expect(async () => {
    await page.goto(`/studio/${brand.slug}/outbox`);
    await expect(mailFrame).toHaveCount(1, { timeout: 1000 });
  }).toPass();
  const mail = page.frameLocator('iframe[title^="E-mail: Your tickets for Harbour Nights"]');
  await expect(mail.locator("[data-brand-header]")).toHaveCSS("background-color", "rgb(56, 189, 248)");
  await expect(mail.locator("[data-brand-header] img")).toHaveJSProperty("naturalWidth", 160);
  await page.screenshot({ path: "test-results/email-themed.png", fullPage: true });

  // The accessibility statement: Marquee's template in the brand's name, linked from every shop page,
  // until the organizer writes their own — shown as plain text, with the contact address.
  await fan.getByRole("link", { name: "Accessibility" }).click();
  await expect(fan.getByRole("heading", { name: "Accessibility statement" })).toBeVisible();
  await expect(fan.getByText(`${brand.name} wants everyone to be able to buy tickets`)).toBeVisible();
  await page.goto(`/studio/${brand.slug}/settings`);
  await page
    .getByLabel("Statement")
    .fill("We aim for WCAG 2.2 AA.\n\nThe seat map is <b>not yet</b> usable by keyboard.");
  await page.getByLabel("Contact e-mail for accessibility").fill("access@harbour.example");
  await page.getByRole("button", { name: "Save accessibility statement" }).click();
  await expect(page.getByText("Saved. Your shop's accessibility statement shows your text")).toBeVisible();
  await fan.reload();
  const statement = fan.getByTestId("accessibility-statement");
  await expect(statement.locator("p").nth(1)).toHaveText(
    "The seat map is <b>not yet</b> usable by keyboard.",
  );
  await expect(statement.getByRole("link", { name: "access@harbour.example" })).toHaveAttribute(
    "href",
    "mailto:access@harbour.example",
  );
});

test("a page on an allowed origin embeds the shop twice and sells through it; the frame follows its content; other origins are refused", async ({
  page,
  context,
}) => {
  const snippetPage = (snippet: string) =>
    `<!doctype html><meta charset="utf-8"><title>Harbour fan site</title><body style="font-family:sans-serif;margin:24px"><h1>Our next nights</h1><div id="one">${snippet}</div><p>Also here:</p><div id="two">${snippet}</div><p id="after">Thanks for visiting.</p></body>`;
  await signIn(page);
  await page.goto(`/studio/${brand.slug}/embed`);
  const snippet = (await page.getByTestId("embed-snippet").first().textContent())!;
  expect(snippet).toBe(
    `<script src="http://localhost:${E2E_PORT}/embed.js" data-brand="${brand.slug}" data-event="harbour-nights" async></script>`,
  );
  const allowed = await site(snippetPage(snippet));
  const elsewhere = await site(
    snippetPage(snippet) +
      `<iframe id="direct" src="http://localhost:${E2E_PORT}/embed/${brand.slug}/harbour-nights"></iframe>`,
  );
  try {
    await page.getByLabel("Allowed sites").fill(`${allowed.origin}\n`);
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByText("Saved.")).toBeVisible();

    const fanSite = await context.newPage();
    await fanSite.goto(allowed.origin);
    await expect(fanSite.locator("iframe")).toHaveCount(2);
    const frame = fanSite.frameLocator("#one iframe");
    await expect(frame.getByRole("heading", { name: "Harbour Nights" })).toBeVisible();
    const statementLink = frame.getByRole("link", { name: "Accessibility" });
    await expect(statementLink).toHaveAttribute("href", `/s/${brand.slug}/accessibility`);
    await expect(
      fanSite.frameLocator("#two iframe").getByRole("heading", { name: "Harbour Nights" }),
    ).toBeVisible();
    const height = () => fanSite.locator("#one iframe").evaluate((el) => el.getBoundingClientRect().height);
    const content = () =>
      frame.locator("#embed-root").evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
    // Once the offer and the header image are in, the frame is exactly as tall as its content.
    await expect(frame.getByLabel("Quantity of Standing")).toBeVisible();
    await expect(frame.getByTestId("event-header-image")).toHaveJSProperty("complete", true);
    // The frame follows its content; clicks wait until it has (a click during a resize could land elsewhere).
    const settled = () =>
      expect.poll(async () => Math.abs((await height()) - (await content()))).toBeLessThanOrEqual(1);
    await settled();
    expect(await height()).not.toBe(480); // sized to its content, not the default
    const resting = await height();

    // Reserving shows the buyer form: the frame grows; releasing it: the frame shrinks back.
    await frame.getByLabel("Quantity of Standing").fill("1");
    await expect(frame.getByTestId("quote-total")).toHaveText("€20.00");
    await settled();
    await frame.getByRole("button", { name: "Reserve tickets" }).click();
    await expect(frame.getByLabel("Your name")).toBeVisible();
    await expect.poll(height).toBeGreaterThan(resting + 100);
    const grown = await height();
    expect(await frame.locator("body").evaluate(() => window.scrollY)).toBe(0); // sized, never scrolled inside
    await fanSite.setViewportSize({ width: 1280, height: 2400 }); // the whole page in view: frames paint fully
    await fanSite.screenshot({ path: "test-results/embed-grown.png", fullPage: true });
    await fanSite.setViewportSize({ width: 1280, height: 720 });
    await frame.getByLabel("Quantity of Standing").fill("0");
    await settled();
    await frame.getByRole("button", { name: "Release my reservation" }).click();
    await expect(frame.getByLabel("Your name")).toHaveCount(0);
    await expect.poll(height).toBeLessThan(grown - 100);
    // The other embed did not move with it.
    expect(
      await fanSite.locator("#two iframe").evaluate((el) => el.getBoundingClientRect().height),
    ).toBeLessThan(grown);

    // Buy through the embed: payment opens in a tab of its own.
    await frame.getByLabel("Quantity of Standing").fill("2");
    await expect(frame.getByTestId("quote-total")).toHaveText("€40.00");
    await settled();
    // Seen twice in CI since the release above: the buyer form already shows (the cart held the
    // two tickets) and no Reserve button is offered. Reserve when offered, then go on.
    const reserve = frame.getByRole("button", { name: /Reserve tickets|Update reservation/ });
    await expect(reserve.or(frame.getByLabel("Your name")).first()).toBeVisible();
    if (await reserve.isVisible()) await reserve.click();
    await frame.getByLabel("Your name").fill("Emma Embed");
    await frame.getByLabel(/E-mail/).fill("emma@example.com");
    await settled();
    const popup = context.waitForEvent("page");
    await frame.getByRole("button", { name: "Continue to payment" }).click();
    const payment = await popup;
    await payment.getByRole("button", { name: /^Pay/ }).click();
    await expect(payment.getByRole("heading", { name: "Thank you, Emma Embed!" })).toBeVisible();
    await expect(payment.getByTestId("ticket")).toHaveCount(2);
    await expect(frame.getByTestId("embed-paying")).toContainText("The payment page opened in a new tab.");
    const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await db.connect();
    const channel = (await db.query("SELECT channel FROM \"order\" WHERE buyer_email = 'emma@example.com'"))
      .rows[0]?.channel;
    await db.end();
    expect(channel).toBe(`embed:${allowed.origin}`);

    // A site the brand has not allowed: a polite note instead of the frame, and a hand-made iframe is blocked by the browser.
    const stranger = await context.newPage();
    const blocked = stranger.waitForEvent("console", (m) => m.text().includes("frame-ancestors"));
    await stranger.goto(elsewhere.origin);
    await expect(stranger.locator("#one [data-marquee-refused]")).toHaveText(
      "This site is not set up to show these tickets here. Buy them in the shop",
    );
    await expect(stranger.locator("#one iframe")).toHaveCount(0);
    expect((await blocked).text()).toContain(allowed.origin);
    const csp = (await page.request.get(`/embed/${brand.slug}/harbour-nights`)).headers()[
      "content-security-policy"
    ];
    expect(csp).toContain(`frame-ancestors 'self' ${allowed.origin}`);
    const shop = (await page.request.get(`/s/${brand.slug}`)).headers()["content-security-policy"];
    expect(shop).toMatch(/frame-ancestors 'self'$/);
    await stranger.screenshot({ path: "test-results/embed-refused.png", fullPage: true });
  } finally {
    await allowed.close();
    await elsewhere.close();
  }
});

test("staff sell at the box office, and Studio shows sales per channel", async ({ page }) => {
  await signIn(page);
  await page.goto(`/studio/${brand.slug}`);
  await page.getByRole("link", { name: "Harbour Nights" }).click();
  await page.getByRole("link", { name: "Box office" }).click();
  await page.getByLabel("Quantity of Standing").fill("3");
  await page.getByLabel("Buyer's name").fill("Walter Walkup");
  await page.getByLabel(/Buyer's e-mail/).fill("walter@example.com");
  await page.getByLabel("Card (terminal)").check();
  await page.getByRole("button", { name: "Record sale" }).click();
  const sold = page.getByText(
    /^Sold MQ-[A-Z0-9]+: €60\.00 paid by card\. The tickets are on their way by e-mail\.$/,
  );
  await expect(sold).toBeVisible();
  await page.screenshot({ path: "test-results/box-office.png", fullPage: true });
  // The desk can print them too: three tickets, one page each.
  const reference = (await sold.textContent())!.match(/MQ-[A-Z0-9]+/)![0];
  await page.goto(`/studio/${brand.slug}/orders`);
  await page.getByRole("link", { name: reference }).click();
  await expect(page).toHaveURL(/\/orders\/ord_/);
  const print = page.getByRole("link", { name: "Print tickets (PDF)" });
  await expect(async () => {
    await page.reload();
    await expect(print).toBeVisible({ timeout: 1000 });
  }).toPass();
  const pdf = await page.request.get(new URL((await print.getAttribute("href"))!, page.url()).toString());
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).toString("latin1").match(/\/Type \/Page\b/g)).toHaveLength(3);

  await page.goto(`/studio/${brand.slug}`);
  const channels = page.getByTestId("sales-by-channel");
  await expect(channels.getByRole("row", { name: /^Box office 1 €60\.00$/ })).toBeVisible();
  await expect(
    channels.getByRole("row", { name: /^Embed on http:\/\/127\.0\.0\.1:\d+ 1 €40\.00$/ }),
  ).toBeVisible();
  await expect(channels.getByRole("row", { name: /^Shop 1 €20\.00$/ })).toBeVisible();
});

test("the brand's own domain serves its shop once verified, nothing of another brand; an unknown host: 404", async ({
  page,
}) => {
  const domain = `tickets.${brand.slug}.test`;
  await signIn(page);
  await page.goto(`/studio/${brand.slug}/embed`);
  await page.getByLabel("Domain").fill(domain);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();
  // Until the TXT record is found the domain serves nothing; Studio says which record to add.
  const record = page.getByTestId("domain-record");
  await expect(record).toContainText(`_marquee-verify.${domain}`);
  await expect(record).toContainText(/marquee-verify=[0-9a-f]{32}/);
  expect((await getWithHost("/", domain)).status).toBe(404);
  await page.getByRole("button", { name: "Check now" }).click();
  const missing = `We did not find the TXT record at _marquee-verify.${domain} yet.`;
  await expect(page.getByText(missing, { exact: false })).toBeVisible();
  // This test's DNS cannot hold the record: mark it found, as the check would.
  const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  await db.query("UPDATE brand SET custom_domain_verified_at = now() WHERE slug = $1", [brand.slug]);
  await db.end();

  // after the proxy's 5 s cache
  await expect(async () => expect((await getWithHost("/", domain)).status).toBe(200)).toPass();
  const home = await getWithHost("/", domain);
  expect(home.body).toContain(brand.name);
  expect(home.body).toContain("Harbour Nights");
  const event = await getWithHost("/harbour-nights", domain);
  expect(event.status).toBe(200);
  expect(event.body).toContain("Pier 7");
  expect((await getWithHost(`/s/${brand.slug}/harbour-nights`, domain)).status).toBe(200);
  expect((await getWithHost("/studio", domain)).status).toBe(404); // Studio lives on Marquee's host only
  for (const other of ["/s/demo", "/s/demo/demo-night", "/%73/demo/demo-night", "/embed/demo/demo-night"]) {
    expect((await getWithHost(other, domain)).status, other).toBe(404); // no other brand through this domain
  }
  const unknown = await getWithHost("/", "tickets.nobody.test");
  expect(unknown.status).toBe(404);
  expect(unknown.body).toContain("No shop is set up at this address");
  expect((await getWithHost("/s/demo/demo-night", "tickets.nobody.test")).status).toBe(404);
});
