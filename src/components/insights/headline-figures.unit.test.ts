import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import en from "@/server/platform/messages/studio/sales/en.json";
import fr from "@/server/platform/messages/studio/sales/fr.json";
import { changeText, type InsightsWords } from "./headline-figures";

const wordsIn = (locale: "en" | "fr", sales: typeof en): InsightsWords =>
  createTranslator({ locale, messages: { studio: { sales } }, namespace: "studio.sales.insights" });
const english = wordsIn("en", en);

describe("how a figure moved, in words", () => {
  it("says the rise or fall in percent against the period before", () => {
    expect(changeText(english, "en", 2500, "the 7 days before")).toBe("+25 % on the 7 days before");
    expect(changeText(english, "en", -450, "the day before")).toBe("−4.5 % on the day before");
    expect(changeText(english, "en", 0, "the day before")).toBe("no change on the day before");
  });

  it("says there was nothing before rather than an endless rise", () => {
    expect(changeText(english, "en", null, "the 30 days before")).toBe("none in the 30 days before");
  });

  it("says it in French with a French decimal comma", () => {
    expect(changeText(wordsIn("fr", fr), "fr", -450, "les 7 jours précédents")).toBe(
      "−4,5 % vs les 7 jours précédents",
    );
  });
});
