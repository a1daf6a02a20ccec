// An owner finds a step that kept failing on the brand's System page and retries it (issue 11,
// finding 5; docs/adr/0015). Another brand's parked event is never shown.
import pg from "pg";
import { test, expect } from "./lib/test";

test("an owner sees what kept failing, in words, and retries it", async ({ page }) => {
  const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  try {
    const brand = (await db.query("SELECT id FROM brand WHERE slug = 'demo'")).rows[0].id as string;
    const last = await db.query("SELECT position, stream_id, type FROM event_log ORDER BY 1 DESC LIMIT 1");
    const latest = last.rows[0] as { position: string; stream_id: string; type: string };
    const park = (subscriber: string, stream: string, type: string, brandId: string, error: string) =>
      db.query(
        `INSERT INTO held_delivery (subscriber, position, stream_id, event_type, brand_id, status, attempts,
           last_error, failed_at, parked_at)
         VALUES ($1, $2, $3, $4, $5, 'parked', 5, $6, now(), now())`,
        [subscriber, latest.position, stream, type, brandId, error],
      );
    const away = "Error: the audit store was away";
    await park("projection:audit-trail", latest.stream_id, latest.type, brand, away);
    const elsewhere = ["order-elsewhere", "ItemsShipped", "brd_elsewhere"] as const;
    await park("mail:items-shipped", ...elsewhere, "Error: another brand's secret");

    await page.goto("/studio/sign-in");
    await page.getByLabel("E-mail").fill("demo@marquee.local");
    await page.getByLabel("Password").fill("marquee-demo");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { name: "Your brands" })).toBeVisible();
    await page.goto("/studio/demo");
    await page.getByRole("link", { name: "System" }).click();
    await expect(page.getByRole("heading", { name: "System" })).toBeVisible();
    const parked = page.getByTestId("parked-events");
    await expect(parked.getByText("Record it in the audit log")).toBeVisible();
    await expect(parked.getByText("What went wrong: Error: the audit store was away")).toBeVisible();
    await expect(parked.getByText(/5 attempts/)).toBeVisible();
    await expect(page.getByText("another brand's secret")).toHaveCount(0);
    await page.screenshot({ path: "test-results/system-parked.png", fullPage: true });

    // Delivered: it leaves the list (and its form with it).
    await parked.getByRole("button", { name: "Retry" }).click();
    await expect(page.getByText("Nothing set aside")).toBeVisible();
    await page.reload();
    await expect(page.getByText("Nothing set aside")).toBeVisible();
    const left = await db.query("SELECT count(*)::int AS n FROM held_delivery WHERE brand_id = $1", [brand]);
    expect(left.rows[0].n).toBe(0);
  } finally {
    await db.end();
  }
});
