// Read model: what sold, per quarter hour — per channel, per product and variant, per bundle
// component (from the allocation stored with the order), per promo code — and what went back.
// A sale counts when it is paid; a refund when it is requested (docs/adr/0027).
import { transaction, type UnitOfWork } from "@/server/platform/unit-of-work";
import { applyOnce, forgetReceipts, type RecordedEvent, type Subscriber } from "@/server/eventlog";
import * as checkout from "@/server/checkout";
import type { FulfillmentPlanned, ItemsRefunded } from "@/server/fulfillment";
import { bucketOf } from "../model/buckets";
import {
  componentFigures,
  refundPlacement,
  type ComponentFigures,
  type CountedLine,
} from "../model/sales-facts";
import {
  addComponentRevenue,
  addProductSales,
  addPromoUse,
  addSales,
  clearFacts,
} from "../infrastructure/facts-repo";
import {
  countOrder,
  forgetOrders,
  itemsOf,
  orderMemo,
  rememberItems,
  rememberOrder,
} from "../infrastructure/memo-repo";

const NAME = "projection:insights-sales";

type SalesEvent =
  | checkout.OrderPlaced
  | checkout.OrderPaid
  | checkout.RefundRequested
  | checkout.OrderRefunded
  | FulfillmentPlanned
  | ItemsRefunded;

export const salesProjection: Subscriber<SalesEvent> = {
  name: NAME,
  purpose: "Count it in Insights",
  handles: [
    "OrderPlaced",
    "OrderPaid",
    "RefundRequested",
    "OrderRefunded",
    "FulfillmentPlanned",
    "ItemsRefunded",
  ],
  async handle(event) {
    await transaction((tx) => applyOnce(tx, NAME, event, () => apply(tx, event)));
  },
  async reset() {
    await transaction(async (tx) => {
      for (const table of ["sales", "products", "components", "promos"] as const) await clearFacts(tx, table);
      await forgetOrders(tx);
      await forgetReceipts(tx, NAME);
    });
  },
};

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

type FactKey = { eventId: string; brandId: string; bucket: Date; currency: string };
const NOTHING = { units: 0, gross: 0, discount: 0, tax: 0, refunds: 0 };

/** One refund of `amount` on the sales of its order's channel. */
const refundRow = (key: FactKey, channel: string, amount: number) => ({
  ...key,
  channel,
  orders: 0,
  tickets: 0,
  gross: 0,
  discount: 0,
  tax: 0,
  refunds: amount,
  refundCount: 1,
});

/** A line's row of `insight_product_sales`, with the figures it adds. */
const productRow = (key: FactKey, l: CountedLine, figures: typeof NOTHING) => ({
  ...key,
  productId: l.productId,
  variantId: l.variantId,
  productName: l.productName,
  variantName: l.variantName,
  kind: l.kind,
  ...figures,
});

/** A bundle line's rows of `insight_component_revenue`; `figures` says what each component adds. */
const componentRows = (
  key: FactKey,
  l: CountedLine,
  figures: (c: ComponentFigures) => { units: number; revenue: number; tax: number; refunds: number },
) =>
  componentFigures(l).map((c) => {
    const part = l.components.find((x) => x.componentId === c.componentId)!;
    return {
      ...key,
      ...c,
      bundleName: l.productName,
      productName: part.productName,
      variantName: part.variantName,
      ...figures(c),
    };
  });

