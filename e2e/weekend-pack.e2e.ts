// The core domain in a browser: an organizer builds a "Weekend pack" (2 day tickets at an
// in-bundle price + one T-shirt, choose-one size) from a shared GA pool with an early-bird
// phase; a fan sees the pack with its saving, picks a size, and pays exactly the quote.
import { writeFileSync } from "node:fs";
import { test, expect, type Locator, type Page } from "./lib/test";
import { confirmAndSignIn, linkInMailTo, signUpVerified } from "./lib/accounts";
import { openEventTab, phoneScreenshot } from "./lib/studio";

const run = Date.now().toString(36);
const brand = { name: `Festival ${run}`, slug: `festival-${run}` };

test.describe.configure({ mode: "serial" });
let orderUrl = "";
let eventStudioUrl = "";

async function organizer(page: Page) {
  await signUpVerified(page, {
    name: "Frida Festival",
    email: `frida-${run}@example.com`,
    password: "festival-password",
  });
  await page.getByLabel("Name").fill(brand.name);
  await page.getByLabel("Shop address").fill(brand.slug);
  await page.getByRole("button", { name: "Create brand" }).click();
  await expect(page).toHaveURL(new RegExp(`/studio/${brand.slug}$`));
  await page.getByRole("link", { name: "New event" }).click();
  await page.getByLabel("Name").fill("Summer Weekend");
  await page.getByLabel("Venue").fill("Lakeside");
  await page.getByLabel("Starts").fill("2027-07-10T12:00");
  await page.getByLabel("Ends").fill("2027-07-11T23:00");
  await page.getByLabel("Personal tickets").check();
  await page.getByRole("button", { name: "Create event" }).click();
  await expect(page.getByRole("heading", { name: /Summer Weekend/ })).toBeVisible();
  eventStudioUrl = page.url();
}

const productForm = (page: Page) =>
  page.locator("form").filter({ has: page.getByRole("button", { name: "Add product" }) });
const bundleForm = (page: Page) =>
  page.locator("form").filter({ has: page.getByRole("button", { name: "Add bundle" }) });

