// An organizer far from Europe sets up: the brand form suggests the shop address from the name and
// shows the chosen colour; the event form offers every time zone, starting from the browser's, and
// a two-day event in Tokyo says both days, in Tokyo time.
import { test, expect } from "./lib/test";
import { signUpVerified } from "./lib/accounts";

const run = Date.now().toString(36);

// The organizer's browser is in Tokyo.
test.use({ timezoneId: "Asia/Tokyo" });

test("an organizer in Tokyo creates a brand and a two-day event in the Tokyo time zone", async ({ page }) => {
  test.slow(); // sign-up with its e-mail, a brand, an event and its edit: ran out of 60 s twice at load 20
  await signUpVerified(page, {
    name: "Kei Organizer",
    email: `kei-${run}@example.com`,
    password: "tokyo-nights-password",
  });

  // The address follows the name, in plain ASCII, until the organizer types one.
  await page.getByLabel("Name").fill(`Café Été ${run}`);
  await expect(page.getByLabel("Shop address")).toHaveValue(`cafe-ete-${run}`);
  await expect(page.getByText(`/s/cafe-ete-${run}`)).toBeVisible();

  // The colour shows as a swatch and as text, and either one sets the other.
  const picker = page.getByLabel("Primary colour picker");
  await expect(picker).toHaveValue("#7c3aed");
  await page.getByLabel("Primary colour", { exact: true }).fill("#0F766E");
  await expect(picker).toHaveValue("#0f766e");
  const swatch = (await picker.boundingBox())!;
  expect(swatch.height).toBeGreaterThanOrEqual(32); // a swatch, not a squeezed line
  await page.screenshot({ path: "test-results/zones-brand-form.png", fullPage: true });

  await page.getByLabel("Shop address").fill(`tokyo-${run}`);
  await page.getByLabel("Name").fill(`Café Été Tokyo ${run}`);
  await expect(page.getByLabel("Shop address")).toHaveValue(`tokyo-${run}`);
  await page.getByRole("button", { name: "Create brand" }).click();
  await expect(page).toHaveURL(new RegExp(`/studio/tokyo-${run}$`));

  // Every IANA zone is offered, and a new event starts in the browser's.
  await page.getByRole("link", { name: "New event" }).click();
  const zone = page.getByLabel("Time zone");
  await expect(zone).toHaveValue("Asia/Tokyo");
  for (const offered of ["Europe/Lisbon", "Europe/Dublin", "Europe/Warsaw", "Australia/Sydney"])
    await expect(page.locator(`datalist#time-zones option[value="${offered}"]`)).toHaveCount(1);

  await page.getByLabel("Name").fill("Two Nights in Shibuya");
  await page.getByLabel("Venue").fill("Shibuya, Tokyo");
  await page.getByLabel("Starts").fill("2027-03-30T14:00");
  await page.getByLabel("Ends").fill("2027-03-31T23:30");
  await page.getByRole("button", { name: "Create event" }).click();
  await expect(page.getByRole("heading", { name: /Two Nights in Shibuya/ })).toBeVisible();
  await expect(
    page.getByText("Tuesday, 30 March 2027, 14:00 – Wednesday, 31 March 2027, 23:30 (Asia/Tokyo)"),
  ).toBeVisible();
  await page.screenshot({ path: "test-results/zones-studio-event.png", fullPage: true });

  // A zone that does not exist is refused at its field.
  await page.getByRole("link", { name: "Edit details" }).click();
  await expect(page.getByLabel("Time zone")).toHaveValue("Asia/Tokyo");
  await page.getByLabel("Time zone").fill("Mars/Base");
  await page.getByRole("button", { name: "Save event" }).click();
  await expect(page.locator('[data-field-error="timeZone"]')).toHaveText(
    "Choose a valid time zone, like Europe/Berlin",
  );
});
