// What an order's documents call what was bought, in a language (docs/adr/0033): the order keeps
// the names as bought, in the brand's default language; its e-mails, PDF and page name each
// product, variant and bundle part as the organizer translates it now, the bought name where no
// translation was given.
import type * as checkout from "@/server/checkout";
import * as fulfillment from "@/server/fulfillment";
import * as offering from "@/server/offering";
import type { Locale } from "@/server/platform/i18n";

type Line = checkout.OrderRecord["lines"][number];
export type OrderNames = {
  /** The order's lines with their products', variants' and parts' names in the language. */
  lines: Line[];
  /** An item's or ticket's label as fulfillment made it, in the language; `lineId` when known. */
  label: (bought: string, lineId?: string) => string;
};

/** Each bought label of a line (the line itself, or each of its bundle's parts), with its translation. */
function labelPairs(bought: Line, said: Line): [string, string][] {
  if (bought.components.length === 0) return [[fulfillment.itemLabel(bought), fulfillment.itemLabel(said)]];
  return bought.components.map((c, i) => [
    fulfillment.itemLabel(bought, c),
    fulfillment.itemLabel(said, said.components[i]!),
  ]);
}

type Translations = Awaited<ReturnType<typeof offering.productTranslations>>;

/** Every product an order's lines name, their bundles' parts included. */
export const productIdsOf = (order: Pick<checkout.OrderRecord, "lines">) =>
  order.lines.flatMap((l) => [l.productId, ...l.components.map((c) => c.productId)]);

/** The order's names in `locale`, from its products' current translations (one read). */
export async function orderNamesIn(
  order: Pick<checkout.OrderRecord, "brandId" | "lines">,
  locale: Locale,
): Promise<OrderNames> {
  return orderNamesWith(
    order,
    locale,
    await offering.productTranslations(order.brandId, productIdsOf(order)),
  );
}

/** orderNamesIn with the translations already read (a batch of orders reads them once). */
export function orderNamesWith(
  order: Pick<checkout.OrderRecord, "lines">,
  locale: Locale,
  translations: Translations,
): OrderNames {
  const w = offering.productWords((id) => translations.get(id)?.[locale]);
  const say = <N extends { productId: string; productName: string; variantId: string | null }>(
    n: N & { variantName: string | null },
  ): N => ({
    ...n,
    productName: w.name(n.productId, n.productName),
    variantName: w.variant(n.productId, n.variantId, n.variantName),
  });
  const lines = order.lines.map((l) => ({ ...say(l), components: l.components.map(say) }));
  const byLine = new Map(order.lines.map((l, i) => [l.lineId, new Map(labelPairs(l, lines[i]!))]));
  const anyLine = new Map([...byLine.values()].flatMap((m) => [...m]));
  return {
    lines,
    label: (bought, lineId) => (lineId === undefined ? anyLine : byLine.get(lineId))?.get(bought) ?? bought,
  };
}
