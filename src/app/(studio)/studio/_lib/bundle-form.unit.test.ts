// A bundle's form is read once, at the edge: what the bundle commands take, or every problem at
// the form's own field names (the in-bundle price of row 1 is "components.1.price").
import { describe, expect, it } from "vitest";
import { bundleChangeInput, newBundleInput } from "@/server/workflows";
import { isDomainError } from "@/server/platform/errors";
import { bundleForm, bundleInputOf } from "./bundle-form";

const form = (fields: Record<string, unknown>) =>
  bundleForm.parse({ channels: [], components: [], pricing: { phases: [] }, ...fields });

function problemsOf(run: () => unknown): Record<string, string> {
  try {
    run();
  } catch (e) {
    if (isDomainError(e)) return e.details.fields as Record<string, string>;
    throw e;
  }
  throw new Error("expected a refusal");
}

describe("a bundle's form", () => {
  it("gives each row its in-bundle price, blank as the part's own, and the sum mode by default", () => {
    const input = bundleInputOf(
      newBundleInput,
      form({
        name: "Night pack",
        components: [
          { key: "prd_floor", variantIds: [], quantity: "1", price: "12,50" },
          { key: "prd_shirt:var_m", variantIds: [], quantity: "2", price: "" },
        ],
        pricing: { phases: [] },
      }),
    );
    expect(input.components).toMatchObject([
      { productId: "prd_floor", variantIds: [], quantity: 1, price: 12.5 },
      { productId: "prd_shirt", variantIds: ["var_m"], quantity: 2, price: null },
    ]);
    expect(input.pricing).toMatchObject({ mode: "sum", discountKind: "none", discountValue: 0 });
    expect(input.capacity).toBeNull();
  });

  it("refuses every problem at once, at the form's field names", () => {
    const problems = problemsOf(() =>
      bundleInputOf(
        bundleChangeInput,
        form({
          components: [
            { key: "prd_floor", variantIds: [], quantity: "1", price: "1" },
            { key: "prd_parking", variantIds: [], quantity: "0", price: "-3" },
          ],
          pricing: { mode: "sum", discountKind: "percent", discountValue: "150", phases: [] },
        }),
      ),
    );
    expect(problems).toEqual({
      "components.1.quantity": "At least 1",
      "components.1.price": "A price cannot be negative",
      "pricing.discountValue": "A discount cannot exceed 100 %",
    });
  });
});
