import { describe, expect, it } from "vitest";
import {
  eventTranslationsInput,
  missingTranslations,
  productTranslationsInput,
  storedProductTranslations,
  storedTranslations,
} from "./translations";

describe("an event's translations", () => {
  it("keep only what the organizer typed, trimmed", () => {
    const input = eventTranslationsInput.parse({
      fr: { name: " Nuit d’été ", description: "" },
      de: { name: "", description: "" },
    });
    expect(storedTranslations(input)).toEqual({ fr: { name: "Nuit d’été" } });
  });

  it("say which of the brand's other languages still lack a text", () => {
    const texts = { name: "Summer Night", description: "Music until dawn." };
    expect(missingTranslations(texts, { fr: { name: "Nuit d’été" } }, ["en", "fr", "de"], "en")).toEqual([
      { locale: "fr", fields: ["description"] },
      { locale: "de", fields: ["name", "description"] },
    ]);
    expect(
      missingTranslations({ name: "X", description: "" }, { fr: { name: "Y" } }, ["en", "fr"], "en"),
    ).toEqual([]);
  });
});

describe("a product's translations", () => {
  it("keep its texts per language and the names of its own variants only", () => {
    const input = productTranslationsInput.parse({
      fr: { name: "T-shirt", description: "" },
      variants: [
        { id: "var_m", fr: "Moyen", de: "" },
        { id: "var_other", fr: "Autre" },
      ],
    });
    expect(storedProductTranslations(input, { variantIds: ["var_m", "var_l"] })).toEqual({
      fr: { name: "T-shirt", variants: { var_m: "Moyen" } },
    });
  });
});
