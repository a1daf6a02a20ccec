import { thrown } from "@/test/domain-error";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type BundleComponent,
  type CartLineRequest,
  type CatalogProduct,
  type Channel,
  type Selection,
  checkCart,
  chosenComponents,
  validateBundle,
} from "./catalog";

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

const BRAND = "brand-nightowl";
const OTHER_BRAND = "brand-other";
const EVENT = "event-festival";

function product(over: Partial<CatalogProduct> & Pick<CatalogProduct, "id" | "name">): CatalogProduct {
  return {
    brandId: BRAND,
    eventId: EVENT,
    kind: "ticket",
    taxRateBp: 700,
    salesStart: null,
    salesEnd: null,
    minPerOrder: 1,
    maxPerOrder: 10,
    visibility: "public",
    channels: [],
    requiresProductIds: [],
    variants: [],
    components: [],
    ...over,
  };
}

const ticket = (id: string, name: string, over: Partial<CatalogProduct> = {}) =>
  product({ id, name, kind: "ticket", ...over });
const addon = (id: string, name: string, over: Partial<CatalogProduct> = {}) =>
  product({ id, name, kind: "addon", ...over });
const merch = (id: string, name: string, sizes: string[], over: Partial<CatalogProduct> = {}) =>
  product({
    id,
    name,
    kind: "merch",
    variants: sizes.map((s) => ({
      id: `${id}-${s.toLowerCase()}`,
      name: s,
      sku: `${id.toUpperCase()}-${s}`,
    })),
    ...over,
  });
const bundle = (
  id: string,
  name: string,
  components: BundleComponent[],
  over: Partial<CatalogProduct> = {},
) => product({ id, name, kind: "bundle", components, ...over });

function component(
  id: string,
  productId: string,
  over: Partial<Omit<BundleComponent, "id" | "productId">> = {},
): BundleComponent {
  return { id, productId, variantId: null, quantity: 1, optional: false, group: null, ...over };
}

const catalogOf = (...ps: CatalogProduct[]): Map<string, CatalogProduct> => new Map(ps.map((p) => [p.id, p]));

// The example catalog: "Weekend pack" = 2 × Day ticket, one T-shirt (S, M or L), optional Parking.
const dayTicket = ticket("day", "Day ticket");
const tshirt = merch("tee", "T-shirt", ["S", "M", "L"]);
const parking = addon("parking", "Parking", { requiresProductIds: ["day"] });
const weekendPack = bundle("weekend", "Weekend pack", [
  component("c-day", "day", { quantity: 2 }),
  component("c-tee-s", "tee", { variantId: "tee-s", group: "size" }),
  component("c-tee-m", "tee", { variantId: "tee-m", group: "size" }),
  component("c-tee-l", "tee", { variantId: "tee-l", group: "size" }),
  component("c-parking", "parking", { optional: true }),
]);
const catalog = catalogOf(dayTicket, tshirt, parking, weekendPack);

const ids = (cs: BundleComponent[]) => cs.map((c) => c.id);
const sel = (choices: Record<string, string>, optional: string[] = []): Selection => ({ optional, choices });

// ---------------------------------------------------------------------------------------------
// chosenComponents
// ---------------------------------------------------------------------------------------------

