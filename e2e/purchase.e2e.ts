// The walking skeleton's journey: organizer → fan → door, in real Chromium against a
// production build with a real PostgreSQL and the job worker running.
import { test, expect } from "./lib/test";
import { signUpVerified } from "./lib/accounts";
import { openEventTab, phoneScreenshot } from "./lib/studio";

const run = Date.now().toString(36);
const organizer = {
  name: "Olga Organizer",
  email: `olga-${run}@example.com`,
  password: "correct-horse-battery",
};
const brand = { name: `Night Owl ${run}`, slug: `night-owl-${run}`, color: "#0f766e" };

test.describe.configure({ mode: "serial" });

let shopUrl = "";
let ticketCodes: string[] = [];
let eventStudioUrl = "";

test("an organizer creates a brand and an event with a ticket type, and publishes it", async ({ page }) => {
  await signUpVerified(page, organizer);
  await page.getByLabel("Name").fill(brand.name);
  await page.getByLabel("Shop address").fill(brand.slug);
  await page.getByLabel("Primary colour", { exact: true }).fill(brand.color);
  await page.getByRole("button", { name: "Create brand" }).click();
  await expect(page).toHaveURL(new RegExp(`/studio/${brand.slug}$`));
  await expect(page.getByText("No events yet")).toBeVisible();

  await page.getByRole("link", { name: "New event" }).click();
  await page.getByLabel("Name").fill("Owl Sessions");
  await page.getByLabel("Venue").fill("Hafenbar, Hamburg");
  await page.getByLabel("Time zone").fill("Europe/Berlin");
  await page.getByLabel("Starts").fill("2027-03-12T21:00");
  await page.getByLabel("Ends").fill("2027-03-13T03:00");
  await page.getByRole("button", { name: "Create event" }).click();
  await expect(page.getByRole("heading", { name: /Owl Sessions/ })).toBeVisible();

  // Publishing with nothing to sell is refused with a reason.
  await page.getByRole("button", { name: "Publish event" }).click();
  await expect(page.getByText("Add at least one ticket type before publishing.")).toBeVisible();

  await openEventTab(page, "Tickets & merch");
  await page.getByLabel("Name", { exact: true }).fill("Floor");
  await page.getByLabel("Tax rate %").first().fill("0");
  await page.getByLabel(/^Capacity \(a pool/).fill("3");
  await page.getByLabel("Price", { exact: true }).first().fill("12.50");
  await page.getByRole("button", { name: "Add product" }).click();
  const products = page.getByTestId("products-table");
  await expect(products.getByRole("cell", { name: "Floor" })).toBeVisible();
  await expect(products.getByRole("cell", { name: "€12.50" })).toBeVisible();

  await openEventTab(page, "Overview");
  await page.getByRole("button", { name: "Publish event" }).click();
  await expect(page.getByRole("status").filter({ hasText: "On sale at" })).toContainText(
    `/s/${brand.slug}/owl-sessions`,
  );
  eventStudioUrl = page.url();
  shopUrl = `/s/${brand.slug}/owl-sessions`;
});

test("a fan without an account reserves two tickets, sees the countdown, pays, and gets two QR tickets", async ({
  page,
}) => {
  await page.goto(shopUrl);
  await expect(page.getByRole("heading", { name: "Owl Sessions" })).toBeVisible();
  // Themed with the brand colour.
  await expect(page.locator("header").first()).toHaveCSS("background-color", "rgb(15, 118, 110)");
  await expect(page.getByTestId("stock")).toHaveText("Only 3 left");

  await page.getByLabel("Quantity of Floor").fill("2");
  await expect(page.getByTestId("quote-total")).toHaveText("€25.00");
  await page.getByRole("button", { name: "Reserve tickets" }).click();
  await expect(page.getByTestId("hold-status")).toContainText("Reserved for you for");
  await expect(page.getByTestId("countdown")).toHaveText(/^\d+:\d\d$/);
  await expect(page.getByTestId("stock")).toHaveText("Only 1 left");

  // An empty form is refused at every field at once, each message under its field, and the
  // focus goes to the first; fixing one field leaves the other marked.
  const yourName = page.getByLabel("Your name");
  const eMail = page.getByLabel(/E-mail/);
  await page.getByRole("button", { name: "Continue to payment" }).click();
  await expect(yourName).toHaveAttribute("aria-invalid", "true");
  await expect(yourName).toHaveAccessibleDescription("Enter your name");
  await expect(eMail).toHaveAttribute("aria-invalid", "true");
  await expect(eMail).toHaveAccessibleDescription(/Enter a valid e-mail address/);
  await expect(page.locator(":focus")).toHaveAccessibleName("Your name");
  await expect(page.getByTestId("pay-error")).toHaveCount(0);
  await page.screenshot({ path: "test-results/fan-checkout-errors.png", fullPage: true });
  await yourName.fill("Fay Fan");
  await expect(yourName).not.toHaveAttribute("aria-invalid");
  await expect(eMail).toHaveAttribute("aria-invalid", "true");
  await eMail.fill("not-an-email");
  await page.getByRole("button", { name: "Continue to payment" }).click();
  await expect(eMail).toHaveAccessibleDescription(/Enter a valid e-mail address/);
  await expect(page.locator(":focus")).toHaveAccessibleName(/E-mail/);
  await eMail.fill("fay@example.com");
  await expect(eMail).not.toHaveAttribute("aria-invalid");
  await expect(page.getByTestId("cart-total")).toHaveText("€25.00");
  await page.screenshot({ path: "test-results/shop-event.png", fullPage: true });
  await page.getByRole("button", { name: "Continue to payment" }).click();

  await expect(page.getByText("TEST MODE")).toBeVisible();
  await expect(page.getByText("€25.00").first()).toBeVisible();
  await page.getByRole("button", { name: /^Pay/ }).click();

  await expect(page.getByRole("heading", { name: "Thank you, Fay Fan!" })).toBeVisible();
  // The order page names what it is for: the event (a link to its page), when, and where.
  const forEvent = page.getByTestId("order-event");
  await expect(forEvent.getByRole("link", { name: "Owl Sessions" })).toHaveAttribute("href", shopUrl);
  await expect(forEvent).toContainText("Friday, 12 March 2027 · 21:00–03:00 (next day)");
  await expect(forEvent).toContainText("Hafenbar, Hamburg");
  await expect(page.getByTestId("ticket")).toHaveCount(2);
  await expect(page.getByTestId("ticket").first().locator("svg")).toBeVisible();
  ticketCodes = await page.getByTestId("ticket-code").allInnerTexts();
  expect(new Set(ticketCodes).size).toBe(2);
  await page.screenshot({ path: "test-results/order-page.png", fullPage: true });

  // The paid cart starts over.
  await page.goto(shopUrl);
  await expect(page.getByLabel("Quantity of Floor")).toHaveValue("0");
});

test("reserving more than remains is refused, naming how many are left", async ({ page }) => {
  await page.goto(shopUrl);
  await expect(page.getByTestId("stock")).toHaveText("Only 1 left");
  await page.getByLabel("Quantity of Floor").fill("2");
  await page.getByRole("button", { name: "Reserve tickets" }).click();
  await expect(page.getByTestId("buy-error")).toHaveText("Only 1 Floor is left.");
});

test("a declined payment returns to the cart with the hold intact; releasing it puts the ticket back on sale", async ({
  page,
}) => {
  await page.goto(shopUrl);
  await expect(page.getByTestId("stock")).toHaveText("Only 1 left");
  await page.getByLabel("Quantity of Floor").fill("1");
  await page.getByRole("button", { name: "Reserve tickets" }).click();
  await page.getByLabel("Your name").fill("Dee Clined");
  await page.getByLabel(/E-mail/).fill("dee@example.com");
  await page.getByRole("button", { name: "Continue to payment" }).click();
  await page.getByRole("button", { name: "Decline" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "declined" })).toContainText("nothing was charged");
  // Back in the cart, still reserved: the countdown runs on and the ticket is not on sale to others.
  await expect(page.getByTestId("hold-status")).toContainText("Reserved for you for");
  await expect(page.getByTestId("stock")).toHaveText("Sold out");

  // Sold out to others, but the fan can still change what they hold — at once, not when it expires.
  await expect(page.getByLabel("Quantity of Floor")).toBeEnabled({ timeout: 3_000 });
  await page.getByLabel("Quantity of Floor").fill("0");
  await page.getByRole("button", { name: "Release my reservation" }).click();
  await expect(page.getByTestId("stock")).toHaveText("Only 1 left");
});

