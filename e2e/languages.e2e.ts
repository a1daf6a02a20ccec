// A shop in its brand's languages (issue 16, docs/adr/0033, 0039): a French fan reads the shop, the
// organizer's translated event, ticket, price phase and bundle choice, euros as the French write
// them, the accessibility statement, their e-mail (with the brand's French footer) and their PDF
// ticket in French; a German browser gets German without asking; a text nobody translated shows in
// the brand's default language, never as a key.
import { inflateSync } from "node:zlib";
import pg from "pg";
import { test, expect, type Page } from "./lib/test";
import { seed } from "./lib/seed";
import { signIn } from "./lib/accounts";

const run = Date.now().toString(36);
const brand = { name: `Trois Langues ${run}`, slug: `trois-langues-${run}` };
const organizer = { name: "Odile", email: `odile-${run}@example.com`, password: "correct-horse-battery" };
const fan = { name: "Fanny Fan", email: `fanny-${run}@example.com` };

/** Intl writes `65,00 €` with a narrow no-break space: compared with plain spaces. */
const spaced = (s: string | null) => (s ?? "").replace(/[\u00a0\u202f]/g, " ");

/** The text a PDFKit document shows: its (deflated) content streams' strings, WinAnsi-decoded. */
function pdfText(pdf: Buffer): string {
  const raw = pdf.toString("latin1");
  const out: string[] = [];
  for (const m of raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    let content: string;
    try {
      content = inflateSync(Buffer.from(m[1]!, "latin1")).toString("latin1");
    } catch {
      continue; // an image, not text
    }
    for (const tj of content.matchAll(/\[([^\]]*)\]\s*TJ/g))
      out.push(
        [...tj[1]!.matchAll(/<([0-9a-fA-F]*)>/g)]
          .map((h) => Buffer.from(h[1]!, "hex").toString("latin1"))
          .join(""),
      );
  }
  return out.join("\n");
}

async function mailTo(to: string): Promise<{ subject: string; text: string }> {
  const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  try {
    const rows = await db.query(
      'SELECT subject, text FROM mail_message WHERE "to" = $1 ORDER BY created_at DESC LIMIT 1',
      [to],
    );
    return rows.rows[0] as { subject: string; text: string };
  } finally {
    await db.end();
  }
}

test.describe.configure({ mode: "serial" });

let shopUrl = "";
let eventId = "";
let productId = "";
test.beforeAll(async () => {
  const made = await seed<{ eventId: string; eventSlug: string; productId: string }>("languageShop", {
    ...organizer,
    brand,
  });
  shopUrl = `/s/${brand.slug}/${made.eventSlug}`;
  eventId = made.eventId;
  productId = made.productId;
});

async function buyOne(page: Page) {
  await page.getByLabel("Quantité de Entrée").fill("1");
  await expect.poll(async () => spaced(await page.getByTestId("quote-total").textContent())).toBe("65,00 €");
  await page.getByRole("button", { name: "Réserver les billets" }).click();
  await expect(page.getByTestId("hold-status")).toContainText("Réservé pour vous pendant");
  // The domain's refusals come back in French too, each at its field.
  await page.getByLabel(/^E-mail/).fill("pas-une-adresse");
  await page.getByRole("button", { name: "Continuer vers le paiement" }).click();
  await expect(page.getByLabel("Votre nom")).toHaveAccessibleDescription("Saisissez votre nom");
  await expect(page.getByLabel(/^E-mail/)).toHaveAccessibleDescription(/Saisissez une adresse e-mail valide/);
  await page.getByLabel("Votre nom").fill(fan.name);
  await page.getByLabel(/^E-mail/).fill(fan.email);
  await page.getByRole("button", { name: "Continuer vers le paiement" }).click();
  // The TEST MODE page, Stripe's stand-in, in the order's language and still labelled as a test.
  await expect(page.getByText("TEST MODE")).toBeVisible();
  await expect(page.getByLabel("Numéro de carte")).toBeVisible();
  await page.screenshot({ path: "test-results/pay-french.png", fullPage: true });
  await page.getByRole("button", { name: /^Payer / }).click();
}

