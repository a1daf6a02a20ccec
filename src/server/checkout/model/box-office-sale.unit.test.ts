import { describe, expect, it } from "vitest";
import { boxOfficeSaleInput } from "./box-office-sale";

const who = { name: "Wanda Walkup", email: "Wanda@Example.com", method: "cash" };

/** The messages the form would show, keyed by field. */
function problems(input: unknown): Record<string, string> {
  const r = boxOfficeSaleInput.safeParse(input);
  if (r.success) return {};
  return Object.fromEntries(r.error.issues.map((i) => [i.path.join("."), i.message]));
}

describe("a box office sale as staff submit it", () => {
  it("keeps the rows with a quantity, as checkout's lines", () => {
    const sale = boxOfficeSaleInput.parse({
      ...who,
      lines: [
        { productId: "day", quantity: "0" },
        { productId: "shirt", variantId: "m", quantity: "2" },
        { productId: "pack", quantity: "" },
      ],
    });
    expect(sale).toEqual({
      lines: [{ productId: "shirt", variantId: "m", quantity: 2 }],
      method: "cash",
      name: "Wanda Walkup",
      email: "wanda@example.com",
    });
  });

  it("a row without a variant is the product itself", () => {
    const sale = boxOfficeSaleInput.parse({
      ...who,
      lines: [{ productId: "day", variantId: "", quantity: "1" }],
    });
    expect(sale.lines).toEqual([{ productId: "day", variantId: null, quantity: 1 }]);
  });

  describe("when nothing is bought", () => {
    it("asks what they buy", () => {
      expect(problems({ ...who, lines: [{ productId: "day", quantity: "0" }] })).toEqual({
        lines: "Choose what they buy first.",
      });
      expect(problems(who)).toEqual({ lines: "Choose what they buy first." });
    });
  });

  describe("when a field is wrong", () => {
    it("answers every problem at its field, rows where they were typed", () => {
      expect(
        problems({
          lines: [
            { productId: "day", quantity: "0" },
            { productId: "pack", quantity: "1.5" },
          ],
          name: "",
          email: "nope",
        }),
      ).toEqual({
        "lines.1.quantity": "Choose a whole number",
        method: "Choose how they paid: cash or card",
        name: "Enter your name",
        email: "Enter a valid e-mail address, like you@example.com",
      });
    });
  });
});