describe("chosenComponents", () => {
  describe("when the fan picks a size and does not tick the optional parking", () => {
    it("contains the mandatory tickets and the chosen T-shirt only", () => {
      expect(ids(chosenComponents(weekendPack, sel({ size: "c-tee-m" })))).toEqual(["c-day", "c-tee-m"]);
    });

    it("keeps the mandatory component's quantity", () => {
      const day = chosenComponents(weekendPack, sel({ size: "c-tee-m" })).find((c) => c.id === "c-day");
      expect(day?.quantity).toBe(2);
    });
  });

  describe("when the fan ticks the optional parking", () => {
    it("adds the parking to the mandatory tickets and the chosen T-shirt", () => {
      expect(ids(chosenComponents(weekendPack, sel({ size: "c-tee-l" }, ["c-parking"])))).toEqual([
        "c-day",
        "c-tee-l",
        "c-parking",
      ]);
    });
  });

  describe("when the bundle has only mandatory components", () => {
    it("contains all of them with the empty default selection", () => {
      const duo = bundle("duo", "Duo", [component("a", "day"), component("b", "parking")]);
      expect(ids(chosenComponents(duo))).toEqual(["a", "b"]);
    });
  });

  describe("when whatever size is picked", () => {
    it("contains exactly one T-shirt, the picked one", () => {
      for (const size of ["c-tee-s", "c-tee-m", "c-tee-l"]) {
        const tees = chosenComponents(weekendPack, sel({ size })).filter((c) => c.group === "size");
        expect(ids(tees)).toEqual([size]);
      }
    });
  });

  describe("when no size is chosen", () => {
    it("refuses, asking for the size, on the size choice field", () => {
      const e = thrown(() => chosenComponents(weekendPack, sel({})));
      expect(e.code).toBe("Invalid");
      expect(e.message).toBe("Choose the size for Weekend pack.");
      expect(e.details.field).toBe("choice.size");
    });

    it("refuses also when no selection is given at all", () => {
      const e = thrown(() => chosenComponents(weekendPack));
      expect(e.code).toBe("Invalid");
      expect(e.message).toBe("Choose the size for Weekend pack.");
      expect(e.details.field).toBe("choice.size");
    });
  });

  describe("when the choice for a group names a component of another group", () => {
    it("refuses with 'not one of the options'", () => {
      const twoGroups = bundle("duo", "Duo pack", [
        component("c-tee-s", "tee", { variantId: "tee-s", group: "size" }),
        component("c-tee-m", "tee", { variantId: "tee-m", group: "size" }),
        component("c-day", "day", { group: "day" }),
        component("c-parking", "parking", { group: "day" }),
      ]);
      const e = thrown(() => chosenComponents(twoGroups, sel({ size: "c-day", day: "c-day" })));
      expect(e.code).toBe("Invalid");
      expect(e.message).toBe("That is not one of the options for “size”.");
    });
  });

  describe("when the choice for a group names a mandatory component", () => {
    it("refuses with 'not one of the options'", () => {
      const e = thrown(() => chosenComponents(weekendPack, sel({ size: "c-day" })));
      expect(e.code).toBe("Invalid");
      expect(e.message).toBe("That is not one of the options for “size”.");
    });
  });

  describe("when a mandatory component is passed as an optional one", () => {
    it("refuses, saying the option is not part of the bundle", () => {
      const e = thrown(() => chosenComponents(weekendPack, sel({ size: "c-tee-s" }, ["c-day"])));
      expect(e.code).toBe("Invalid");
      expect(e.message).toBe("That option is not part of Weekend pack.");
    });
  });

  describe("when a group option is passed as an optional one", () => {
    it("refuses, saying the option is not part of the bundle", () => {
      const e = thrown(() => chosenComponents(weekendPack, sel({ size: "c-tee-s" }, ["c-tee-m"])));
      expect(e.code).toBe("Invalid");
      expect(e.message).toBe("That option is not part of Weekend pack.");
    });
  });

  describe("when an unknown component is passed as an optional one", () => {
    it("refuses, saying the option is not part of the bundle", () => {
      const e = thrown(() => chosenComponents(weekendPack, sel({ size: "c-tee-s" }, ["c-nope"])));
      expect(e.code).toBe("Invalid");
      expect(e.message).toBe("That option is not part of Weekend pack.");
    });
  });

  describe("when a choice is made for a group the bundle does not have", () => {
    it("refuses, naming the unknown choice", () => {
      const e = thrown(() => chosenComponents(weekendPack, sel({ size: "c-tee-s", colour: "c-tee-m" })));
      expect(e.code).toBe("Invalid");
      expect(e.message).toBe("Weekend pack has no choice “colour”.");
    });
  });
});