test("a French fan reads the shop, pays, and gets a French order page, e-mail and PDF ticket", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto(`${shopUrl}?lang=fr`);
  await expect(page.getByRole("heading", { level: 1, name: "Nuit d’été" })).toBeVisible();
  await expect(page.getByText("De la musique jusqu’à l’aube.")).toBeVisible();
  await expect(page.getByTestId("event-dates")).toContainText(
    "samedi 21 juin 2031 · 21:00–03:00 (le lendemain)",
  );
  expect(await page.evaluate(() => document.documentElement.lang)).toBe("fr");
  // The switcher: a labelled list of links, the current language marked.
  const switcher = page.getByRole("navigation", { name: "Langue" });
  await expect(switcher.getByRole("link", { name: "Français" })).toHaveAttribute("aria-current", "true");
  await expect(switcher.getByRole("link", { name: "Deutsch" })).toHaveAttribute("href", /lang=de/);
  await page.getByLabel("Quantité de Entrée").fill("1");
  await expect.poll(async () => spaced(await page.getByTestId("quote-total").textContent())).toBe("65,00 €");
  await expect(page.getByTestId("quote")).toContainText("1 × Entrée");
  // The price phase and the bundle's choice, as the organizer translated them.
  await expect(page.getByTestId("quote")).toContainText("(Tarif normal)");
  await expect(page.getByTestId("quote")).not.toContainText("Standard");
  const pack = page.getByRole("article", { name: "Pack soirée" });
  await expect(pack.getByTestId("bundle-contents")).toContainText("Taille du t-shirt au choix");
  await expect(pack.getByRole("group", { name: "Choisissez Taille du t-shirt" })).toBeVisible();
  await page.screenshot({ path: "test-results/shop-french.png", fullPage: true });

  // The accessibility statement: Marquee's template, in French, in the brand's name.
  await page.getByRole("link", { name: "Accessibilité" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Déclaration d’accessibilité" })).toBeVisible();
  await expect(page.getByTestId("accessibility-statement")).toContainText(
    `${brand.name} veut que chacun puisse acheter ses billets dans cette boutique.`,
  );

  // The choice is kept: the same address without ?lang= is still French.
  await page.goto(shopUrl);
  await expect(page.getByRole("heading", { level: 1, name: "Nuit d’été" })).toBeVisible();
  await buyOne(page);

  await expect(page.getByRole("heading", { name: `Merci, ${fan.name} !` })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId("order-event")).toContainText("Nuit d’été");
  await expect(page.getByTestId("ticket")).toHaveCount(1, { timeout: 30_000 });
  await expect(page.getByTestId("ticket").first()).toContainText("Billet 1 sur 1");
  const reference = (await page.getByTestId("order-reference").textContent())!.trim();

  // The e-mail about the order is in the order's language.
  await expect
    .poll(async () => (await mailTo(fan.email))?.subject, { timeout: 30_000 })
    .toBe(`Vos billets pour Nuit d’été — ${reference}`);
  const mail = await mailTo(fan.email);
  expect(spaced(mail.text)).toContain(`Merci pour votre commande ${reference} (65,00 €).`);
  expect(mail.text).toContain("samedi 21 juin 2031");
  expect(mail.text).toContain("Ouvrez votre commande à tout moment");
  // The ticket is named in French: the order keeps "Entry", as bought.
  expect(mail.text).toMatch(/^- Entrée: /m);
  // It ends with the brand's footer, as the organizer translated it.
  expect(mail.text).toMatch(/\n-- \nTrois Langues SARL\n12 rue du Port, Paris$/);
  await expect(page.getByTestId("ticket").first()).toContainText("Entrée");

  // So is the PDF.
  const pdfHref = await page
    .getByRole("link", { name: "Télécharger vos billets (PDF)" })
    .getAttribute("href");
  const pdf = await page.request.get(new URL(pdfHref!, page.url()).toString());
  expect(pdf.status()).toBe(200);
  const text = pdfText(await pdf.body());
  expect(text).toContain("Nuit d’été".replace("’", "\u0092")); // WinAnsi's right single quote
  expect(text).toContain(`Commande ${reference}`);
  expect(text).toContain("billet 1 sur 1");
  expect(text).toContain("Entrée");
  expect(text).not.toContain("Entry");
});

test("a German browser gets German without asking, and the untranslated event name in English", async ({
  browser,
}) => {
  const context = await browser.newContext({ locale: "de-DE" });
  const page = await context.newPage();
  await page.goto(shopUrl);
  // Nobody translated the event into German: its English name, never a key.
  await expect(page.getByRole("heading", { level: 1, name: "Summer Night" })).toBeVisible();
  await expect(page.getByText("Music until dawn.")).toBeVisible();
  await expect(page.getByText("Wählen Sie oben Ihre Tickets.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Barrierefreiheit" })).toBeVisible();
  await page.getByLabel("Anzahl Entry").fill("2");
  await expect.poll(async () => spaced(await page.getByTestId("quote-total").textContent())).toBe("130,00 €");
  await expect(page.getByRole("button", { name: "Tickets reservieren" })).toBeVisible();
  await context.close();
});

