// What a journey needs before it starts, made through the app's own commands (as the seed
// and the integration fixtures do) rather than through the Studio's forms, which other journeys
// already walk: `npx tsx e2e/lib/recipes.ts <recipe> '<json>'` prints the result as JSON on its
// last line; `--serve <port>` answers them over HTTP for a whole run (e2e/lib/seed.ts asks it).
// DATABASE_URL is the e2e run's database.
import { createServer } from "node:http";
import { createVerifiedAccount } from "@/server/platform/accounts";
import * as distribution from "@/server/distribution";
import * as offering from "@/server/offering";
import { translateProduct } from "@/server/workflows";
import { createBundle, createProduct } from "@/test/edge";
import { loadDevelopmentSecrets } from "../../scripts/lib/secrets";

type Person = { name: string; email: string; password: string };

/** A verified organizer account; with `brand`, the owner of that new brand. */
async function organizer(p: Person & { brand?: { name: string; slug: string } }) {
  const user = await createVerifiedAccount(p, new Date());
  const actor = { kind: "user" as const, id: user.id, label: user.email };
  const brand = p.brand
    ? await distribution.createBrand(actor, { ...p.brand, primaryColor: "#0f766e" })
    : null;
  return { user, actor, brand };
}

/**
 * Tonight's club night in `timeZone`, published: Floor (€15 early bird for the first 10, then
 * €20; 7 % tax; 50 places), Parking (€5; 20 places) and a Night pack of one of each.
 */
async function insightNight(
  p: Person & { brand: { name: string; slug: string }; timeZone: string; today: string; tomorrow: string },
) {
  const { actor, brand } = await organizer(p);
  const { id: eventId } = await offering.createEvent(actor, brand!.id, {
    name: "Insight Night",
    venue: "Harbour Club",
    description: "",
    timeZone: p.timeZone,
    startsAt: `${p.today}T00:01`,
    endsAt: `${p.tomorrow}T04:00`,
  });
  const floor = await createProduct(actor, brand!, eventId, {
    kind: "ticket",
    name: "Floor",
    taxRate: 7,
    capacity: 50,
    phases: [
      { name: "Early bird", price: "15", endsAfterSold: "10" },
      { name: "Regular", price: "20" },
    ],
  });
  const parking = await createProduct(actor, brand!, eventId, {
    kind: "ticket",
    name: "Parking",
    taxRate: 0,
    capacity: 20,
    price: "5",
  });
  await createBundle(actor, brand!, eventId, {
    name: "Night pack",
    components: [
      { productId: floor.productId, quantity: 1 },
      { productId: parking.productId, quantity: 1 },
    ],
  });
  await offering.publishEvent(actor, brand!.id, eventId, new Date());
  return { eventId };
}

/** Verified accounts, no brand: people a journey then adds to one. */
async function accounts(p: { people: Person[] }) {
  for (const person of p.people) await createVerifiedAccount(person, new Date());
  return { made: p.people.length };
}

/** A published event with one ticket (€12.50, 7 % tax, 100 places) of a new organizer's brand. */
async function ticketShop(p: Person & { brand: { name: string; slug: string } }) {
  const { actor, brand } = await organizer(p);
  const event = await offering.createEvent(actor, brand!.id, {
    name: "Export Night",
    venue: "Hall",
    description: "",
    timeZone: "Europe/Berlin",
    startsAt: "2031-03-01T20:00",
    endsAt: "2031-03-01T23:00",
  });
  const { productId } = await createProduct(actor, brand!, event.id, {
    kind: "ticket",
    name: "Entry",
    taxRate: 7,
    capacity: 100,
    price: "12.50",
  });
  await offering.publishEvent(actor, brand!.id, event.id, new Date());
  return { eventId: event.id, eventSlug: event.slug, productId };
}

/**
 * A brand that speaks English (its default), French and German, with one published event: its
 * name and description translated into French only (German falls back to English), one ticket
 * at €65 (no tax), "Entrée" in French with its price phase "Standard" as "Tarif normal", a T-shirt
 * (S, M) and a Night pack of the ticket and a T-shirt of the fan's size ("Pack soirée", its
 * choice "T-shirt size" as "Taille du t-shirt").
 */