// ---------------------------------------------------------------------------------------------
// validateBundle
// ---------------------------------------------------------------------------------------------

describe("validateBundle", () => {
  describe("when the bundle is a valid weekend pack", () => {
    it("has no issues", () => {
      expect(validateBundle(weekendPack, catalog)).toEqual([]);
    });
  });

  describe("when the bundle contains itself directly", () => {
    it("reports that a bundle cannot contain itself, on that component", () => {
      const selfish = bundle("weekend", "Weekend pack", [
        component("c-day", "day"),
        component("c-self", "weekend"),
      ]);
      expect(validateBundle(selfish, catalog)).toEqual([
        { field: "components.1", message: "A bundle cannot contain itself" },
      ]);
    });
  });

  describe("when the bundle contains itself through another bundle (A contains B contains A)", () => {
    it("reports that a bundle cannot contain itself, on the component naming B", () => {
      const b = bundle("b", "Bundle B", [component("b-a", "a"), component("b-day", "day")]);
      const a = bundle("a", "Bundle A", [component("a-b", "b")]);
      expect(validateBundle(a, catalogOf(dayTicket, a, b))).toEqual([
        { field: "components.0", message: "A bundle cannot contain itself" },
      ]);
    });
  });

  describe("when the bundle contains itself three levels deep (A contains B contains C contains A)", () => {
    it("reports that a bundle cannot contain itself", () => {
      const c = bundle("c", "Bundle C", [component("c-a", "a")]);
      const b = bundle("b", "Bundle B", [component("b-c", "c")]);
      const a = bundle("a", "Bundle A", [component("a-b", "b")]);
      expect(validateBundle(a, catalogOf(a, b, c))).toEqual([
        { field: "components.0", message: "A bundle cannot contain itself" },
      ]);
    });
  });

  describe("when the bundle contains another bundle that has a cycle not involving it", () => {
    it("terminates and does not report self-containment", () => {
      const c = bundle("c", "Bundle C", [component("c-b", "b")]);
      const b = bundle("b", "Bundle B", [component("b-c", "c")]);
      const a = bundle("a", "Bundle A", [component("a-b", "b")]);
      expect(validateBundle(a, catalogOf(a, b, c))).toEqual([]);
    });
  });

  describe("when a component is a product of another brand", () => {
    it("asks to choose a product of this brand", () => {
      const foreign = ticket("foreign", "Foreign ticket", { brandId: OTHER_BRAND });
      const b = bundle("b", "Bundle", [component("c-day", "day"), component("c-foreign", "foreign")]);
      expect(validateBundle(b, catalogOf(dayTicket, foreign))).toEqual([
        { field: "components.1", message: "Choose a product of this brand" },
      ]);
    });
  });

  describe("when a component is an unknown product", () => {
    it("asks to choose a product of this brand", () => {
      const b = bundle("b", "Bundle", [component("c-ghost", "ghost")]);
      expect(validateBundle(b, catalog)).toEqual([
        { field: "components.0", message: "Choose a product of this brand" },
      ]);
    });
  });

  describe("when a merch component with variants names no variant", () => {
    it("asks which T-shirt, on the component's variant field", () => {
      const b = bundle("b", "Bundle", [component("c-day", "day"), component("c-tee", "tee")]);
      expect(validateBundle(b, catalog)).toEqual([
        { field: "components.1.variant", message: "Choose which T-shirt (a size or colour)" },
      ]);
    });
  });

  describe("when a component names a variant of another product", () => {
    it("says the variant is not one of that product's, on the variant field", () => {
      const hoodie = merch("hoodie", "Hoodie", ["M"]);
      const b = bundle("b", "Bundle", [component("c-tee", "tee", { variantId: "hoodie-m" })]);
      expect(validateBundle(b, catalogOf(tshirt, hoodie))).toEqual([
        { field: "components.0.variant", message: "That variant is not one of T-shirt's" },
      ]);
    });
  });

  describe("when a component without variants names a variant", () => {
    it("says the variant is not one of that product's", () => {
      const b = bundle("b", "Bundle", [component("c-day", "day", { variantId: "tee-m" })]);
      expect(validateBundle(b, catalog)).toEqual([
        { field: "components.0.variant", message: "That variant is not one of Day ticket's" },
      ]);
    });
  });

  describe("when a component's quantity is out of range or not whole", () => {
    it.each([0, 101, 1.5, -1, Number.NaN])("reports a quantity issue for %s", (quantity) => {
      const b = bundle("b", "Bundle", [component("c-day", "day", { quantity })]);
      expect(validateBundle(b, catalog)).toEqual([
        { field: "components.0.quantity", message: "Quantity is a whole number from 1 to 100" },
      ]);
    });

    it.each([1, 100])("accepts the boundary quantity %s", (quantity) => {
      const b = bundle("b", "Bundle", [component("c-day", "day", { quantity })]);
      expect(validateBundle(b, catalog)).toEqual([]);
    });

    it("accepts exactly the whole numbers from 1 to 100 (property)", () => {
      fc.assert(
        fc.property(
          fc.oneof(fc.integer({ min: -1000, max: 1000 }), fc.double({ noNaN: true, min: -1000, max: 1000 })),
          (quantity) => {
            const b = bundle("b", "Bundle", [component("c-day", "day", { quantity })]);
            const valid = Number.isInteger(quantity) && quantity >= 1 && quantity <= 100;
            expect(validateBundle(b, catalog).some((i) => i.field === "components.0.quantity")).toBe(!valid);
          },
        ),
      );
    });
  });

  describe("when a choose-one group has a single option", () => {
    it("says the choice needs at least two options", () => {
      const b = bundle("b", "Bundle", [
        component("c-day", "day"),
        component("c-tee-s", "tee", { variantId: "tee-s", group: "size" }),
      ]);
      expect(validateBundle(b, catalog)).toEqual([
        { field: "components", message: "The choice “size” needs at least two options" },
      ]);
    });
  });

  describe("when a component is both optional and part of a group", () => {
    it("says a component is either optional or part of a choice", () => {
      const b = bundle("b", "Bundle", [
        component("c-tee-s", "tee", { variantId: "tee-s", group: "size", optional: true }),
        component("c-tee-m", "tee", { variantId: "tee-m", group: "size" }),
      ]);
      expect(validateBundle(b, catalog)).toEqual([
        { field: "components.0", message: "A component is either optional or part of a choice, not both" },
      ]);
    });
  });

  describe("when the bundle has no components", () => {
    it("asks to add at least one component", () => {
      expect(validateBundle(bundle("b", "Empty", []), catalog)).toEqual([
        { field: "components", message: "Add at least one component" },
      ]);
    });
  });

  describe("when several components have problems", () => {
    it("reports each one on its own field", () => {
      const b = bundle("b", "Bundle", [
        component("c-ghost", "ghost"),
        component("c-day", "day", { quantity: 0 }),
        component("c-tee", "tee"),
      ]);
      expect(validateBundle(b, catalog)).toEqual([
        { field: "components.0", message: "Choose a product of this brand" },
        { field: "components.1.quantity", message: "Quantity is a whole number from 1 to 100" },
        { field: "components.2.variant", message: "Choose which T-shirt (a size or colour)" },
      ]);
    });
  });
});