async function apply(tx: UnitOfWork, event: RecordedEvent<SalesEvent>) {
  const brandId = event.metadata.brandId;
  const bucket = bucketOf(event.recordedAt);
  switch (event.type) {
    case "OrderPlaced": {
      const p = event.payload;
      const currency = p.currency;
      await rememberOrder(tx, {
        orderId: p.orderId,
        brandId,
        eventId: p.eventId,
        channel: p.channel ?? "shop",
        currency,
        promoCode: p.promoCode,
      });
      return;
    }
    case "OrderPaid": {
      const p = event.payload;
      const lines: CountedLine[] = p.lines.map((l) => ({ ...l, components: l.components ?? [] }));
      const memo = await countOrder(tx, {
        orderId: p.orderId,
        brandId,
        eventId: p.eventId,
        currency: p.currency,
        paidAt: event.recordedAt,
        lines,
      });
      if (!memo) return;
      const key = { eventId: p.eventId, brandId, bucket, currency: p.currency };
      const discount = sum(lines.map((l) => l.discount));
      await addSales(tx, [
        {
          ...key,
          channel: memo.channel,
          orders: 1,
          tickets: checkout.admissionsIn(lines),
          gross: p.total,
          discount,
          tax: sum(lines.map((l) => l.tax)),
          refunds: 0,
          refundCount: 0,
        },
      ]);
      await addProductSales(
        tx,
        lines.map((l) =>
          productRow(key, l, {
            units: l.quantity,
            gross: l.total,
            discount: l.discount,
            tax: l.tax,
            refunds: 0,
          }),
        ),
      );
      await addComponentRevenue(
        tx,
        lines.flatMap((l) => componentRows(key, l, (c) => ({ ...c, refunds: 0 }))),
      );
      if (memo.promoCode) await addPromoUse(tx, [{ ...key, code: memo.promoCode, orders: 1, discount }]);
      return;
    }
    case "FulfillmentPlanned": {
      const p = event.payload;
      await rememberItems(
        tx,
        p.items.flatMap((i) =>
          i.lineId === undefined
            ? [] // written before items named their line: their refunds count per order only
            : [{ itemId: i.itemId, orderId: p.orderId, lineId: i.lineId, componentId: i.componentId ?? "" }],
        ),
      );
      return;
    }
    case "ItemsRefunded": {
      const p = event.payload;
      const memo = await orderMemo(tx, brandId, p.orderId);
      if (!memo?.paidAt) return;
      const lines = memo.lines as CountedLine[];
      const known = new Map(
        (
          await itemsOf(
            tx,
            p.orderId,
            p.items.map((i) => i.itemId),
          )
        ).map((i) => [i.itemId, i]),
      );
      const key = { eventId: memo.eventId, brandId, bucket, currency: memo.currency };
      const placed = p.items.flatMap((i) => {
        const item = known.get(i.itemId);
        const where = item && refundPlacement(lines, item);
        return where ? [{ ...where, amount: i.amount }] : [];
      });
      await addProductSales(
        tx,
        placed.map(({ line, amount }) => productRow(key, line, { ...NOTHING, refunds: amount })),
      );
      await addComponentRevenue(
        tx,
        placed.flatMap(({ line, component, amount }) => {
          if (!component) return [];
          const part = line.components.find((c) => c.componentId === component.componentId)!;
          return [
            {
              ...key,
              ...component,
              bundleName: line.productName,
              productName: part.productName,
              variantName: part.variantName,
              units: 0,
              revenue: 0,
              tax: 0,
              refunds: amount,
            },
          ];
        }),
      );
      return;
    }
    case "RefundRequested": {
      const p = event.payload;
      const memo = await orderMemo(tx, brandId, p.orderId);
      if (!memo?.paidAt) return;
      const key = { eventId: memo.eventId, brandId, bucket, currency: p.currency };
      await addSales(tx, [refundRow(key, memo.channel, p.amount)]);
      return;
    }
    case "OrderRefunded": {
      // Item by item, the money was counted with each RefundRequested; only a whole refund at once counts here.
      const p = event.payload;
      if (p.reason !== "sold_out_after_hold_expired") return;
      const memo = await orderMemo(tx, brandId, p.orderId);
      if (!memo?.paidAt) return;
      const lines = memo.lines as CountedLine[];
      const key = { eventId: memo.eventId, brandId, bucket, currency: memo.currency };
      await addSales(tx, [refundRow(key, memo.channel, p.amount)]);
      await addProductSales(
        tx,
        lines.map((l) => productRow(key, l, { ...NOTHING, refunds: l.total })),
      );
      await addComponentRevenue(
        tx,
        lines.flatMap((l) =>
          componentRows(key, l, (c) => ({ units: 0, revenue: 0, tax: 0, refunds: c.revenue })),
        ),
      );
      return;
    }
  }
}
