import { describe, expect, it } from "vitest";
import {
  brandTextIn,
  brandTranslationsOf,
  mailFooterInput,
  missingIn,
  withTranslations,
  type BrandTranslations,
} from "./brand-texts";

const brand = { languages: ["en", "fr", "de"] as const, defaultLanguage: "en" as const };

describe("a brand's own texts in its languages", () => {
  it("given a French footer, when a French fan's e-mail asks, then it is the French one", () => {
    const translations: BrandTranslations = { fr: { mailFooter: "Harbour SARL, Paris" } };
    expect(brandTextIn("Harbour Ltd, Paris", translations, "mailFooter", "fr")).toBe("Harbour SARL, Paris");
  });

  it("given no German footer, when a German fan's e-mail asks, then it is the default language's, never a key", () => {
    expect(brandTextIn("Harbour Ltd", {}, "mailFooter", "de")).toBe("Harbour Ltd");
    expect(brandTextIn(null, {}, "mailFooter", "de")).toBeNull();
  });

  it("when one text's translations are saved, then the brand's other texts are kept and emptied ones dropped", () => {
    const stored: BrandTranslations = {
      fr: { statement: "Déclaration", mailFooter: "Ancien" },
      de: { mailFooter: "Alt" },
    };
    const saved = withTranslations(stored, "mailFooter", { fr: { mailFooter: "Nouveau" }, de: {} });
    expect(saved).toEqual({ fr: { statement: "Déclaration", mailFooter: "Nouveau" } });
  });

  it("lists the other languages that lack a text the default language has, and none when there is no text", () => {
    const translations: BrandTranslations = { fr: { mailFooter: "Pied" } };
    expect(missingIn("Footer", translations, "mailFooter", brand)).toEqual(["de"]);
    expect(missingIn(null, translations, "mailFooter", brand)).toEqual([]);
  });

  it("reads stored translations for shipped languages and strings only", () => {
    const stored = {
      fr: { mailFooter: "ok", statement: 3 },
      xx: { mailFooter: "no" },
      de: "junk",
      __proto__: {},
    };
    expect(brandTranslationsOf(stored)).toEqual({ fr: { mailFooter: "ok" } });
    expect(brandTranslationsOf(null)).toEqual({});
  });

  it("refuses a footer too long or with control characters, at its field; keeps line breaks", () => {
    const long = mailFooterInput.safeParse({ mailFooter: "x".repeat(1001) });
    expect(long.error?.issues[0]).toMatchObject({
      path: ["mailFooter"],
      message: "Keep the footer under 1000 characters",
    });
    const control = mailFooterInput.safeParse({ mailFooter: "", fr: { mailFooter: "a\u0007" } });
    expect(control.error?.issues[0]?.path).toEqual(["fr", "mailFooter"]);
    expect(mailFooterInput.parse({ mailFooter: " Line 1\r\nLine 2 " }).mailFooter).toBe("Line 1\nLine 2");
  });
});
