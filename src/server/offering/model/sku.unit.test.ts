import { describe, expect, it } from "vitest";
import { skusFor } from "./sku";

const blank = (...names: string[]) => names.map((name) => ({ name, sku: "" }));

describe("a variant's SKU", () => {
  describe("when the organizer leaves it blank", () => {
    it("is made from the product's and the variant's names, readable", () => {
      expect(skusFor("T-shirt", blank("S", "M", "XL"))).toEqual(["T-SHIRT-S", "T-SHIRT-M", "T-SHIRT-XL"]);
      expect(skusFor("Festival hoodie", blank("Black / large"))).toEqual(["FESTIVAL-HOODIE-BLACK-LARGE"]);
    });

    it("is the same for the same names (deterministic)", () => {
      expect(skusFor("Tote bag", blank("Natur", "Grün"))).toEqual(
        skusFor("Tote bag", blank("Natur", "Grün")),
      );
    });

    it("keeps letters without accents and spells ß out", () => {
      expect(skusFor("Größe-Shirt", blank("Rosé"))).toEqual(["GROSSE-SHIRT-ROSE"]);
    });

    it("is unique within the product, also against typed SKUs and the product's other variants", () => {
      expect(skusFor("Cap", [...blank("One size"), { name: "Other", sku: "CAP-ONE-SIZE" }])).toEqual([
        "CAP-ONE-SIZE-2",
        "CAP-ONE-SIZE",
      ]);
      expect(skusFor("Cap", blank("one size", "One-size"))).toEqual(["CAP-ONE-SIZE", "CAP-ONE-SIZE-2"]);
      expect(skusFor("Cap", blank("Red"), ["cap-red"])).toEqual(["CAP-RED-2"]);
    });

    it("falls back to ITEM and the variant's place when the names have no letters it can use", () => {
      expect(skusFor("Т-шорт", blank("大", "中"))).toEqual(["ITEM-V1", "ITEM-V2"]);
    });

    it("stays within 40 characters and the allowed characters", () => {
      const [sku] = skusFor(
        "A very long product name for a very special edition",
        blank("Extra extra large size"),
      );
      expect(sku!.length).toBeLessThanOrEqual(40);
      expect(sku).toMatch(/^[A-Z0-9-]+$/);
      expect(sku).toBe("A-VERY-LONG-PRODUCT-NAME-EXTRA-EXTRA");
    });
  });

  describe("when the organizer typed one", () => {
    it("keeps it as typed", () => {
      expect(skusFor("T-shirt", [{ name: "S", sku: "tee-s-2027" }])).toEqual(["tee-s-2027"]);
    });
  });
});