test("a reservation that runs out on screen says so and can be made again", async ({ page }) => {
  await page.goto(shopUrl);
  await page.getByLabel("Quantity of Floor").fill("1");
  await page.getByRole("button", { name: "Reserve tickets" }).click();
  await expect(page.getByTestId("hold-status")).toBeVisible();
  // The e2e server holds for 20 s (HOLD_SECONDS): wait for it to run out.
  await expect(page.getByTestId("hold-expired")).toContainText("Your reservation has ended", {
    timeout: 30_000,
  });
  await expect(page.getByTestId("stock")).toHaveText("Only 1 left");
  await page.getByRole("button", { name: "Reserve them again" }).click();
  await expect(page.getByTestId("hold-status")).toContainText("Reserved for you for");
  await page.getByLabel("Quantity of Floor").fill("0");
  await page.getByRole("button", { name: "Release my reservation" }).click();
  await expect(page.getByTestId("stock")).toHaveText("Only 1 left");
});

test("cancelling a pending order asks first, with its amount; keeping it changes nothing", async ({
  page,
  browser,
}) => {
  const studio = await (await browser.newContext()).newPage();
  await studio.goto("/studio/sign-in");
  await studio.getByLabel("E-mail").fill(organizer.email);
  await studio.getByLabel("Password").fill(organizer.password);
  await studio.getByRole("button", { name: "Sign in" }).click();
  await expect(studio.getByRole("heading", { name: "Your brands" })).toBeVisible();
  // A fan reaches the payment page and stops there: a pending order holding the last ticket
  // (the organizer is signed in first, well within the e2e server's 20 s hold).
  await page.goto(shopUrl);
  await page.getByLabel("Quantity of Floor").fill("1");
  await page.getByRole("button", { name: "Reserve tickets" }).click();
  await page.getByLabel("Your name").fill("Pat Pending");
  await page.getByLabel(/E-mail/).fill("pat@example.com");
  await page.getByRole("button", { name: "Continue to payment" }).click();
  await expect(page.getByText("TEST MODE")).toBeVisible();
  await studio.goto(`/studio/${brand.slug}/orders`);
  const row = studio.getByTestId("orders-table").getByRole("row", { name: /pat@example.com/ });
  await expect(row).toContainText("Awaiting payment");
  await row.getByRole("link").click();
  const title = await studio.getByRole("heading", { name: /^Order MQ-/ }).textContent();
  const reference = title!.match(/MQ-[\w-]+/)![0];

  // Nothing happens on the first click: a question with the amount, and "Keep it" backs out.
  await studio.getByRole("button", { name: "Cancel this pending order" }).click();
  const question = studio.getByRole("dialog", { name: `Cancel order ${reference}?` });
  await expect(question).toContainText("Pat Pending can no longer pay its €12.50");
  await expect(question).toContainText("reserved units go back on sale");
  await question.getByRole("button", { name: "Keep it" }).click();
  await expect(question).toBeHidden();
  await studio.reload();
  await expect(studio.getByRole("button", { name: "Cancel this pending order" })).toBeVisible();

  await studio.getByRole("button", { name: "Cancel this pending order" }).click();
  await question.getByRole("button", { name: "Cancel the order" }).click();
  await expect(studio.getByRole("button", { name: "Cancel this pending order" })).toHaveCount(0);
  await expect(studio.getByText("Cancelled").first()).toBeVisible();
  await studio.context().close();
  // The ticket it held is on sale again.
  await page.goto(shopUrl);
  await expect(page.getByTestId("stock")).toHaveText("Only 1 left");
});

