import { describe, expect, it } from "vitest";
import {
  eventTranslationsInput,
  missingProductTranslations,
  missingTranslations,
  productTranslationsInput,
  productWords,
  storedProductTranslations,
  storedTranslations,
  type ProductTexts,
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

describe("a product's choice groups and price phases in other languages", () => {
  const pack = { variantIds: [], groupNames: ["T-shirt size"], phaseNames: ["Early bird", "Standard"] };

  it("are stored per language under their default-language name, for the names the product has", () => {
    // given the form's rows: a group and two phases, one of them gone since the page was opened
    const input = productTranslationsInput.parse({
      groups: [{ name: "T-shirt size", fr: " Taille du t-shirt ", de: "" }],
      phases: [
        { name: "Early bird", fr: "Lève-tôt", de: "Frühbucher" },
        { name: "Last minute", fr: "Dernière minute" },
      ],
    });
    // when they are stored
    const stored = storedProductTranslations(input, pack);
    // then each language holds only what was typed, trimmed, for names the product still has
    expect(stored).toEqual({
      fr: { groups: { "T-shirt size": "Taille du t-shirt" }, phases: { "Early bird": "Lève-tôt" } },
      de: { phases: { "Early bird": "Frühbucher" } },
    });
  });

  it("refuse a name over its limit, too many rows, and a row without its name", () => {
    // given a phase's translation of 61 characters (a phase's name is at most 60)
    const long = { phases: [{ name: "Standard", fr: "x".repeat(61) }] };
    // when parsed, then refused; so are 13 phases (at most 12) and a row whose key is blank
    expect(productTranslationsInput.safeParse(long).success).toBe(false);
    expect(
      productTranslationsInput.safeParse({ phases: [{ name: "Standard", fr: "x".repeat(60) }] }).success,
    ).toBe(true);
    const thirteen = Array.from({ length: 13 }, (_, i) => ({ name: `P${i}`, fr: "x" }));
    expect(productTranslationsInput.safeParse({ phases: thirteen }).success).toBe(false);
    expect(productTranslationsInput.safeParse({ groups: [{ name: " ", fr: "Taille" }] }).success).toBe(false);
    expect(productTranslationsInput.safeParse({ groups: [{ name: "G", fr: "x".repeat(121) }] }).success).toBe(
      false,
    );
  });

  it("are missing in a language until each name the product has is translated", () => {
    // given a pack with a name, a choice and two phases, translated into French but for one phase
    const product = { ...pack, name: "Weekend pack", description: "" };
    const translations: Record<string, ProductTexts> = {
      fr: { name: "Forfait", groups: { "T-shirt size": "Taille" }, phases: { "Early bird": "Lève-tôt" } },
    };
    // when the Studio asks what is missing
    const missing = missingProductTranslations(product, translations, ["en", "fr", "de"], "en");
    // then French lacks its phases, German everything the pack has (not its empty description)
    expect(missing).toEqual([
      { locale: "fr", fields: ["phases"] },
      { locale: "de", fields: ["name", "groups", "phases"] },
    ]);
  });
});

describe("a product's words in a language", () => {
  // given French translations of a product's name, a variant, a choice and a phase
  const texts: Record<string, ProductTexts> = {
    pack: {
      name: "Forfait",
      variants: { var_m: "Moyen" },
      groups: { Size: "Taille" },
      phases: { Standard: "Normal" },
    },
  };
  const w = productWords((id) => texts[id]);

  it("are the organizer's translation where there is one", () => {
    expect(w.name("pack", "Pack")).toBe("Forfait");
    expect(w.variant("pack", "var_m", "M")).toBe("Moyen");
    expect(w.group("pack", "Size")).toBe("Taille");
    expect(w.phase("pack", "Standard")).toBe("Normal");
  });

  it("fall back to the text given (the default language's, or the name as bought)", () => {
    expect(w.name("other", "T-shirt")).toBe("T-shirt");
    expect(w.description("pack", "Two days")).toBe("Two days");
    expect(w.variant("pack", "var_l", "L")).toBe("L");
    expect(w.variant("pack", null, null)).toBeNull();
    expect(w.group("pack", "Colour")).toBe("Colour");
    expect(w.phase("pack", "Early bird")).toBe("Early bird");
    // a "sum" bundle's quote part has no phase: nothing to name
    expect(w.phase("pack", "")).toBe("");
  });
});