test("an organizer builds a weekend pack from a shared pool with an early-bird phase", async ({ page }) => {
  test.slow(); // the forms are on the event's tabs now: eight more pages on a busy machine
  await organizer(page);

  // The shared GA pool first; a bad capacity is refused at its field, and nothing is saved.
  await openEventTab(page, "Pools");
  await page.getByText("Add a shared pool").click();
  const poolForm = page.locator("form").filter({ has: page.getByRole("button", { name: "Add pool" }) });
  await poolForm.getByLabel("Pool name").fill("GA floor");
  await poolForm.getByLabel("Capacity").fill("-5");
  await poolForm.getByRole("button", { name: "Add pool" }).click();
  await expect(poolForm.getByRole("alert")).toHaveText("Capacity cannot be negative");
  await expect(poolForm.getByLabel("Capacity")).toHaveAttribute("aria-invalid", "true");
  await expect(poolForm.getByLabel("Capacity")).toBeFocused();
  await poolForm.getByLabel("Capacity").fill("100");
  await poolForm.getByRole("button", { name: "Add pool" }).click();
  await expect(page.getByTestId("pool-GA floor")).toContainText("0 sold · 0 held · 100 free of 100");

  // A day ticket with no pool of its own — it draws from GA floor — in two phases: early bird
  // €30 until 100 sold, then €40.
  await openEventTab(page, "Tickets & merch");
  let f = productForm(page);
  await f.getByLabel("Name", { exact: true }).fill("Day ticket");
  await f.getByLabel("Tax rate %").fill("7");
  await f.getByLabel("Or draw from a shared pool").selectOption({ label: "GA floor (100)" });
  await f.getByRole("button", { name: "+ price phase" }).click();
  await f.getByLabel("Phase name").nth(0).fill("Early bird");
  await f.getByLabel("Price", { exact: true }).nth(0).fill("30");
  await f.getByLabel("or after N sold").nth(0).fill("100");
  await f.getByLabel("Phase name").nth(1).fill("Regular");
  await f.getByLabel("Price", { exact: true }).nth(1).fill("40");
  await f.getByRole("button", { name: "Add product" }).click();
  await expect(page.getByTestId("products-table").getByRole("cell", { name: "Day ticket" })).toBeVisible();
  await openEventTab(page, "Pools");
  await expect(page.getByTestId("pool-GA floor")).toContainText("← Day ticket");
  // The History tab lists it at once (not at the audit log's next poll, 5 s later).
  await openEventTab(page, "History");
  // The list first (a busy machine may take its time to show the page), then the entry in it.
  await expect(page.getByTestId("audit-list")).toBeVisible();
  await expect(page.getByTestId("audit-list")).toContainText("Product added", { timeout: 3_000 });
  await openEventTab(page, "Tickets & merch");

  // A T-shirt in S, M, L with stock per size, SKUs left to be made. Two mistakes are shown at
  // once, each at its field, and the first gets the focus.
  f = productForm(page);
  await f.getByLabel("Kind").selectOption("merch");
  for (const [i, size] of ["S", "M", "L"].entries()) {
    await f.getByLabel("Variant", { exact: true }).nth(i).fill(size);
    if (size !== "L") await f.getByLabel("Stock").nth(i).fill("5");
  }
  await f.getByLabel("Price", { exact: true }).first().fill("25");
  await f.getByRole("button", { name: "Add product" }).click();
  await expect(f.locator('[data-field-error="name"]')).toHaveText("Name the product");
  await expect(f.locator('[data-field-error="variants.2.stock"]')).toHaveText("Enter the stock of L");
  await expect(f.getByLabel("Name", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(f.getByLabel("Stock").nth(2)).toHaveAttribute("aria-invalid", "true");
  await expect(f.getByLabel("Stock").nth(2)).toHaveAccessibleDescription("Enter the stock of L");
  await expect(f.getByLabel("Name", { exact: true })).toBeFocused();
  await f.screenshot({ path: "test-results/studio-product-form-errors.png" });
  await f.getByLabel("Name", { exact: true }).fill("T-shirt");
  await f.getByLabel("Stock").nth(2).fill("5");
  await f.getByRole("button", { name: "Add product" }).click();
  await expect(page.getByTestId("products-table").getByRole("cell", { name: /^T-shirt/ })).toBeVisible();

  // After the merch is saved the form starts over as a ticket form: Capacity, no variants.
  f = productForm(page);
  await expect(f.getByLabel("Kind")).toHaveValue("ticket");
  await expect(f.getByLabel(/^Capacity \(a pool/)).toBeVisible();
  await expect(f.getByLabel("Variant", { exact: true })).toHaveCount(0);
  await expect(f.getByLabel("Stock")).toHaveCount(0);
  await expect(f.getByLabel("Name", { exact: true })).toHaveValue("");
  await f.screenshot({ path: "test-results/studio-product-form-after-merch.png" });

  // Parking, a ticket, in the same form: without a capacity or a pool it is refused at Capacity;
  // with one it is on sale.
  await f.getByLabel("Name", { exact: true }).fill("Parking");
  await f.getByLabel("Price", { exact: true }).first().fill("5");
  await f.getByRole("button", { name: "Add product" }).click();
  await expect(f.locator('[data-field-error="capacity"]')).toContainText("Enter a capacity");
  await expect(f.getByLabel(/^Capacity \(a pool/)).toBeFocused();
  await f.getByLabel(/^Capacity \(a pool/).fill("50");
  await f.getByRole("button", { name: "Add product" }).click();
  const parking = page.getByTestId("products-table").getByRole("row").filter({ hasText: "Parking" });
  await expect(parking).toContainText("€5.00");
  await expect(parking).not.toContainText("Sold out");

  // The weekend pack: 2 day tickets at €20 inside the pack, and one T-shirt of the fan's size:
  // the T-shirt is picked once, and the sizes the pack offers (M, L) ticked.
  await openEventTab(page, "Bundles");
  const b = bundleForm(page);
  await b.getByLabel("Bundle name").fill("Weekend pack");
  await b.getByLabel("Product").nth(0).selectOption({ label: "Day ticket (€30.00)" });
  await b.getByLabel("Qty").nth(0).fill("2");
  await b
    .getByLabel(/Price inside/)
    .nth(0)
    .fill("20");
  await b.getByLabel("Product").nth(1).selectOption({ label: "T-shirt (€25.00)" });
  await b.getByLabel("M", { exact: true }).check();
  await b.getByLabel("L", { exact: true }).check();
  await expect(b.getByLabel("Choice name")).toHaveValue("T-shirt size");
  await b.screenshot({ path: "test-results/studio-bundle-editor.png" });
  await b.getByRole("button", { name: "Add bundle" }).click();
  await expect(page.getByTestId("products-table")).toContainText(
    "2 × Day ticket, 1 × T-shirt — M (T-shirt size), 1 × T-shirt — L (T-shirt size)",
  );
  await openEventTab(page, "Overview");
  await expect(page.getByTestId("fan-preview")).toContainText("Save €20.00 against €85.00 bought separately");
  // Before anyone refunds, the organizer sees how the pack's price splits, and by what.
  await expect(page.getByTestId("products-table").getByTestId("bundle-split")).toHaveText(
    "Split by in-bundle prices: 2 × Day ticket €40.00 · T-shirt €25.00",
  );
  await page.getByTestId("products-table").screenshot({ path: "test-results/studio-bundle-split.png" });
  // Its editor shows the choice as it was made: one T-shirt row with M and L ticked.
  await page.getByTestId("products-table").getByRole("link", { name: "Weekend pack" }).click();
  const edit = page.locator("form").filter({ has: page.getByRole("button", { name: /^Save components/ }) });
  await expect(edit.getByLabel("Product")).toHaveCount(2);
  await expect(edit.getByLabel("M", { exact: true })).toBeChecked();
  await expect(edit.getByLabel("L", { exact: true })).toBeChecked();
  await expect(edit.getByLabel("S", { exact: true })).not.toBeChecked();
  await expect(edit.getByLabel("Choice name")).toHaveValue("T-shirt size");
  await page.goBack();

  // A promo code for bundles only; -10 % is refused at its field first.
  await openEventTab(page, "Promo codes");
  const promo = page.locator("form").filter({ has: page.getByRole("button", { name: "Create code" }) });
  await promo.getByLabel("Code").fill("PACK10");
  await promo.getByLabel("Value").fill("-10");
  await promo.getByLabel("Applies to").selectOption("bundles");
  await promo.getByRole("button", { name: "Create code" }).click();
  await expect(promo.locator('[data-field-error="value"]')).toHaveText("A discount cannot be negative");
  await promo.getByLabel("Value").fill("10");
  await promo.getByRole("button", { name: "Create code" }).click();
  await expect(page.getByTestId("promo-list")).toContainText("PACK10");

  await openEventTab(page, "Overview");
  await page.getByRole("button", { name: "Publish event" }).click();
  await expect(page.getByRole("status").filter({ hasText: "On sale at" })).toBeVisible();
  await page.screenshot({ path: "test-results/studio-event.png", fullPage: true });
});

test("the event's tabs, one by one, on a desktop and on a phone (screenshots for people to look at)", async ({
  page,
}) => {
  await page.goto("/studio/sign-in");
  await page.getByLabel("E-mail").fill(`frida-${run}@example.com`);
  await page.getByLabel("Password").fill("festival-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Your brands" })).toBeVisible();
  await page.goto(`/studio/${brand.slug}`);
  await page.screenshot({ path: "test-results/studio-brand-home.png", fullPage: true });
  await page.getByRole("link", { name: "Summer Weekend" }).click();
  for (const tab of [
    "Tickets & merch",
    "Bundles",
    "Pools",
    "Promo codes",
    "Orders",
    "Attendees",
    "History",
  ]) {
    await openEventTab(page, tab);
    const name = tab.toLowerCase().replace(/[^a-z]+/g, "-");
    await page.screenshot({ path: `test-results/studio-tab-${name}.png`, fullPage: true });
  }
  await openEventTab(page, "Check-in");
  await phoneScreenshot(page, "test-results/studio-tab-check-in-phone.png");
});

test("a fan sees the pack with its saving, picks a size, and pays exactly the quote", async ({ page }) => {
  await page.goto(`/s/${brand.slug}/summer-weekend`);
  // A weekend is two days, and the shop says so.
  await expect(page.getByTestId("event-dates")).toHaveText(
    "Saturday, 10 July 2027, 12:00 – Sunday, 11 July 2027, 23:00",
  );
  const pack = page.getByRole("article", { name: "Weekend pack" });
  await expect(pack.getByTestId("saving")).toHaveText("Save €20.00 against €85.00 bought separately");
  await expect(pack.getByTestId("bundle-contents")).toContainText("2 × Day ticket");
  await expect(pack.getByTestId("bundle-contents")).toContainText("one T-shirt size of your choice");
  const day = page.getByRole("article", { name: "Day ticket" });
  await expect(day.getByTestId("phase")).toContainText("Early bird — 100 left at this price, then €40.00");
  // The pack offers exactly the sizes the organizer ticked; the ticket added after merch is on sale.
  await expect(pack.getByLabel("T-shirt (S)")).toHaveCount(0);
  await expect(pack.getByLabel("T-shirt (L)")).toBeVisible();
  await expect(page.getByRole("article", { name: "Parking" })).not.toContainText("Sold out");
  await expect(
    page.getByRole("article", { name: "Parking" }).getByLabel("Quantity of Parking"),
  ).toBeEnabled();

  await pack.getByLabel("Quantity of Weekend pack").fill("1");
  // No size chosen yet: the quote says what is missing.
  await expect(page.getByTestId("quote-error")).toHaveText("Choose the T-shirt size for Weekend pack.");
  await pack.getByLabel("T-shirt (M)").check();
  await expect(page.getByTestId("quote-total")).toHaveText("€65.00");
  await expect(page.getByTestId("quote")).toContainText("bundle saving €20.00");
  await expect(page.getByTestId("quote")).toContainText("Includes");
  await pack.screenshot({ path: "test-results/shop-bundle-card.png" });
  await page.screenshot({ path: "test-results/shop-weekend.png", fullPage: true });

  // The bundles-only code takes 10 % off the pack: €65.00 → €58.50, and the totals still agree.
  await page.getByLabel("Promo code").fill("pack10");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByTestId("promo-status")).toHaveText("Code PACK10 applied.");
  await expect(page.getByTestId("quote-total")).toHaveText("€58.50");
  await expect(page.getByTestId("quote")).toContainText("Discount (PACK10)");
  await page.getByRole("button", { name: "Reserve tickets" }).click();
  // The held cart's total is the quote's, to the cent.
  await expect(page.getByTestId("cart-total")).toHaveText("€58.50");

  // The event asks a name per ticket: the first is the buyer's unless another is typed.
  await expect(page.getByTestId("attendee-names").getByRole("textbox")).toHaveCount(2);
  // The pack holds a T-shirt: the shop asks where to send it. Sent empty, the form marks every
  // missing field at once, each with its message, and the focus goes to the first.
  await page.getByRole("button", { name: "Continue to payment" }).click();
  for (const [label, message] of [
    ["Your name", "Enter your name"],
    [/E-mail/, /Enter a valid e-mail address/],
    ["Ticket 1 · Day ticket · Weekend pack", "Enter the name for ticket 1 (Day ticket · Weekend pack)"],
    ["Ticket 2 · Day ticket · Weekend pack", "Enter the name for ticket 2 (Day ticket · Weekend pack)"],
    ["Street and number", "Enter the street and number"],
    ["Postal code", "Enter the postal code"],
    ["City", "Enter the city"],
    ["Country", "Enter the country"],
  ] as const) {
    await expect(page.getByLabel(label)).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel(label)).toHaveAccessibleDescription(message);
  }
  await expect(page.getByLabel("Address line 2 (optional)")).not.toHaveAttribute("aria-invalid");
  await expect(page.locator(":focus")).toHaveAccessibleName("Your name");
  await page.screenshot({ path: "test-results/fan-checkout-errors-weekend.png", fullPage: true });
  await page.getByLabel("Your name").fill("Wendy Weekend");
  // Ticket 1 takes the buyer's name: naming the buyer answers it too.
  await expect(page.getByLabel("Ticket 1 · Day ticket · Weekend pack")).not.toHaveAttribute("aria-invalid");
  await page.getByLabel(/E-mail/).fill("wendy@example.com");
  await page.getByLabel("Ticket 2 · Day ticket · Weekend pack").fill("Walt Weekend");
  await expect(page.getByLabel("Street and number")).toHaveAttribute("aria-invalid", "true");
  await page.getByLabel("Street and number").fill("Seestraße 1");
  await page.getByLabel("Postal code").fill("10115");
  await page.getByLabel("City").fill("Berlin");
  await page.getByLabel("Country").fill("Germany");
  await page.getByRole("button", { name: "Continue to payment" }).click();
  await expect(page.getByText("TEST MODE")).toBeVisible();
  await expect(page.getByText("€58.50").first()).toBeVisible();
  await page.getByRole("button", { name: /^Pay/ }).click();
  await expect(page.getByRole("heading", { name: "Thank you, Wendy Weekend!" })).toBeVisible();
  // Two admissions from the pack; the T-shirt ships later.
  await expect(page.getByTestId("ticket")).toHaveCount(2);
  await expect(page.getByTestId("ticket").first()).toContainText("Day ticket · Weekend pack");
  await expect(page.getByTestId("ticket").filter({ hasText: "Walt Weekend" })).toHaveCount(1);
  await expect(page.getByTestId("ticket").filter({ hasText: "Wendy Weekend" })).toHaveCount(1);
  await expect(page.getByText("Paid · tickets sent · merch to ship")).toBeVisible();
  await expect(page.getByTestId("to-ship")).toHaveText(
    "To be shipped: 1 × T-shirt (M). We will e-mail you when it is on its way.",
  );
  await page.screenshot({ path: "test-results/order-weekend.png", fullPage: true });
  orderUrl = page.url();
  // The tickets as a PDF, one page per ticket, from the same signed link.
  const pdf = await page.request.get(
    new URL((await page.getByTestId("tickets-pdf").getAttribute("href"))!, page.url()).toString(),
  );
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  const bytes = await pdf.body();
  expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
  expect(bytes.toString("latin1").match(/\/Type \/Page\b/g)).toHaveLength(2);
  writeFileSync("test-results/tickets-weekend.pdf", bytes);

  // The shared pool now has 2 sold; the T-shirt M stock 1 sold.
  await page.goto(`/s/${brand.slug}/summer-weekend`);
  await expect(page.getByRole("article", { name: "Day ticket" }).getByTestId("phase")).toContainText(
    "98 left at this price",
  );
});

test("the organizer ships the T-shirt with tracking, refunds it alone for its allocated share, and the door admits a pack ticket once", async ({
  page,
  browser,
}) => {
  test.slow(); // Dora now confirms her address before she joins: three more pages on a busy machine
  await page.goto("/studio/sign-in");
  await page.getByLabel("E-mail").fill(`frida-${run}@example.com`);
  await page.getByLabel("Password").fill("festival-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Your brands" })).toBeVisible();

  // The brand page's event card and its sales by channel tell the same story.
  await page.goto(`/studio/${brand.slug}`);
  await expect(page.getByTestId("event-sales")).toHaveText("2 tickets · 1 order · €58.50");
  const shop = page.getByTestId("sales-by-channel").getByRole("row", { name: /Shop/ });
  await expect(shop.getByRole("cell")).toHaveText(["Shop", "1", "€58.50"]);
  // The orders list counts the pack's two tickets, and says its state in words.
  await page.goto(`/studio/${brand.slug}/orders`);
  const orderRow = page.getByTestId("orders-table").getByRole("row", { name: /wendy@example.com/ });
  await expect(orderRow.getByRole("cell").nth(2)).toHaveText("2");
  await expect(orderRow).toContainText("Partly delivered");
  await page.screenshot({ path: "test-results/orders-list.png", fullPage: true });

  // The "to ship" list across events leads to the order and its packing slip.
  await page.goto(`/studio/${brand.slug}/shipping`);
  const list = page.getByTestId("to-ship-list");
  await expect(list).toContainText("Wendy Weekend");
  await expect(list).toContainText("T-shirt (M) · Weekend pack");
  await list.getByRole("link", { name: "Packing slip" }).click();
  await expect(page.getByTestId("packing-slip")).toContainText("Seestraße 1");
  await expect(page.getByTestId("packing-slip")).toContainText("T-shirt (M) · Weekend pack");
  await page.screenshot({ path: "test-results/packing-slip.png", fullPage: true });
  await page.goBack();
  await list.getByRole("link", { name: /^MQ-/ }).click();

  // Ship it: choose the T-shirt, carrier and tracking number.
  const items = page.getByTestId("order-items");
  const shirtRow = items.getByRole("row", { name: /T-shirt \(M\)/ });
  // Delivery says how it reaches the fan; the status where it is.
  await expect(shirtRow).toContainText("By post");
  await expect(shirtRow).toContainText("To be shipped");
  await expect(items.getByRole("row", { name: /Day ticket/ }).first()).toContainText("Ticket");
  await page.getByLabel("Choose T-shirt (M) · Weekend pack").check();
  await page.getByLabel("Carrier").fill("DHL");
  await page.getByLabel("Tracking number").fill("JD0146 0000 1234");
  await page.getByRole("button", { name: "Mark 1 shipped" }).click();
  await expect(
    page.getByText("Marked shipped. The fan has been e-mailed the tracking number."),
  ).toBeVisible();
  await expect(page.getByTestId("shipments")).toContainText("DHL · JD0146 0000 1234");

  // The fan's order page shows it on its way.
  const fan = await browser.newPage();
  await fan.goto(orderUrl);
  await expect(fan.getByTestId("shipments")).toContainText(
    "On its way: T-shirt (M) · DHL, tracking number JD0146 0000 1234",
  );
  await fan.screenshot({ path: "test-results/order-shipped.png", fullPage: true });

  // A shipped T-shirt is refunded once it came back; the amount is its share of the pack.
  const allocation = (await page
    .getByTestId("order-lines")
    .getByText(/1 × T-shirt \(M\): /)
    .textContent())!.match(/: (€[\d.]+)/)![1]!;
  // €58.50 split by in-bundle prices, 40 : 25 between the day tickets and the shirt, as the order says.
  expect(allocation).toBe("€22.50");
  await expect(page.getByTestId("order-lines").getByTestId("bundle-split")).toHaveText(
    "Split by in-bundle prices: 2 × Day ticket €36.00 · T-shirt (M) €22.50",
  );
  await page.reload();
  await page.getByLabel("Choose T-shirt (M) · Weekend pack").check();
  await page.getByRole("button", { name: "Record return of 1" }).click();
  await expect(page.getByText("Return recorded.")).toBeVisible();
  await page.reload();
  await page.getByLabel("Choose T-shirt (M) · Weekend pack").check();
  // Money moves only once the organizer confirmed the amount and what follows from it.
  await page.getByRole("button", { name: `Refund ${allocation}` }).click();
  const question = page.getByRole("dialog", { name: `Refund ${allocation} to the buyer?` });
  await expect(question).toContainText("For T-shirt (M) · Weekend pack.");
  await expect(question).toContainText("It goes back on sale.");
  await expect(question).not.toContainText("void"); // no ticket among the items
  await page.screenshot({ path: "test-results/refund-dialog.png" });
  await question.getByRole("button", { name: "Keep it" }).click();
  await expect(question).toBeHidden();
  await page.reload();
  await expect(shirtRow).toContainText("Returned");
  await expect(page.getByTestId("refunds")).toHaveCount(0);
  await page.getByLabel("Choose T-shirt (M) · Weekend pack").check();
  await page.getByRole("button", { name: `Refund ${allocation}` }).click();
  await question.getByRole("button", { name: `Refund ${allocation}` }).click();
  await expect(page.getByText(`Refunded ${allocation}.`)).toBeVisible();
  await expect(page.getByTestId("refunds")).toContainText(`Refund ${allocation}`);
  await expect(shirtRow).toContainText("Refunded");
  await expect(page.getByText("Partly refunded").first()).toBeVisible();
  await page.screenshot({ path: "test-results/studio-order-refunded.png", fullPage: true });
  await page.getByRole("button", { name: "Re-send tickets" }).click();
  await expect(page.getByText("Sent again to wendy@example.com.")).toBeVisible();
  await fan.reload();
  await expect(fan.getByTestId("refunds")).toContainText(
    `Refunded ${allocation} for T-shirt (M) · Weekend pack`,
  );
  // The parcel line follows the shirt: it came back and was refunded, it is not on its way.
  await expect(fan.getByTestId("shipments")).toContainText(
    "Returned and refunded: T-shirt (M) · DHL, tracking number JD0146 0000 1234",
  );
  await expect(fan.getByTestId("shipments")).not.toContainText("On its way");
  await expect(fan.getByTestId("order-event")).toContainText("Summer Weekend");
  await fan.screenshot({ path: "test-results/fan-order-refunded.png", fullPage: true });
  await expect(fan.getByTestId("ticket")).toHaveCount(2); // the pack's tickets stay valid
  const code = (await fan.getByTestId("ticket-code").first().textContent())!;

  // The owner invites door staff from the Team page; the invitation arrives by e-mail.
  await page.goto(`/studio/${brand.slug}/team`);
  await page.getByLabel("E-mail").fill(`dora-${run}@example.com`);
  await page.getByLabel(/^Door staff/).check();
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText(`Invited dora-${run}@example.com as Door staff.`)).toBeVisible();
  // Studio shows the mail, not its link (any member may read the outbox); Dora's inbox has it.
  await page.goto(`/studio/${brand.slug}/outbox`);
  const mail = page.frameLocator(`iframe[title="E-mail: You're invited to ${brand.name} on Marquee"]`);
  await expect(mail.getByText("Accept the invitation (link hidden)")).toBeVisible();
  const link = await linkInMailTo(`dora-${run}@example.com`, /\/studio\/invite\/[A-Za-z0-9_-]{40,}/);

  // Dora opens the link, creates her account for that address and joins as door staff.
  const doorContext = await browser.newContext();
  const dora = await doorContext.newPage();
  await dora.goto(link);
  await expect(dora.getByRole("heading", { name: `Join ${brand.name}` })).toBeVisible();
  await dora.getByRole("link", { name: "Create an account" }).click();
  await expect(dora.getByRole("heading", { name: `Join ${brand.name} as door staff` })).toBeVisible();
  await dora.getByLabel("Your name").fill("Dora Door");
  await expect(dora.getByLabel("E-mail")).toHaveValue(`dora-${run}@example.com`);
  await dora.getByLabel("Password").fill("door-staff-password");
  await dora.getByRole("button", { name: "Create account" }).click();
  await confirmAndSignIn(dora, { email: `dora-${run}@example.com`, password: "door-staff-password" });
  await dora.getByRole("button", { name: `Join ${brand.name}` }).click();
  await expect(dora.getByText("You are door staff: pick the event to check fans in.")).toBeVisible();
  // Door staff check in, and nothing else: orders and the attendee list are not theirs to see.
  expect((await dora.request.get(`/studio/${brand.slug}/orders`)).status()).toBe(404);
  expect((await dora.request.get(`${eventStudioUrl}`)).status()).toBe(404);
  await dora.getByRole("link", { name: "Check in fans" }).click();
  await expect(
    dora.getByText("Saturday, 10 July 2027, 12:00 – Sunday, 11 July 2027, 23:00 · Lakeside"),
  ).toBeVisible();

  // The door: a pack ticket is admitted once.
  const input = dora.getByLabel("Ticket code");
  const result = dora.getByTestId("check-in-result");
  await input.fill(code);
  await input.press("Enter");
  await expect(result).toContainText("Valid — checked in.");
  await input.fill(code);
  await input.press("Enter");
  await expect(result.getByRole("alert")).toContainText(
    /^Already checked in at \d\d:\d\d — do not admit\..* · let in by Dora Door$/,
  );
  await dora.screenshot({ path: "test-results/check-in-pack.png", fullPage: true });
  await doorContext.close();

  // The attendee list shows who is in; the door list downloads as CSV.
  await page.goto(`${eventStudioUrl}/attendees`);
  await expect(page.getByTestId("attendees")).toContainText("Wendy Weekend");
  await expect(page.getByTestId("attendees").getByText(/^in · /)).toHaveCount(1);
  const csv = await page.request.get(`${eventStudioUrl}/attendees.csv`);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const rows = (await csv.text()).trim().split("\r\n");
  expect(rows[0]).toBe(
    '"Attendee","Ticket","Order","Buyer e-mail","Status","Checked in at","Checked in by","Ticket id"',
  );
  expect(rows.filter((r) => r.includes('"checked in"'))).toHaveLength(1);
  expect(rows).toHaveLength(3);
});

