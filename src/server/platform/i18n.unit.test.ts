import { describe, expect, it } from "vitest";
import { acceptedLanguages, brandLanguages, chooseLocale, formatMoneyIn, translated } from "./i18n";

const space = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");

describe("the fan's language", () => {
  const brand = { offered: ["en", "fr"] as ("en" | "fr" | "de")[], fallback: "en" as const };

  it("is the URL's ?lang= first, then the cookie, then Accept-Language, then the brand's default", () => {
    expect(chooseLocale(brand, { param: "fr", cookie: "en", acceptLanguage: "en" })).toBe("fr");
    expect(chooseLocale(brand, { cookie: "fr", acceptLanguage: "en" })).toBe("fr");
    expect(chooseLocale(brand, { acceptLanguage: "fr-CA,fr;q=0.9,en;q=0.5" })).toBe("fr");
    expect(chooseLocale(brand, {})).toBe("en");
  });

  it("is only ever one of the brand's languages", () => {
    expect(chooseLocale(brand, { param: "de", acceptLanguage: "de-DE,de;q=0.9" })).toBe("en");
    expect(chooseLocale(brand, { param: "xx", cookie: "de" })).toBe("en");
    expect(chooseLocale(brand, { acceptLanguage: "de, fr;q=0.8" })).toBe("fr");
    expect(chooseLocale({ offered: ["de", "fr"], fallback: "de" }, { acceptLanguage: "en-GB" })).toBe("de");
  });

  it("survives a malformed header", () => {
    expect(chooseLocale(brand, { acceptLanguage: ";;;q=x, @@" })).toBe("en");
    expect(acceptedLanguages("de;q=0.5, fr, *;q=0.1, en;q=0")).toEqual(["fr", "de"]);
    // A sender's header of any size or shape is read in bounded time, junk dropped.
    const huge = `${"x-<script>, ".repeat(20_000)}fr`;
    expect(acceptedLanguages(huge)).toEqual([]);
    expect(acceptedLanguages(Array.from({ length: 200 }, () => "de").join(","))).toHaveLength(20);
  });
});

describe("a brand's languages", () => {
  it("keep shipped codes, and a default that is one of them", () => {
    expect(brandLanguages(["fr", "xx", "en"], "fr")).toEqual({ offered: ["fr", "en"], fallback: "fr" });
    expect(brandLanguages(["de"], "en")).toEqual({ offered: ["de"], fallback: "de" });
    expect(brandLanguages([], "zz")).toEqual({ offered: ["en"], fallback: "en" });
  });
});

describe("money in a language", () => {
  it("is written as that language writes it", () => {
    expect(space(formatMoneyIn("fr", 6500, "EUR"))).toBe("65,00 €");
    expect(space(formatMoneyIn("de", 6500, "EUR"))).toBe("65,00 €");
    expect(formatMoneyIn("en", 6500, "EUR")).toBe("€65.00");
  });
});

describe("an organizer's text", () => {
  const text = { name: "Summer Night", description: "Music all night." };

  it("is its translation where there is one", () => {
    expect(translated(text, { fr: { name: "Nuit d’été" } }, "fr")).toEqual({
      name: "Nuit d’été",
      description: "Music all night.",
    });
  });

  it("falls back to the default language's text, never to a key or an empty string", () => {
    expect(translated(text, { fr: { name: "  " } }, "fr")).toEqual(text);
    expect(translated(text, {}, "de")).toEqual(text);
    expect(translated(text, null, "de")).toEqual(text);
  });
});
