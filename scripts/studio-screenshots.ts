// Screenshots of the Studio to look at (issue 14): the brand shell with its sidebar and brand
// switcher, an event's tabs, and the check-in desk on a phone — with axe run on each page.
// Against a running app with the demo seed (scripts/start.ts):
//   BASE_URL=http://127.0.0.1:3150 npx tsx scripts/studio-screenshots.ts docs/screenshots/issue-14 [prefix]
// It signs in as the demo organizer and, when the demo account has a single brand, creates a
// second one ("Second Stage") so the switcher has something to switch to.
import { existsSync, mkdirSync } from "node:fs";
import { chromium, type Browser, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { DEMO_LOGIN } from "./lib/seed";

const base = process.env.BASE_URL ?? "http://127.0.0.1:3150";
const [dir = "docs/screenshots/issue-14", prefix = ""] = process.argv.slice(2);
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

async function signedIn(browser: Browser, viewport: typeof DESKTOP): Promise<Page> {
  // A context of its own: axe needs one it can open frames in.
  const page = await (await browser.newContext({ viewport, baseURL: base })).newPage();
  await page.goto("/studio/sign-in");
  await page.getByLabel("E-mail").fill(DEMO_LOGIN.email);
  await page.getByLabel("Password").fill(DEMO_LOGIN.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("heading", { name: "Your brands" }).waitFor();
  return page;
}

async function secondBrand(page: Page): Promise<void> {
  if ((await page.getByRole("link", { name: /\/s\// }).count()) > 1) return;
  await page.getByLabel("Name", { exact: true }).fill("Second Stage");
  await page.getByLabel("Shop address").fill("second-stage");
  await page.getByRole("button", { name: "Create brand" }).click();
  await page.waitForURL(/\/studio\/second-stage/);
  await page.goto("/studio");
}

/** axe's violations on the page as it is now, one line each (WCAG 2 A/AA, as the e2e run). */
async function axe(page: Page, what: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  const found = violations.map((v) => `${v.id} (${v.nodes.length})`).join(", ");
  console.log(`axe ${what}: ${violations.length ? found : "no violations"}`);
}

async function shot(page: Page, name: string, fullPage = false): Promise<void> {
  const path = `${dir}/${prefix}${name}.png`;
  await page.screenshot({ path, fullPage });
  console.log(`saved ${path}`);
}

async function main() {
  mkdirSync(dir, { recursive: true });
  const browser = await chromium.launch({
    executablePath: existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined,
    args: ["--no-sandbox", "--disable-gpu"],
  });
  try {
    const desk = await signedIn(browser, DESKTOP);
    await secondBrand(desk);
    await desk.goto("/studio/demo");
    await axe(desk, "brand shell 1280");
    await shot(desk, "shell-1280");
    await desk.locator("summary", { hasText: "switch brand" }).click();
    await shot(desk, "shell-switcher-open-1280");

    await desk.goto("/studio/demo");
    await desk.getByRole("link", { name: "Demo Night" }).first().click();
    const tabs = desk.getByRole("navigation", { name: "Event" });
    await tabs.waitFor();
    await axe(desk, "event overview 1280");
    await shot(desk, "event-tabs-1280");
    // The forms' placeholders should read as examples ("e.g. S"), not as values already filled in.
    for (const [tab, name] of [
      ["Tickets & merch", "tickets"],
      ["Promo codes", "promo-codes"],
    ] as const) {
      await tabs.getByRole("link", { name: tab, exact: true }).click();
      await desk.waitForURL(new RegExp(`/${name}$`));
      await shot(desk, `event-${name}-1280-full`, true);
    }
    await tabs.getByRole("link", { name: "History", exact: true }).click();
    await desk.waitForURL(/\/history$/);
    await axe(desk, "event history 1280");
    await shot(desk, "event-history-1280");
    const eventUrl = desk.url().replace(/\/history$/, "");
    // A narrower window (a small laptop, a tablet on its side): the tab bar wraps, none is hidden.
    await desk.setViewportSize({ width: 1024, height: 800 });
    await shot(desk, "event-history-1024");

    const phone = await signedIn(browser, PHONE);
    await phone.goto(`${eventUrl}/check-in`);
    await phone.getByRole("navigation", { name: "Event" }).waitFor();
    await axe(phone, "check-in 390");
    await shot(phone, "check-in-390");
    await shot(phone, "check-in-390-full", true);
    // By keyboard: Tab from the first tab to the last; the focused tab scrolls into sight.
    const phoneTabs = phone.getByRole("navigation", { name: "Event" }).getByRole("link");
    await phoneTabs.first().focus();
    for (let i = 1; i < (await phoneTabs.count()); i++) await phone.keyboard.press("Tab");
    const last = phoneTabs.last();
    const box = await last.boundingBox();
    const focused = await last.evaluate((el) => el === document.activeElement);
    const span = box ? `${box.x}–${box.x + box.width}` : "?";
    console.log(`keyboard: "${await last.textContent()}" focused ${focused}, at x ${span} of 390`);
    await shot(phone, "check-in-390-keyboard");
    await phone.goto("/studio/demo");
    await shot(phone, "shell-390");
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