/**
 * Moves the focus forward with Tab until `target` has it — as a keyboard user would, never
 * backwards — and fails if it is not reached within `max` presses (not reachable, or not in order).
 */
async function tabTo(page: Page, target: Locator, max = 40) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${target.toString()} in ${max} presses`);
}

test("a fan buys the pack with a size, a promo code and attendee names, by keyboard alone", async ({
  page,
}) => {
  await page.goto(`/s/${brand.slug}/summer-weekend`);
  const pack = page.getByRole("article", { name: "Weekend pack" });
  await tabTo(page, pack.getByLabel("Quantity of Weekend pack"));
  await page.keyboard.press("Control+A");
  await page.keyboard.type("1");
  // The size choice is a radio group: Tab enters it, arrows move, Space picks.
  await tabTo(page, pack.getByLabel("T-shirt (M)"));
  await page.keyboard.press("Space");
  await expect(pack.getByLabel("T-shirt (M)")).toBeChecked();
  await expect(page.getByTestId("quote-total")).toHaveText("€65.00");
  await tabTo(page, page.getByLabel("Promo code"));
  await page.keyboard.type("pack10");
  await tabTo(page, page.getByRole("button", { name: "Apply" }));
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("promo-status")).toHaveText("Code PACK10 applied.");
  await expect(page.getByTestId("quote-total")).toHaveText("€58.50");
  await tabTo(page, page.getByRole("button", { name: "Reserve tickets" }));
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("cart-total")).toHaveText("€58.50");

  for (const [label, text] of [
    ["Your name", "Kira Keys"],
    [/E-mail/, "kira@example.com"],
    ["Ticket 2 · Day ticket · Weekend pack", "Kai Keys"],
    ["Street and number", "Tastenweg 3"],
    ["Postal code", "10117"],
    ["City", "Berlin"],
    ["Country", "Germany"],
  ] as const) {
    await tabTo(page, page.getByLabel(label));
    await page.keyboard.type(text);
  }
  await tabTo(page, page.getByRole("button", { name: "Continue to payment" }));
  await page.keyboard.press("Enter");
  await expect(page.getByText("TEST MODE")).toBeVisible();
  const pay = page.getByRole("button", { name: /^Pay/ });
  await tabTo(page, pay);
  // The focus ring is visible on the pay button (WCAG 2.4.7): an outline of at least 2 px.
  const outline = await pay.evaluate((el) => getComputedStyle(el).outlineWidth);
  expect(parseFloat(outline)).toBeGreaterThanOrEqual(2);
  await page.screenshot({ path: "test-results/keyboard-pay-focus.png" });
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Thank you, Kira Keys!" })).toBeVisible();
  await expect(page.getByTestId("ticket").filter({ hasText: "Kai Keys" })).toHaveCount(1);
  await expect(page.getByTestId("ticket").filter({ hasText: "Kira Keys" })).toHaveCount(1);
});
