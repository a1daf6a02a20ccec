// A context's English message reaches a Studio form in the Studio's language (docs/adr/0035): every
// message the schemas behind the Studio's forms can answer with is in the catalogue
// (`studio/common` "domain"), so a new English message without its French and German fails here.
// The messages are read from the real schemas, by parsing input they refuse.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import * as checkout from "@/server/checkout";
import * as distribution from "@/server/distribution";
import * as fulfillment from "@/server/fulfillment";
import * as inventory from "@/server/inventory";
import * as offering from "@/server/offering";
import * as pricing from "@/server/pricing";
import { DomainError } from "@/server/platform/errors";
import { inStudioWords } from "@/server/api/studio-errors";
import { formProblems, readForm } from "./form";

const ZONE = "Europe/Berlin";
/** The schemas behind the Studio's forms whose messages the catalogue covers, by context. */
const SCHEMAS: Record<string, z.ZodType> = {
  "offering.eventInput": offering.eventInput,
  "offering.eventDetailsInput": offering.eventDetailsInput,
  "offering.ticketTypeInput": offering.ticketTypeInput,
  "offering.productFields": offering.productFields,
  "offering.productInput": offering.productInput(ZONE),
  "offering.productDetailsInput": offering.productDetailsInput(ZONE),
  "offering.variantInput": offering.variantInput,
  "offering.bundleInput": offering.bundleInput,
  "offering.eventTranslationsInput": offering.eventTranslationsInput,
  "offering.productTranslationsInput": offering.productTranslationsInput,
  "offering.capacityInput": offering.capacityInput,
  "offering.stockInput": offering.stockInput,
  "offering.poolIdInput": offering.poolIdInput,
  "pricing.phaseRowsInput": pricing.phaseRowsInput,
  "pricing.bundlePricingChoice": pricing.bundlePricingChoice,
  "pricing.promoInput": pricing.promoInput,
  "pricing.promoForm": pricing.promoForm,
  "inventory.poolInput": inventory.poolInput,
  "inventory.drawInput": inventory.drawInput,
  "inventory.drawUnits": inventory.drawUnits,
  "distribution.brandInput": distribution.brandInput,
  "distribution.accessibilityStatementInput": distribution.accessibilityStatementInput,
  "distribution.mailFooterInput": distribution.mailFooterInput,
  "checkout.boxOfficeSaleInput": checkout.boxOfficeSaleInput,
  "checkout.refundPolicyInput": checkout.refundPolicyInput,
  "fulfillment.shipInput": fulfillment.shipInput,
  "fulfillment.itemsInput": fulfillment.itemsInput,
};

/** Values a form field may wrongly hold: blank, negative, fractional, huge, not a number, … */
const WRONG: unknown[] = [
  undefined,
  null,
  "",
  " ",
  "-1",
  "0",
  "1.234",
  "abc",
  "x".repeat(5_000),
  "1e12",
  -1,
  0,
  1.5,
  1e12,
  "Nowhere/Atlantis",
  "#12",
  "not-a-date",
  true,
  [],
  [{}],
  "a\0b",
  "ADMIN",
  "x",
];

/** The schema under wrappers: the object, array or value it reads. */
function core(schema: z.ZodType): z.ZodType {
  let s = schema;
  for (let i = 0; i < 10; i++) {
    if (s instanceof z.ZodOptional || s instanceof z.ZodNullable || s instanceof z.ZodDefault)
      s = s.unwrap() as z.ZodType;
    else if (s instanceof z.ZodPipe) s = (s.in instanceof z.ZodTransform ? s.out : s.in) as z.ZodType;
    else return s;
  }
  return s;
}

/** An input shaped like `schema` wants, every leaf `value` (and a row list of one such row). */
function shaped(schema: z.ZodType, value: unknown): unknown {
  const s = core(schema);
  if (s instanceof z.ZodObject)
    return Object.fromEntries(
      Object.entries(s.shape as Record<string, z.ZodType>).map(([k, f]) => [k, shaped(f, value)]),
    );
  if (s instanceof z.ZodArray) return Array.isArray(value) ? value : [shaped(s.element as z.ZodType, value)];
  return value;
}

const ZOD_OWN = "<zod's own words>";
/** Every message the schema itself words (not zod's defaults) for the wrong inputs. */
function messagesOf(schema: z.ZodType): Set<string> {
  const found = new Set<string>();
  for (const value of WRONG) {
    for (const input of [shaped(schema, value), value]) {
      const parsed = schema.safeParse(input, { error: () => ZOD_OWN });
      if (parsed.success) continue;
      for (const issue of parsed.error.issues) if (issue.message !== ZOD_OWN) found.add(issue.message);
    }
  }
  return found;
}

describe("a context's message in the Studio's language", () => {
  it("is said in French and German, its arguments kept; English and unknown ones stay", () => {
    const tooLong = offering.eventTranslationsInput.safeParse({ en: { name: "x".repeat(500) } });
    const message = tooLong.error!.issues[0]!.message; // "Keep this under 120 characters"
    expect(message).toMatch(/^Keep this under \d+ characters$/);
    const max = /\d+/.exec(message)![0];
    expect(inStudioWords(message, "fr")).toBe(`Ne dépassez pas ${max} caractères`);
    expect(inStudioWords(message, "de")).toBe(`Bleiben Sie unter ${max} Zeichen`);
    expect(inStudioWords("Capacity cannot be negative", "de")).toBe("Die Kapazität kann nicht negativ sein");
    expect(inStudioWords("The code SUMMER exists already", "fr")).toBe("Le code SUMMER existe déjà");
    expect(inStudioWords("Enter the stock of this variant", "fr")).toBe(
      "Saisissez le stock de cette variante",
    );
    expect(inStudioWords("Name the product", "en")).toBe("Name the product");
    expect(inStudioWords("Something nobody listed", "fr")).toBe("Something nobody listed");
  });

  it("reaches a form read by a context's schema, and a domain error's fields", () => {
    const fd = new FormData();
    fd.set("name", "");
    const read = readForm(fd, z.object({ name: z.string().min(1, "Name the product") }), undefined, "fr");
    expect(read).toEqual({ ok: false, error: "Nommez le produit", fields: { name: "Nommez le produit" } });
    const refused = new DomainError("Conflict", "This product already draws from this pool.", {});
    expect(formProblems([{ message: refused.message }], undefined, "de")).toEqual({
      error: "Dieses Produkt schöpft bereits aus diesem Kontingent.",
    });
  });
});

describe.each(Object.entries(SCHEMAS))("the messages of %s", (_, schema) => {
  it("are each in the Studio's catalogue, in French and German", () => {
    const messages = [...messagesOf(schema)];
    expect(messages.length, "no message found: the probe no longer reaches this schema").toBeGreaterThan(0);
    for (const lang of ["fr", "de"] as const)
      expect(
        messages.filter((m) => inStudioWords(m, lang) === m),
        `not in studio/common "domain" (${lang})`,
      ).toEqual([]);
  });
});
