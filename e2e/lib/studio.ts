// Moving around the Studio the way an organizer does: through its tab bar, not by typed URLs.
import { expect, type Page } from "@playwright/test";

/** Opens one of the event's tabs by its link, and waits until it is the current page. */
export async function openEventTab(page: Page, name: string): Promise<void> {
  const link = page.getByRole("navigation", { name: "Event" }).getByRole("link", { name, exact: true });
  await link.click();
  await expect(link).toHaveAttribute("aria-current", "page");
}

/** A screenshot at a phone's size (390 × 844), then back to the size the test had. */
export async function phoneScreenshot(page: Page, path: string): Promise<void> {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path, fullPage: true });
  if (size) await page.setViewportSize(size);
}
