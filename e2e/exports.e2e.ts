// Exports in a browser: fans buy (one of them named like a spreadsheet formula), the organizer
// asks for the event's orders as CSV and as XLSX, waits while the job makes them, downloads both,
// and the test reads them back: one row per order, totals to the cent, the formula defused. Then
// the organizer opens an order's history in the audit explorer and narrows it by type.
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import pg from "pg";
import { test, expect, type Page } from "./lib/test";
import { signIn } from "./lib/accounts";
import { seed } from "./lib/seed";

const FORMULA_NAME = "=1+2 Formula Fan";
// A brand of its own (made through the commands): its export holds exactly this journey's orders.
const run = Date.now().toString(36);
const brand = { name: `Export Club ${run}`, slug: `export-club-${run}` };
const owner = { name: "Ola Owner", email: `ola-${run}@example.com`, password: "export-pw-1" };

async function buy(page: Page, eventId: string, productId: string, name: string, quantity: number) {
  const placed = await page.request.post("/api/trpc/shop.placeOrder", {
    data: {
      json: {
        brandSlug: brand.slug,
        eventId,
        buyer: { name, email: `export-${Date.now()}@example.com` },
        lines: [{ productId, quantity }],
      },
    },
  });
  expect(placed.status()).toBe(200);
  const { redirectUrl } = (await placed.json()).result.data.json as { redirectUrl: string };
  await page.goto(redirectUrl);
  await page.getByRole("button", { name: /^Pay/ }).click();
  await expect(page.getByRole("heading", { name: `Thank you, ${name}!` })).toBeVisible();
}

/** Export the event's orders in one format and download the file once the job has made it. */
async function exportOrders(page: Page, format: "CSV" | "XLSX"): Promise<{ name: string; bytes: Buffer }> {
  const button = page.getByRole("group", { name: "Orders", exact: true }).getByRole("button", {
    name: `Export as ${format}`,
  });
  const newest = page.getByRole("list", { name: "Exports" }).getByRole("listitem").first();
  const before = (await newest.count()) ? await newest.getAttribute("data-export") : null;
  await button.click();
  // The new export comes first in the list, waiting or being made, then ready.
  await expect(newest).not.toHaveAttribute("data-export", before ?? "none");
  await expect(newest).toContainText(`Orders · ${format}`);
  const link = newest.getByRole("link", { name: /^Download orders-/ });
  await expect(link).toBeVisible({ timeout: 20_000 });
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) };
}

test("an organizer exports the event's orders as CSV and XLSX and the files add up", async ({ page }) => {
  // Two exports made by the worker, then the audit explorer: more than the default minute on 2 busy cores.
  test.setTimeout(120_000);
  const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  try {
    const shop = await seed<{ eventId: string; eventSlug: string; productId: string }>("ticketShop", {
      ...owner,
      brand,
    });
    const { eventId: event, productId: product } = shop;
    await buy(page, event, product, FORMULA_NAME, 2);
    await buy(page, event, product, "Ada Export", 1);

    await signIn(page, owner);
    // The event's Insights header leads to its exports.
    await page.goto(`/studio/${brand.slug}/events/${event}/insights`);
    await page.getByTestId("insights-exports").click();
    await expect(page).toHaveURL(`/studio/${brand.slug}/insights/exports?event=${event}`);
    await expect(page.getByRole("heading", { name: "Exports", exact: true })).toBeVisible();

    const csv = await exportOrders(page, "CSV");
    const xlsx = await exportOrders(page, "XLSX");
    await page.screenshot({ path: "test-results/exports.png", fullPage: true });

    const { rows: orders } = await db.query<{ total_minor: number; buyer_name: string }>(
      `SELECT total_minor, buyer_name FROM "order" WHERE event_id = $1`,
      [event],
    );
    const total = orders.reduce((a, o) => a + o.total_minor, 0);

    expect(csv.name).toMatch(new RegExp(`^orders-${shop.eventSlug}-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
    const lines = csv.bytes
      .toString("utf8")
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    const header = lines[0]!.split(",").map((h) => h.replace(/"/g, ""));
    const at = header.indexOf("Total (minor units)");
    expect(lines.slice(1)).toHaveLength(orders.length);
    // Buyer names carry no commas here, so a plain split reads the fields.
    const cells = lines.slice(1).map((l) => l.split(","));
    expect(cells.reduce((a, c) => a + Number(c[at]), 0)).toBe(total);
    expect(lines.some((l) => l.includes(`"'${FORMULA_NAME}"`))).toBe(true);

    expect(xlsx.name).toMatch(/\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    const totals: number[] = [];
    const buyers: ExcelJS.Cell[] = [];
    sheet.eachRow((row, n) => {
      if (n === 1) return;
      totals.push(row.getCell(at + 1).value as number);
      buyers.push(row.getCell(header.indexOf("Buyer") + 1));
    });
    expect(totals.reduce((a, b) => a + b, 0)).toBe(total);
    const formula = buyers.find((c) => c.value === FORMULA_NAME)!;
    expect(formula.type).toBe(ExcelJS.ValueType.String);

    await auditExplorer(page, db);
  } finally {
    await db.end();
  }
});

/** From an order to its history in the audit explorer, narrowed to its payment; odd addresses never fail. */
async function auditExplorer(page: Page, db: pg.Client) {
  const order = (
    await db.query(
      `SELECT id, reference FROM "order" WHERE buyer_name = 'Ada Export' ORDER BY created_at DESC`,
    )
  ).rows[0] as { id: string; reference: string };
  await page.goto(`/studio/${brand.slug}/orders/${order.id}`);
  await page.getByTestId("order-audit").click();
  await expect(page.getByRole("heading", { name: `History of order ${order.reference}` })).toBeVisible();
  const rows = page.getByTestId("audit-list").locator("tbody tr");
  await expect(rows.filter({ hasText: "Order placed, waiting for payment" })).toHaveCount(1);
  await expect(rows.filter({ hasText: "Order paid" })).toHaveCount(1);

  await page.getByLabel("What happened").selectOption({ label: "Order paid" });
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/type=OrderPaid/);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toHaveAttribute("data-audit-type", "OrderPaid");
  await page.screenshot({ path: "test-results/audit-explorer.png", fullPage: true });

  const explorer = `/studio/${brand.slug}/insights/audit`;
  // Another brand's (or no) order: the not-found page — inside a 200, as the loading state has streamed.
  await page.goto(`${explorer}?stream=order&id=ord_not_ours`);
  await expect(page.getByRole("heading", { name: "We could not find that page." })).toBeVisible();
  await expect(page.getByTestId("audit-list")).toHaveCount(0);
  expect((await page.request.get(`${explorer}?stream=bogus&before=-5&from=2027-02-30`)).status()).toBe(200);
}
