import { describe, expect, it } from "vitest";
import { detailsInFansWords, fanLanguageOf, inFansWords } from "./fan-errors";

const spaced = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");

describe("a domain refusal in the fan's language", () => {
  it("is said again in French or German, its values kept", () => {
    expect(inFansWords("Only 1 Floor is left.", "fr")).toBe("Il ne reste que 1 Floor.");
    expect(inFansWords("Floor is sold out.", "de")).toBe("Floor ist ausverkauft.");
    expect(inFansWords("This code has expired.", "fr")).toBe("Ce code a expiré.");
    expect(spaced(inFansWords("Enter the name for ticket 2 (Day ticket · Weekend pack)", "fr"))).toBe(
      "Saisissez le nom pour le billet 2 (Day ticket · Weekend pack)",
    );
  });

  it("stays as it is in English, or when it is not a known one", () => {
    expect(inFansWords("Only 1 Floor is left.", "en")).toBe("Only 1 Floor is left.");
    expect(inFansWords("Only 1 Floor is left.", null)).toBe("Only 1 Floor is left.");
    expect(inFansWords("Something nobody listed.", "de")).toBe("Something nobody listed.");
  });

  it("translates every field's message of a form's refusal", () => {
    const details = { field: "buyer.name", fields: { "buyer.name": "Enter your name", "buyer.email": "x" } };
    expect(detailsInFansWords(details, "de")).toEqual({
      field: "buyer.name",
      fields: { "buyer.name": "Geben Sie Ihren Namen ein", "buyer.email": "x" },
    });
  });

  it("takes only a shipped language from the client's header", () => {
    expect(fanLanguageOf("fr")).toBe("fr");
    expect(fanLanguageOf("xx")).toBeNull();
    expect(fanLanguageOf(null)).toBeNull();
  });
});
