// Stock-keeping units of a product's variants. An organizer may type one (their warehouse's code)
// or leave it blank: then one is made from the product's and the variant's names. Pure.

export const SKU_MAX = 40;
const PRODUCT_PART = 24;
const VARIANT_PART = 12;

/** Words as a code: "Festival T-shirt" → "FESTIVAL-T-SHIRT", "Größe" → "GROSSE". */
function code(words: string, max: number): string {
  return words
    .replace(/ß/g, "ss")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, "-")
    .replace(/^-+/, "")
    .slice(0, max)
    .replace(/-+$/, "");
}

/**
 * The SKU of every variant, in order: a typed one is kept; a blank one is made from the product
 * and the variant ("T-shirt", "M" → "T-SHIRT-M"), the same names giving the same SKU, and made
 * unique within the product (a clash with another variant's, typed or made, gets "-2", "-3"…).
 * `taken` holds the SKUs the product's other variants have already (when one variant is added).
 */
export function skusFor(
  productName: string,
  variants: readonly { name: string; sku: string }[],
  taken: readonly string[] = [],
): string[] {
  const used = new Set([...taken, ...variants.map((v) => v.sku)].map((s) => s.toUpperCase()));
  const product = code(productName, PRODUCT_PART) || "ITEM";
  return variants.map((v, i) => {
    if (v.sku) return v.sku;
    const base = `${product}-${code(v.name, VARIANT_PART) || `V${i + 1}`}`;
    let sku = base;
    for (let n = 2; used.has(sku); n++) sku = `${base}-${n}`;
    used.add(sku);
    return sku;
  });
}
