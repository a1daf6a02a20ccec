import { describe, expect, it } from "vitest";
import { createTranslator } from "use-intl/core";
import { announcementAt } from "./countdown";
import en from "@/server/platform/messages/en.json";
import fr from "@/server/platform/messages/fr.json";

const words = (locale: "en" | "fr", messages: typeof en) => {
  const t = createTranslator({ locale, messages, namespace: "countdown" });
  return (key: "up" | "minutes" | "seconds", values?: Record<string, number>) => t(key, values);
};

describe("the countdown's announcement", () => {
  it("changes only at a few marks, so a screen reader is not told every second", () => {
    const heard = new Set<string>();
    for (let s = 15 * 60; s >= 0; s--) heard.add(announcementAt(s, words("en", en)));
    expect([...heard]).toEqual([
      "",
      "Less than 10 minutes left.",
      "Less than 5 minutes left.",
      "Less than 2 minutes left.",
      "Less than 1 minute left.",
      "Less than 30 seconds left.",
      "Time is up.",
    ]);
  });

  it("speaks the fan's language, plurals included", () => {
    expect(announcementAt(60, words("fr", fr))).toBe("Moins d’une minute restante.");
    expect(announcementAt(300, words("fr", fr))).toBe("Moins de 5 minutes restantes.");
  });
});
