// A domain error reaches a Studio form in the page's language (docs/adr/0035): `toFormState` puts
// each message at its field, said in the Studio's language when the catalogue lists it.
import { describe, expect, it, vi } from "vitest";
import { missingStock } from "@/server/offering";
import { conflict, invalidAll } from "@/server/platform/errors";
import { studioTranslatorFor } from "@/server/platform/messages";
import type { Locale } from "@/server/platform/i18n";

const page = vi.hoisted(() => ({ locale: "fr" as Locale }));
vi.mock("./locale", () => ({
  studioLocale: async () => page.locale,
  studioT: async (area: "shell") => studioTranslatorFor(page.locale, area),
}));
// The session and the membership are not what this is about (and next-auth needs a Next server).
vi.mock("@/server/platform/auth", () => ({ currentUser: async () => null }));
vi.mock("@/server/distribution", () => ({ requireMembership: async () => null }));
const { toFormState } = await import("./action");

describe("a domain error as a Studio form shows it", () => {
  it("says a context's messages in the page's language, each at the field the organizer typed in", async () => {
    const refused = invalidAll(
      missingStock([
        { name: "S", stock: null },
        { name: "", stock: null },
      ]),
    );
    page.locale = "fr";
    expect(await toFormState(refused, { variants: [0, 2] })).toEqual({
      error: "2 champs demandent votre attention (signalés ci-dessus).",
      fields: {
        "variants.0.stock": "Saisissez le stock de S",
        "variants.2.stock": "Saisissez le stock de cette variante",
      },
    });
    page.locale = "de";
    expect(await toFormState(conflict("This product already draws from this pool."))).toEqual({
      error: "Dieses Produkt schöpft bereits aus diesem Kontingent.",
    });
  });

  it("keeps the English, and any message the catalogue does not list", async () => {
    page.locale = "en";
    expect(await toFormState(conflict("This product already draws from this pool."))).toEqual({
      error: "This product already draws from this pool.",
    });
    page.locale = "fr";
    expect(await toFormState(conflict("Nobody listed this."))).toEqual({ error: "Nobody listed this." });
  });
});
