// The Studio in its reader's language (issue 16, docs/adr/0035): an organizer switches to French
// with the header's switcher (by keyboard), reads the sidebar, settings and team in French, gets
// the form's own refusal in French at its field, and switches back; a German browser without a
// choice gets German. The pages are photographed in both languages to look at.
import { test, expect, checkA11y, type Page } from "./lib/test";
import { seed } from "./lib/seed";
import { signIn } from "./lib/accounts";

const run = Date.now().toString(36);
const brand = { name: `Studio Langues ${run}`, slug: `studio-langues-${run}` };
const organizer = { name: "Olga", email: `olga-${run}@example.com`, password: "correct-horse-battery" };

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  await seed("organizer", { ...organizer, brand });
});

async function photograph(page: Page, name: string) {
  await page.screenshot({ path: `test-results/studio-${name}.png`, fullPage: true });
}

test("an organizer switches the Studio to French, works in it, and switches back", async ({ page }) => {
  await signIn(page, organizer);
  await page.goto(`/studio/${brand.slug}/settings`);
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();

  // The switcher by keyboard: the list, the next language, the button.
  const language = page.getByLabel("Language", { exact: true });
  await language.focus();
  await page.keyboard.press("ArrowDown");
  await expect(language).toHaveValue("fr");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Apply" })).toBeFocused();
  await page.keyboard.press("Enter");

  await expect(page.getByRole("heading", { level: 1, name: "Paramètres" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByLabel("Langue", { exact: true })).toHaveValue("fr");
  const sidebar = page.getByRole("navigation", { name: "Marque" });
  for (const area of ["Événements", "Commandes", "Équipe", "Thème", "Paramètres"])
    await expect(sidebar.getByRole("link", { name: area, exact: true })).toBeVisible();
  await expect(sidebar.getByRole("link", { name: "Paramètres" })).toHaveAttribute("aria-current", "page");

  // The settings page's words, and its date in French.
  await expect(page.getByRole("heading", { name: "Politique de remboursement" })).toBeVisible();
  await expect(page.getByLabel("Les fans peuvent se faire rembourser en ligne")).toBeVisible();
  await expect(page.getByText(/revu pour la dernière fois le \d{1,2} [a-zéû]+ \d{4}\./)).toBeVisible();
  await expect(page.getByLabel("Langue par défaut")).toHaveValue("en");
  await expect(page.getByRole("button", { name: "Enregistrer les langues" })).toBeVisible();
  await photograph(page, "settings-fr");

  // The team, reached by the French sidebar.
  await sidebar.getByRole("link", { name: "Équipe" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Équipe" })).toBeVisible();
  const members = page.getByRole("list", { name: "Membres" });
  await expect(members.getByText("vous", { exact: true })).toBeVisible();
  await expect(members.getByText(/depuis le \d{1,2} [a-zéû.]+ \d{4}/)).toBeVisible();
  await expect(page.getByRole("radio", { name: /^Gestionnaire — / })).toBeChecked();

  // The form's own refusal, in French, at its field (nothing was sent to anyone).
  const email = page.getByLabel("E-mail", { exact: true });
  await email.fill(`${"x".repeat(250)}@example.com`);
  await page.getByRole("button", { name: "Envoyer l’invitation" }).click();
  await expect(email).toHaveAccessibleDescription("Ne dépassez pas 254 caractères");
  await expect(email).toHaveAttribute("aria-invalid", "true");
  await checkA11y(page, "a French refusal at its field");
  await photograph(page, "team-fr");

  await page.goto(`/studio/${brand.slug}/theme`);
  await expect(page.getByRole("heading", { level: 1, name: "Thème" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Enregistrer le thème" })).toBeVisible();
  await photograph(page, "theme-fr");

  // Back to English, by mouse this time.
  await page.getByLabel("Langue", { exact: true }).selectOption("en");
  await page.getByRole("button", { name: "Appliquer" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Theme" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(
    page.getByRole("navigation", { name: "Brand" }).getByRole("link", { name: "Team" }),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: "Save theme" })).toBeVisible();
});

test("a German browser without a choice gets the Studio in German", async ({ browser }) => {
  const context = await browser.newContext({ locale: "de-DE" });
  const page = await context.newPage();
  await page.goto("/studio/sign-in");
  await expect(page.getByRole("heading", { level: 1, name: "Im Studio anmelden" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await page.getByLabel("E-Mail", { exact: true }).fill(organizer.email);
  await page.getByLabel("Passwort", { exact: true }).fill(organizer.password);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ihre Marken" })).toBeVisible();
  await expect(page.getByText(`Angemeldet als ${organizer.email}`)).toBeVisible();

  await page.getByRole("link", { name: new RegExp(brand.name) }).click();
  const sidebar = page.getByRole("navigation", { name: "Marke" });
  await sidebar.getByRole("link", { name: "Einstellungen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Einstellungen" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Erstattungsrichtlinie" })).toBeVisible();
  await expect(page.getByText(/zuletzt geprüft am \d{1,2}\. [A-Za-zä]+ \d{4}\./)).toBeVisible();
  await photograph(page, "settings-de");

  await sidebar.getByRole("link", { name: "Team" }).click();
  await expect(page.getByRole("heading", { name: "Jemanden einladen" })).toBeVisible();
  await expect(
    page.getByRole("list", { name: "Mitglieder" }).getByText("Sie", { exact: true }),
  ).toBeVisible();
  await photograph(page, "team-de");

  await sidebar.getByRole("link", { name: "Design" }).click();
  await expect(page.getByRole("button", { name: "Design speichern" })).toBeVisible();
  await photograph(page, "theme-de");

  // Nobody chose: the browser's language was enough, and nothing was kept.
  expect((await context.cookies()).some((c) => c.name === "mq_lang")).toBe(false);
  await context.close();
});