async function languageShop(p: Person & { brand: { name: string; slug: string } }) {
  const { actor, brand } = await organizer(p);
  await distribution.setShopLanguages(actor, brand!.id, {
    languages: ["en", "fr", "de"],
    defaultLanguage: "en",
  });
  // The e-mail footer in English and French; German is left for the organizer.
  await distribution.setMailFooter(actor, brand!.id, {
    mailFooter: "Trois Langues Ltd\n12 Harbour Road",
    fr: { mailFooter: "Trois Langues SARL\n12 rue du Port, Paris" },
  });
  const event = await offering.createEvent(actor, brand!.id, {
    name: "Summer Night",
    venue: "Le Trianon, Paris",
    description: "Music until dawn.",
    timeZone: "Europe/Paris",
    startsAt: "2031-06-21T21:00",
    endsAt: "2031-06-22T03:00",
  });
  await offering.translateEvent(actor, brand!.id, event.id, {
    fr: { name: "Nuit d’été", description: "De la musique jusqu’à l’aube." },
  });
  const { productId } = await createProduct(actor, brand!, event.id, {
    kind: "ticket",
    name: "Entry",
    taxRate: 0,
    capacity: 100,
    price: "65",
  });
  await translateProduct(actor, brand!.id, event.id, productId, {
    fr: { name: "Entrée" },
    phases: [{ name: "Standard", fr: "Tarif normal" }],
  });
  const shirt = await createProduct(actor, brand!, event.id, {
    kind: "merch",
    name: "T-shirt",
    taxRate: 0,
    variants: ["S", "M"].map((size) => ({ name: size, sku: `TEE-${size}` })),
    stock: [10, 10],
    phases: [{ price: "20" }],
  });
  const sizes = (await offering.studioEvent(brand!.id, event.id)).products
    .find((p) => p.id === shirt.productId)!
    .variants.map((v) => v.id);
  const pack = await createBundle(actor, brand!, event.id, {
    name: "Night pack",
    taxRate: 0,
    components: [
      { productId, quantity: 1 },
      ...sizes.map((variantId) => ({
        productId: shirt.productId,
        variantId,
        quantity: 1,
        group: "T-shirt size",
      })),
    ],
    pricing: { mode: "sum", discountKind: "none" },
  });
  await translateProduct(actor, brand!.id, event.id, pack.productId, {
    fr: { name: "Pack soirée" },
    groups: [{ name: "T-shirt size", fr: "Taille du t-shirt" }],
  });
  await offering.publishEvent(actor, brand!.id, event.id, new Date());
  return { eventId: event.id, eventSlug: event.slug, productId };
}

const RECIPES = { accounts, organizer, insightNight, ticketShop, languageShop } as const;

/** One recipe by name, with its input as JSON. */
async function cook(name: string, input: unknown): Promise<unknown> {
  const recipe = RECIPES[name as keyof typeof RECIPES];
  if (!recipe) throw new Error(`No recipe ${name}; there are ${Object.keys(RECIPES).join(", ")}`);
  return recipe(input as never);
}

/**
 * `--serve <port>`: the recipes for a whole e2e run from one process (playwright.config.ts starts it
 * beside the app). Each journey that ran its own process paid about 8 s to load the server's code.
 * POST /<recipe> with the input as the body answers the result; GET /ready says it is up.
 */
function serve(port: number) {
  createServer(async (req, res) => {
    const answer = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    if (req.method === "GET" && req.url === "/ready") return answer(200, { ready: true });
    if (req.method !== "POST") return answer(405, { error: "POST /<recipe>" });
    let body = "";
    for await (const chunk of req) body += chunk;
    try {
      answer(200, await cook((req.url ?? "/").slice(1), JSON.parse(body || "{}")));
    } catch (e) {
      answer(500, { error: e instanceof Error ? e.stack : String(e) });
    }
  }).listen(port, "127.0.0.1");
}

async function main() {
  loadDevelopmentSecrets(() => {}); // the app's own, as npm start keeps them
  const [name, json] = process.argv.slice(2);
  if (name === "--serve") return serve(Number(json));
  console.log(JSON.stringify(await cook(name ?? "", JSON.parse(json ?? "{}"))));
  process.exit(0); // the database pool would keep the process alive
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