test("a browser asking for a language the brand does not offer gets the brand's default", async ({
  browser,
}) => {
  const context = await browser.newContext({ locale: "es-ES" });
  const page = await context.newPage();
  await page.goto(shopUrl);
  await expect(page.getByRole("heading", { level: 1, name: "Summer Night" })).toBeVisible();
  await page.getByLabel("Quantity of Entry").fill("1");
  await expect(page.getByTestId("quote-total")).toHaveText("€65.00");
  // The other languages' internal paths are the proxy's alone (docs/adr/0040): never a page from outside.
  const internal = await context.request.get(`/in/fr${shopUrl}`);
  expect(internal.status()).toBe(404);
  await context.close();
});

test("the organizer sees which translations are missing, adds the German name, and German fans read it", async ({
  page,
  browser,
}) => {
  await signIn(page, organizer);
  await page.goto(`/studio/${brand.slug}/settings`);
  const languages = page.getByTestId("shop-languages");
  for (const name of ["English", "Français", "Deutsch"])
    await expect(languages.getByRole("checkbox", { name })).toBeChecked();
  await expect(page.getByLabel("Default language")).toHaveValue("en");
  // The e-mail footer: English and French written, German missing until the organizer adds it.
  await expect(page.getByLabel("Footer (English)")).toHaveValue("Trois Langues Ltd\n12 Harbour Road");
  await expect(page.getByTestId("missing-mailFooter")).toHaveText(
    "Not translated yet into: Deutsch. Fans reading those languages see your default language's text.",
  );
  await page.getByLabel("Footer (Deutsch)").fill("Trois Langues GmbH\nHafenstraße 12");
  await page.getByRole("button", { name: "Save e-mail footer" }).click();
  await expect(page.getByText("Saved. Your fans' next e-mails end with this footer.")).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("missing-mailFooter")).toHaveCount(0);
  await expect(page.getByLabel("Footer (Deutsch)")).toHaveValue("Trois Langues GmbH\nHafenstraße 12");
  await page.screenshot({ path: "test-results/settings-footer.png", fullPage: true });

  await page.goto(`/studio/${brand.slug}/events/${eventId}/edit`);
  await expect(page.getByTestId("missing-translations")).toHaveText("Missing: Deutsch (name, description).");
  await page.getByLabel("Name (Deutsch)").fill("Sommernacht");
  await page.getByRole("button", { name: "Save translations" }).click();
  await expect(page.getByText("Saved. Fans read these texts in their language.")).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("missing-translations")).toHaveText("Missing: Deutsch (description).");

  // Chromium says its locale in Accept-Language.
  // The ticket's name too, on its product page.
  await page.goto(`/studio/${brand.slug}/events/${eventId}/products/${productId}`);
  const missing = page.getByTestId("missing-product-translations");
  await expect(missing).toHaveText("Missing: Deutsch (name, price phases).");
  await expect(page.getByLabel("Name (Français)")).toHaveValue("Entrée");
  await expect(page.getByLabel("Price phase “Standard” (Français)")).toHaveValue("Tarif normal");
  await page.getByLabel("Name (Deutsch)").fill("Eintritt");
  await page.getByRole("button", { name: "Save translations" }).click();
  await expect(page.getByText("Saved. Fans read these texts in their language.")).toBeVisible();
  await page.reload();
  await expect(missing).toHaveText("Missing: Deutsch (price phases).");
  await page.screenshot({ path: "test-results/product-translations.png", fullPage: true });

  const context = await browser.newContext({ locale: "de" });
  const fanPage = await context.newPage();
  // The event page is served from the cache (one copy per language); saving purged it.
  await expect(async () => {
    await fanPage.goto(shopUrl);
    await expect(fanPage.getByRole("heading", { level: 1, name: "Sommernacht" })).toBeVisible({
      timeout: 1000,
    });
  }).toPass({ timeout: 15_000 });
  // The description nobody translated: in English, the default.
  await expect(fanPage.getByText("Music until dawn.")).toBeVisible();
  await expect(fanPage.getByLabel("Anzahl Eintritt")).toBeVisible();
  await context.close();
});
