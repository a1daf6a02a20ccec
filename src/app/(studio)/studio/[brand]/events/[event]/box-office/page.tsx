// The box office: sell at the door through the same checkout as the shop (prices, pools,
// limits), channel "box office", paid in cash or by card on the venue's terminal.
import Link from "next/link";
import { eventOffer } from "@/server/workflows";
import { clock } from "@/server/platform/clock";
import { ActionForm } from "@/components/action-form";
import { Alert, Card, EmptyState, Field } from "@/components/ui";
import { LOW_STOCK, moneyIn } from "@/components/format";
import { studioLocale, studioT } from "../../../../_lib/locale";
import { eventRoute, type EventParams } from "../_components/event-route";
import { sellAtBoxOfficeAction } from "./actions";

export async function generateMetadata() {
  return { title: (await studioT("sales"))("boxOffice.title") };
}

export default async function BoxOffice({ params }: { params: EventParams }) {
  const { brand, event, base } = await eventRoute(params, "orders:write");
  const [t, locale] = await Promise.all([studioT("sales"), studioLocale()]);
  const money = moneyIn(locale);
  // The shop's rule (format.ts stockLabel), in the Studio's words.
  const stock = (available: number) =>
    available <= 0
      ? t("boxOffice.soldOut")
      : available <= LOW_STOCK
        ? t("boxOffice.onlyLeft", { count: available })
        : null;
  // What the box office may sell: everything sold in this channel, hidden items too; bundles that need no
  // choice.
  const offer = (
    await eventOffer(brand, event, clock.now(), {
      channel: "box_office",
      unlocked: new Set(event.products.map((p) => p.id)),
    })
  ).filter(
    (i) =>
      i.kind !== "bundle" ||
      !event.products.find((p) => p.id === i.id)?.components.some((c) => c.group || c.optional),
  );
  return (
    <div className="flex max-w-2xl flex-col gap-6">
      <p className="text-sm text-zinc-600">{t("boxOffice.intro")}</p>
      {event.status === "published" ? null : (
        <Alert tone="amber">
          {t("boxOffice.draft")}{" "}
          <Link className="font-medium underline" href={base}>
            {t("publishFromOverview")}
          </Link>
          .
        </Alert>
      )}
      {offer.length === 0 ? (
        <EmptyState title={t("boxOffice.nothingToSell")}>
          <Link className="font-medium text-zinc-900 underline" href={`${base}/tickets`}>
            {t("boxOffice.addProducts")}
          </Link>
          .
        </EmptyState>
      ) : (
        <Card>
          <ActionForm
            action={sellAtBoxOfficeAction.bind(null, brand.slug, event.id)}
            submit={t("boxOffice.record")}
            pendingLabel={t("boxOffice.recording")}
          >
            <ul className="flex flex-col divide-y divide-zinc-100" data-testid="box-office-items">
              {offer.map((item, i) => (
                <li key={item.id} className="flex flex-wrap items-center justify-between gap-3 py-2">
                  <div>
                    <p className="font-medium">{item.name}</p>
                    <p className="text-sm text-zinc-600">
                      {[
                        item.price ? money(item.price.amount, item.price.currency) : "—",
                        stock(item.available),
                      ]
                        .filter(Boolean)
                        .join(" · ")}
                    </p>
                  </div>
                  <div className="flex items-center gap-2">
                    <input type="hidden" name={`lines.${i}.productId`} value={item.id} />
                    {item.variants.length > 0 ? (
                      <select
                        name={`lines.${i}.variantId`}
                        aria-label={t("boxOffice.variantOf", { name: item.name })}
                        className="rounded-lg border border-zinc-300 bg-white px-2 py-1.5"
                      >
                        {item.variants.map((v) => (
                          <option key={v.id} value={v.id} disabled={v.available <= 0}>
                            {v.name}
                          </option>
                        ))}
                      </select>
                    ) : null}
                    <label className="sr-only" htmlFor={`qty-${item.id}`}>
                      {t("boxOffice.quantityOf", { name: item.name })}
                    </label>
                    <input
                      id={`qty-${item.id}`}
                      name={`lines.${i}.quantity`}
                      type="number"
                      min={0}
                      max={item.maxPerOrder}
                      defaultValue={0}
                      className="w-20 rounded-lg border border-zinc-300 px-2 py-1.5 text-right"
                    />
                  </div>
                </li>
              ))}
            </ul>
            <div className="grid gap-3 sm:grid-cols-2">
              <Field label={t("boxOffice.buyerName")} name="name" autoComplete="off" required />
              <Field
                label={t("boxOffice.buyerEmail")}
                name="email"
                type="email"
                autoComplete="off"
                required
              />
            </div>
            <fieldset className="flex gap-4">
              <legend className="mb-1 text-sm font-medium">{t("boxOffice.paidBy")}</legend>
              <label className="flex items-center gap-2 text-sm">
                <input type="radio" name="method" value="cash" defaultChecked /> {t("boxOffice.cash")}
              </label>
              <label className="flex items-center gap-2 text-sm">
                <input type="radio" name="method" value="card" /> {t("boxOffice.card")}
              </label>
            </fieldset>
          </ActionForm>
        </Card>
      )}
    </div>
  );
}