// ---------------------------------------------------------------------------------------------
// checkCart
// ---------------------------------------------------------------------------------------------

describe("checkCart", () => {
  const NOW = new Date("2026-06-01T12:00:00Z");
  const shop = { channel: "shop" as Channel, unlocked: new Set<string>() };
  const line = (productId: string, quantity = 1, over: Partial<CartLineRequest> = {}): CartLineRequest => ({
    productId,
    variantId: null,
    quantity,
    ...over,
  });
  const check = (
    lines: CartLineRequest[],
    products: Map<string, CatalogProduct> = catalog,
    opts: { channel: Channel; unlocked: ReadonlySet<string> } = shop,
    at = NOW,
  ) => checkCart(lines, products, at, opts);

  describe("when the cart holds public products on sale", () => {
    it("accepts it", () => {
      expect(() => check([line("day", 2), line("tee", 1, { variantId: "tee-m" })])).not.toThrow();
    });
  });

  describe("when a product is not in the catalog", () => {
    it("refuses: this item is not sold here", () => {
      const e = thrown(() => check([line("ghost")]));
      expect(e.code).toBe("Invalid");
      expect(e.message).toBe("This item is not sold here.");
    });
  });

  describe("when a product is limited to some channels", () => {
    const doorOnly = ticket("door", "Door ticket", { channels: ["box_office"] });
    const online = ticket("online", "Online ticket", { channels: ["shop", "embed"] });
    const products = catalogOf(doorOnly, online);

    it("sells it in those channels", () => {
      expect(() =>
        check([line("door")], products, { channel: "box_office", unlocked: new Set() }),
      ).not.toThrow();
      expect(() =>
        check([line("online")], products, { channel: "embed", unlocked: new Set() }),
      ).not.toThrow();
    });

    it("refuses it elsewhere, naming it", () => {
      expect(thrown(() => check([line("door")], products)).message).toBe("Door ticket is not sold here.");
      expect(
        thrown(() => check([line("online")], products, { channel: "box_office", unlocked: new Set() }))
          .message,
      ).toBe("Online ticket is not sold here.");
    });
  });

  describe("when a product is hidden", () => {
    const secret = ticket("secret", "Secret ticket", { visibility: "hidden" });
    const products = catalogOf(secret);

    it("refuses it when no promo code unlocked it", () => {
      const e = thrown(() => check([line("secret")], products));
      expect(e.code).toBe("Invalid");
      expect(e.message).toBe("This item is not sold here.");
    });

    it("accepts it when a promo code unlocked it", () => {
      expect(() =>
        check([line("secret")], products, { channel: "shop", unlocked: new Set(["secret"]) }),
      ).not.toThrow();
    });

    it("refuses it when a promo code unlocked a different product", () => {
      expect(
        thrown(() => check([line("secret")], products, { channel: "shop", unlocked: new Set(["day"]) }))
          .message,
      ).toBe("This item is not sold here.");
    });
  });

  describe("when a product is sold at the box office only", () => {
    const door = ticket("door", "Door ticket", { visibility: "box_office" });
    const products = catalogOf(door);

    it("refuses it in the shop", () => {
      const e = thrown(() => check([line("door")], products, { channel: "shop", unlocked: new Set() }));
      expect(e.code).toBe("Invalid");
      expect(e.message).toBe("This item is not sold here.");
    });

    it("accepts it at the box office", () => {
      expect(() =>
        check([line("door")], products, { channel: "box_office", unlocked: new Set() }),
      ).not.toThrow();
    });
  });

  describe("when the sales window matters", () => {
    const start = new Date("2026-05-01T10:00:00Z");
    const end = new Date("2026-07-01T10:00:00Z");
    const products = catalogOf(ticket("early", "Early ticket", { salesStart: start, salesEnd: end }));

    it("refuses before sales start: not on sale yet", () => {
      const e = thrown(() => check([line("early")], products, shop, new Date(start.getTime() - 1)));
      expect(e.code).toBe("Invalid");
      expect(e.message).toBe("Early ticket is not on sale yet.");
    });

    it("accepts exactly at sales start", () => {
      expect(() => check([line("early")], products, shop, start)).not.toThrow();
    });

    it("accepts just before sales end", () => {
      expect(() => check([line("early")], products, shop, new Date(end.getTime() - 1))).not.toThrow();
    });

    it("refuses exactly at sales end: sales have ended", () => {
      const e = thrown(() => check([line("early")], products, shop, end));
      expect(e.code).toBe("Invalid");
      expect(e.message).toBe("Sales of Early ticket have ended.");
    });

    it("refuses after sales end: sales have ended", () => {
      expect(
        thrown(() => check([line("early")], products, shop, new Date(end.getTime() + 60_000))).message,
      ).toBe("Sales of Early ticket have ended.");
    });
  });

  describe("when merch with variants is added without a variant", () => {
    it("asks for a size or colour, on the product's variant field", () => {
      const e = thrown(() => check([line("tee")]));
      expect(e.code).toBe("Invalid");
      expect(e.message).toBe("Choose a size or colour for T-shirt.");
      expect(e.details.field).toBe("variant.tee");
    });
  });

  describe("when merch is added with a variant of another product", () => {
    it("asks for a size or colour of this product", () => {
      const hoodie = merch("hoodie", "Hoodie", ["M"]);
      const e = thrown(() => check([line("tee", 1, { variantId: "hoodie-m" })], catalogOf(tshirt, hoodie)));
      expect(e.message).toBe("Choose a size or colour for T-shirt.");
      expect(e.details.field).toBe("variant.tee");
    });
  });

  describe("when a variant is given for a product without variants", () => {
    it("refuses: the product has no variants", () => {
      const e = thrown(() => check([line("day", 1, { variantId: "tee-m" })]));
      expect(e.code).toBe("Invalid");
      expect(e.message).toBe("Day ticket has no variants.");
    });
  });

  describe("when the quantity goes above the maximum per order", () => {
    const products = catalogOf(ticket("day", "Day ticket", { maxPerOrder: 4 }), tshirt);

    it("accepts exactly the maximum", () => {
      expect(() => check([line("day", 4)], products)).not.toThrow();
    });

    it("refuses one above it on a single line", () => {
      const e = thrown(() => check([line("day", 5)], products));
      expect(e.code).toBe("Invalid");
      expect(e.message).toBe("You can buy at most 4 Day ticket per order.");
    });

    it("counts the same product across several lines", () => {
      const e = thrown(() => check([line("day", 3), line("day", 2)], products));
      expect(e.message).toBe("You can buy at most 4 Day ticket per order.");
    });

    it("counts merch across its variants", () => {
      const tee = merch("tee", "T-shirt", ["S", "M"], { maxPerOrder: 2 });
      const e = thrown(() =>
        check(
          [line("tee", 1, { variantId: "tee-s" }), line("tee", 2, { variantId: "tee-m" })],
          catalogOf(tee),
        ),
      );
      expect(e.message).toBe("You can buy at most 2 T-shirt per order.");
    });
  });

  describe("when the quantity is below the minimum per order", () => {
    const products = catalogOf(ticket("group", "Group ticket", { minPerOrder: 5 }));

    it("refuses, saying the product is sold in orders of at least the minimum", () => {
      const e = thrown(() => check([line("group", 4)], products));
      expect(e.code).toBe("Invalid");
      expect(e.message).toBe("Group ticket is sold in orders of at least 5.");
    });

    it("accepts the minimum when it is spread over several lines", () => {
      expect(() => check([line("group", 2), line("group", 3)], products)).not.toThrow();
    });
  });

  describe("when an add-on requires a ticket", () => {
    it("refuses the add-on alone, naming the ticket", () => {
      const e = thrown(() => check([line("parking")]));
      expect(e.code).toBe("Invalid");
      expect(e.message).toBe("Parking needs Day ticket in the same order.");
    });

    it("names every acceptable ticket, joined by 'or'", () => {
      const night = ticket("night", "Night ticket");
      const p = addon("parking", "Parking", { requiresProductIds: ["day", "night"] });
      expect(thrown(() => check([line("parking")], catalogOf(dayTicket, night, p))).message).toBe(
        "Parking needs Day ticket or Night ticket in the same order.",
      );
    });

    it("falls back to 'a ticket' when the required product is not in the catalog", () => {
      const p = addon("parking", "Parking", { requiresProductIds: ["gone"] });
      expect(thrown(() => check([line("parking")], catalogOf(p))).message).toBe(
        "Parking needs a ticket in the same order.",
      );
    });

    it("accepts the add-on with the ticket in the cart", () => {
      expect(() => check([line("parking"), line("day")])).not.toThrow();
    });

    it("accepts the add-on when the ticket comes after it in the cart", () => {
      expect(() => check([line("day"), line("parking")])).not.toThrow();
    });

    it("accepts the add-on when the ticket comes inside a bundle in the cart", () => {
      expect(() =>
        check([line("parking"), line("weekend", 1, { selection: sel({ size: "c-tee-m" }) })]),
      ).not.toThrow();
    });

    it("accepts the add-on when the ticket comes inside a bundle nested in a bundle in the cart", () => {
      const inner = bundle("inner", "Inner pack", [component("i-day", "day")]);
      const outer = bundle("outer", "Outer pack", [component("o-inner", "inner")]);
      expect(() =>
        check([line("parking"), line("outer")], catalogOf(dayTicket, parking, inner, outer)),
      ).not.toThrow();
    });

    it("refuses the add-on when the ticket is only an unticked optional component of a bundle in the cart", () => {
      const festivalPass = ticket("pass", "Festival pass");
      const lounge = addon("lounge", "Lounge", { requiresProductIds: ["day"] });
      const combo = bundle("combo", "Combo", [
        component("c-pass", "pass"),
        component("c-day", "day", { optional: true }),
      ]);
      const e = thrown(() =>
        check(
          [line("lounge"), line("combo", 1, { selection: sel({}) })],
          catalogOf(dayTicket, festivalPass, lounge, combo),
        ),
      );
      expect(e.message).toBe("Lounge needs Day ticket in the same order.");
    });

    it("refuses the add-on when the ticket is only an unchosen option of a bundle's group", () => {
      const night = ticket("night", "Night ticket");
      const lounge = addon("lounge", "Lounge", { requiresProductIds: ["day"] });
      const either = bundle("either", "Either pack", [
        component("c-day", "day", { group: "when" }),
        component("c-night", "night", { group: "when" }),
      ]);
      const e = thrown(() =>
        check(
          [line("lounge"), line("either", 1, { selection: sel({ when: "c-night" }) })],
          catalogOf(dayTicket, night, lounge, either),
        ),
      );
      expect(e.message).toBe("Lounge needs Day ticket in the same order.");
    });
  });

  describe("when a bundle is in the cart", () => {
    it("accepts it with a complete selection", () => {
      expect(() =>
        check([line("weekend", 1, { selection: sel({ size: "c-tee-s" }, ["c-parking"]) })]),
      ).not.toThrow();
    });

    it("refuses it when the selection is incomplete", () => {
      const e = thrown(() => check([line("weekend", 1, { selection: sel({}) })]));
      expect(e.code).toBe("Invalid");
      expect(e.message).toBe("Choose the size for Weekend pack.");
      expect(e.details.field).toBe("choice.size");
    });

    it("refuses it when no selection is given and the bundle has a choice", () => {
      const e = thrown(() => check([line("weekend")]));
      expect(e.code).toBe("Invalid");
      expect(e.message).toBe("Choose the size for Weekend pack.");
    });

    it("refuses it when the selection names a foreign option", () => {
      const e = thrown(() => check([line("weekend", 1, { selection: sel({ size: "c-tee-s" }, ["c-day"]) })]));
      expect(e.code).toBe("Invalid");
      expect(e.message).toBe("That option is not part of Weekend pack.");
    });
  });
});
