import { describe, it, expect } from "vitest";
import { formToObject } from "./form";

describe("reading a form with repeating rows", () => {
  it("nests dotted names into objects and lists", () => {
    const fd = new FormData();
    fd.append("name", "Weekend pack");
    fd.append("components.0.productId", "p1");
    fd.append("components.0.quantity", "2");
    fd.append("components.1.productId", "p2");
    fd.append("pricing.mode", "sum");
    expect(formToObject(fd)).toEqual({ name: "Weekend pack", components: [{ productId: "p1", quantity: "2" }, { productId: "p2" }], pricing: { mode: "sum" } });
  });

  it("collects a repeated name into a list", () => {
    const fd = new FormData();
    fd.append("productIds", "a");
    fd.append("productIds", "b");
    expect(formToObject(fd)).toEqual({ productIds: ["a", "b"] });
  });
});