test("the organizer sees the order, the audit log and the confirmation e-mail; the door checks tickets in once", async ({
  page,
}) => {
  await page.goto("/studio/sign-in");
  await page.getByLabel("E-mail").fill(organizer.email);
  await page.getByLabel("Password").fill(organizer.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Your brands" })).toBeVisible();

  await page.goto(`/studio/${brand.slug}/orders`);
  const row = page.getByTestId("orders-table").getByRole("row", { name: /fay@example.com/ });
  await expect(row).toContainText("€25.00");
  await expect(row).toContainText("Delivered");
  await phoneScreenshot(page, "test-results/studio-orders-phone.png");
  await row.getByRole("link").click();
  await expect(page.getByTestId("order-history")).toContainText("Order paid");
  await expect(page.getByTestId("order-history")).toContainText("Tickets issued and e-mailed");
  await expect(page.getByTestId("order-history")).not.toContainText("HoldPlaced");
  await expect(page.getByTestId("order-lines")).toContainText("Floor");

  await page.goto(eventStudioUrl);
  await openEventTab(page, "History");
  const audit = page.getByTestId("audit-list");
  await expect(audit).toContainText("Order paid");
  await expect(audit).toContainText("Tickets issued and e-mailed");
  await expect(audit).toContainText(organizer.email);

  await page.goto(`/studio/${brand.slug}/outbox`);
  await expect(page.getByText(/Your tickets for Owl Sessions/)).toBeVisible();
  await expect(page.getByText("fay@example.com")).toBeVisible();
  // The e-mail carries one QR per ticket (inline images, shown in the preview).
  const mail = page.frameLocator("iframe").first();
  await expect(mail.locator('img[alt="QR code"]')).toHaveCount(2);
  await expect(mail.getByText(ticketCodes[0]!)).toBeVisible();

  // The door beeps where the browser lets it: the tones it plays are recorded here.
  await page.addInitScript(() => {
    const played: number[][] = [];
    (window as unknown as { doorTones: number[][] }).doorTones = played;
    const start = OscillatorNode.prototype.start;
    let signal: number[] | null = null;
    OscillatorNode.prototype.start = function (this: OscillatorNode, when?: number) {
      // The tones of one signal are started together, in one task.
      if (!signal) {
        played.push((signal = []));
        queueMicrotask(() => (signal = null));
      }
      signal.push(this.frequency.value);
      return start.call(this, when);
    };
  });
  const tones = () =>
    page.evaluate(() => (window as unknown as { doorTones: number[][] }).doorTones.map((t) => t.length));
  await page.goto(`${eventStudioUrl}/check-in`);
  const code = page.getByLabel("Ticket code");
  const result = page.getByTestId("check-in-result");
  await code.fill(ticketCodes[0]!);
  await code.press("Enter");
  await expect(result).toContainText("Valid — checked in.");
  await expect(result).toContainText("Fay Fan");
  await expect(page.getByTestId("check-in-counts")).toContainText("Checked in: 1 of 2");
  await expect.poll(tones).toEqual([1]); // one tone: come in
  await page.screenshot({ path: "test-results/check-in-valid.png", fullPage: true });

  // A repeat scan is a stop: red, large, announced, two tones; undo is not the next button.
  await code.fill(ticketCodes[0]!);
  await code.press("Enter");
  const stop = result.getByRole("alert");
  await expect(stop).toContainText(/^Already checked in at \d\d:\d\d — do not admit\./);
  await expect(stop).toHaveAttribute("data-verdict", "stop");
  await expect(stop.getByText(/^Already checked in/)).toHaveCSS("font-size", "36px");
  await expect.poll(tones).toEqual([1, 2]);
  await expect(result.getByRole("button")).toHaveAccessibleName("Undo check-in…");
  await page.screenshot({ path: "test-results/check-in-already.png", fullPage: true });

  // Undo asks first; keeping it changes nothing, confirming lets the ticket in again.
  await result.getByRole("button", { name: "Undo check-in…" }).click();
  const question = page.getByRole("dialog");
  await expect(question).toContainText(/Undo the check-in of \d\d:\d\d\?/);
  await question.getByRole("button", { name: "Keep it checked in" }).click();
  await expect(question).toBeHidden();
  await expect(page.getByTestId("check-in-counts")).toContainText("Checked in: 1 of 2");
  await result.getByRole("button", { name: "Undo check-in…" }).click();
  await question.getByRole("button", { name: "Undo check-in" }).click();
  await expect(result).toContainText("Check-in undone — this ticket may enter again.");
  await expect(page.getByTestId("check-in-counts")).toContainText("Checked in: 0 of 2");

  await code.fill("tkt0000000000000000000000.made-up-signature");
  await code.press("Enter");
  await expect(result).toContainText("Unknown ticket");

  // An altered code (one character changed) is refused too.
  const altered = ticketCodes[1]!.slice(0, -1) + (ticketCodes[1]!.endsWith("A") ? "B" : "A");
  await code.fill(altered);
  await code.press("Enter");
  await expect(result).toContainText("Unknown ticket");
  await phoneScreenshot(page, "test-results/check-in-phone.png");
});

test("another organizer cannot open this brand's Studio pages", async ({ page }) => {
  await signUpVerified(page, {
    name: "Mallory",
    email: `mallory-${run}@example.com`,
    password: "another-password",
  });
  for (const path of [
    `/studio/${brand.slug}`,
    `/studio/${brand.slug}/orders`,
    `${new URL(eventStudioUrl).pathname}/check-in`,
  ]) {
    const res = await page.goto(path);
    expect(res?.status()).toBe(404);
    await expect(page.getByText("We could not find that page.")).toBeVisible();
  }
});
