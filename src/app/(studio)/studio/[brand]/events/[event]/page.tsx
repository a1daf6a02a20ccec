import Link from "next/link";
import { catalogOfBrand, studioEvents } from "@/server/offering";
import { poolsOverview } from "@/server/inventory";
import { priceBook, promosOf } from "@/server/pricing";
import { eventOffer } from "@/server/workflows";
import { clock } from "@/server/platform/clock";
import { ActionForm } from "@/components/action-form";
import { Badge, Card, EmptyState, PageTitle, secondaryButtonClass } from "@/components/ui";
import { formatDateTime, formatEventDates, formatMoney, stockLabel } from "@/components/format";
import { OfferPreview } from "./_components/offer-preview";
import { BundleSplit } from "@/components/bundle-split";
import {
  addBundleAction,
  addDrawAction,
  addPoolAction,
  addProductAction,
  addPromoAction,
  publishEventAction,
} from "../../../actions";
import { studioBrand, studioEventOr404 } from "../../../_lib/guard";
import { can } from "@/server/distribution";
import { setEventHeaderImageAction } from "../../theme/actions";
import { AuditList } from "../../_components/audit-list";
import { AddProductForm } from "./_components/add-product-form";
import { AddBundleForm } from "./_components/add-bundle-form";
import { PoolsPanel } from "./_components/pools-panel";
import { PromoForm } from "./_components/promo-form";

const KIND: Record<string, string> = { ticket: "Ticket", merch: "Merch", addon: "Add-on", bundle: "Bundle" };

export default async function EventPage({ params }: { params: Promise<{ brand: string; event: string }> }) {
  const { brand: slug, event: eventId } = await params;
  const { brand, role } = await studioBrand(slug, "brand:read");
  const event = await studioEventOr404(brand.id, eventId);
  const now = clock.now();
  const ids = event.products.map((p) => p.id);
  const [catalog, studioOffer, shopOffer, pools, book, promos, brandEvents] = await Promise.all([
    catalogOfBrand(brand.id),
    eventOffer(brand, event, now, { channel: "box_office", unlocked: new Set(ids) }),
    eventOffer(brand, event, now, { channel: "shop" }),
    poolsOverview(brand.id, now),
    priceBook(brand.id, ids, []),
    promosOf(brand.id, event.id),
    studioEvents(brand.id),
  ]);
  const byId = new Map(catalog.map((p) => [p.id, p]));
  const offerById = new Map(studioOffer.map((o) => [o.id, o]));
  const labelOf = (productId: string, variantId: string | null) => {
    const p = byId.get(productId);
    const v = p?.variants.find((x) => x.id === variantId);
    return `${p?.name ?? "?"}${v ? ` — ${v.name}` : ""}`;
  };
  const sellable = event.products.filter((p) => p.kind !== "bundle");
  const drawOptions = sellable.flatMap((p) => [
    { value: `${p.id}:`, label: p.variants.length ? `${p.name} (every variant)` : p.name },
    ...p.variants.map((v) => ({ value: `${p.id}:${v.id}`, label: `${p.name} — ${v.name}` })),
  ]);
  const partOptions = sellable.map((p) => {
    const price = offerById.get(p.id)?.price;
    const shown = price ? formatMoney(price.amount, price.currency) : "no price";
    return { value: p.id, label: p.name, price: shown, variants: p.variants };
  });
  const eventProductIds = new Set(ids);
  const eventPools = pools
    .filter((p) => p.draws.length === 0 || p.draws.some((d) => eventProductIds.has(d.productId)))
    .map((p) => ({
      id: p.id,
      name: p.name,
      capacity: p.capacity,
      sold: p.sold,
      held: p.held,
      drawers: p.draws.map((d) => ({ label: labelOf(d.productId, d.variantId), units: d.units })),
    }));
  const published = event.status === "published";
  const phaseText = (productId: string) =>
    (book.phases.get(productId)?.phases ?? []).map((ph) => {
      const ends = [
        ph.endsAt ? `until ${formatDateTime(ph.endsAt, event.timeZone)}` : null,
        ph.endsAfterSold !== null ? `until ${ph.endsAfterSold} sold` : null,
      ]
        .filter(Boolean)
        .join(" or ");
      return `${ph.name} ${formatMoney(ph.price, brand.currency)}${ends ? ` ${ends}` : ""}`;
    });

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <PageTitle
          sub={
            <>
              {formatEventDates(event.startsAt, event.endsAt, event.timeZone)} ({event.timeZone}) ·{" "}
              {event.venue}
            </>
          }
        >
          {event.name} <Badge tone={published ? "green" : "amber"}>{published ? "on sale" : "draft"}</Badge>
        </PageTitle>
        <nav className="flex flex-wrap gap-2">
          {published ? (
            <Link className={secondaryButtonClass} href={`/s/${brand.slug}/${event.slug}`}>
              View in shop
            </Link>
          ) : null}
          {can(role, "catalog:write") ? (
            <Link className={secondaryButtonClass} href={`/studio/${brand.slug}/events/${event.id}/edit`}>
              Edit details
            </Link>
          ) : null}
          <Link className={secondaryButtonClass} href={`/studio/${brand.slug}/orders?event=${event.id}`}>
            Orders
          </Link>
          <Link className={secondaryButtonClass} href={`/studio/${brand.slug}/events/${event.id}/attendees`}>
            Attendees
          </Link>
          <Link className={secondaryButtonClass} href={`/studio/${brand.slug}/events/${event.id}/check-in`}>
            Check-in
          </Link>
          {published && can(role, "orders:write") ? (
            <Link
              className={secondaryButtonClass}
              href={`/studio/${brand.slug}/events/${event.id}/box-office`}
            >
              Box office
            </Link>
          ) : null}
        </nav>
      </div>

      <Card>
        <h2 className="mb-3 font-semibold">What is sold</h2>
        {event.products.length === 0 ? (
          <EmptyState title="Nothing to sell yet">Add a ticket below — then publish.</EmptyState>
        ) : (
          <table className="w-full text-left text-sm" data-testid="products-table">
            <thead className="text-zinc-500">
              <tr>
                <th className="py-2">Name</th>
                <th>Kind</th>
                <th>Price now</th>
                <th>Price phases</th>
                <th>Available now</th>
              </tr>
            </thead>
            <tbody>
              {event.products.map((p) => {
                const o = offerById.get(p.id);
                return (
                  <tr key={p.id} className="border-t border-zinc-100 align-top">
                    <td className="py-2 font-medium">
                      <Link
                        href={`/studio/${brand.slug}/events/${event.id}/products/${p.id}`}
                        className="hover:underline"
                      >
                        {p.name}
                      </Link>
                      {p.visibility !== "public" ? (
                        <span className="ml-1">
                          <Badge tone="violet">{p.visibility === "hidden" ? "hidden" : "box office"}</Badge>
                        </span>
                      ) : null}
                      {p.kind === "bundle" ? (
                        <div className="text-xs font-normal text-zinc-500">
                          {p.components
                            .map(
                              (c) =>
                                `${c.quantity} × ${labelOf(c.productId, c.variantId)}${c.optional ? " (optional)" : c.group ? ` (${c.group})` : ""}`,
                            )
                            .join(", ")}
                          <BundleSplit split={o?.bundle?.split ?? null} currency={brand.currency} />
                        </div>
                      ) : null}
                      {p.variants.length ? (
                        <div className="text-xs font-normal text-zinc-500">
                          {o?.variants.map((v) => `${v.name}: ${v.available}`).join(" · ")}
                        </div>
                      ) : null}
                    </td>
                    <td>{KIND[p.kind]}</td>
                    <td>
                      {o?.price ? formatMoney(o.price.amount, o.price.currency) : "—"}
                      {o?.bundle && o.bundle.saving > 0 ? (
                        <div className="text-xs text-green-700">
                          saves {formatMoney(o.bundle.saving, brand.currency)}
                        </div>
                      ) : null}
                    </td>
                    <td className="text-xs text-zinc-600">
                      {phaseText(p.id).length > 1 ? (
                        <ol className="flex flex-wrap items-center gap-1">
                          {phaseText(p.id).map((t, i) => (
                            <li key={i} className="rounded bg-zinc-100 px-1.5 py-0.5">
                              {i > 0 ? "→ " : ""}
                              {t}
                            </li>
                          ))}
                        </ol>
                      ) : p.kind === "bundle" ? (
                        "sum of parts"
                      ) : (
                        "one price"
                      )}
                    </td>
                    <td>{o ? (stockLabel(o.available) ?? o.available) : "—"}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
        {!published ? (
          <div className="mt-6 border-t border-zinc-100 pt-4">
            <ActionForm
              action={publishEventAction.bind(null, brand.slug, event.id)}
              submit="Publish event"
              pendingLabel="Publishing…"
              className="flex flex-col gap-3"
            >
              <p className="text-sm text-zinc-600">
                Publishing puts the event on sale at /s/{brand.slug}/{event.slug}.
              </p>
            </ActionForm>
          </div>
        ) : (
          <p className="mt-6 border-t border-zinc-100 pt-4 text-sm text-zinc-700" role="status">
            On sale at{" "}
            <Link className="font-medium underline" href={`/s/${brand.slug}/${event.slug}`}>
              /s/{brand.slug}/{event.slug}
            </Link>
          </p>
        )}
      </Card>

      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <h2 className="mb-4 font-semibold">Add a product</h2>
          <AddProductForm
            action={addProductAction.bind(null, brand.slug, event.id)}
            currency={brand.currency}
            tickets={event.products
              .filter((p) => p.kind === "ticket")
              .map((p) => ({ id: p.id, name: p.name }))}
            pools={eventPools}
          />
        </Card>
        <Card>
          <h2 className="mb-4 font-semibold">Add a bundle</h2>
          {partOptions.length === 0 ? (
            <p className="text-sm text-zinc-600">Add the products a bundle is made of first.</p>
          ) : (
            <AddBundleForm
              action={addBundleAction.bind(null, brand.slug, event.id)}
              parts={partOptions}
              currency={brand.currency}
            />
          )}
        </Card>
      </div>

      <Card>
        <h2 className="mb-4 font-semibold">Pools — shared capacity and stock</h2>
        <PoolsPanel
          pools={eventPools}
          options={drawOptions}
          addPool={addPoolAction.bind(null, brand.slug, event.id)}
          addDraw={(poolId) => addDrawAction.bind(null, brand.slug, event.id, poolId)}
        />
      </Card>

      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <h2 className="mb-4 font-semibold">Promo codes</h2>
          {promos.length ? (
            <ul className="mb-4 flex flex-col gap-1 text-sm" data-testid="promo-list">
              {promos.map((p) => (
                <li key={p.code} className="flex justify-between gap-2">
                  <span className="font-mono font-medium">
                    {p.code} {p.events === "brand" ? <Badge>brand-wide</Badge> : null}
                    {p.events !== "brand" && p.events.length > 1 ? (
                      <Badge>{p.events.length} events</Badge>
                    ) : null}
                  </span>
                  <span className="text-zinc-600">
                    {p.kind === "percent" ? `${p.value / 100} %` : formatMoney(p.value, brand.currency)} off{" "}
                    {p.scope === "cart" ? "the cart" : p.scope === "bundles" ? "bundles" : "some products"} ·
                    used {p.used}
                    {p.maxUses ? ` of ${p.maxUses}` : ""}
                  </span>
                </li>
              ))}
            </ul>
          ) : null}
          <PromoForm
            action={addPromoAction.bind(null, brand.slug, event.id)}
            products={event.products.map((p) => ({
              id: p.id,
              name: p.name,
              hidden: p.visibility === "hidden",
            }))}
            otherEvents={brandEvents
              .filter((e) => e.id !== event.id)
              .map((e) => ({ id: e.id, name: e.name }))}
          />
        </Card>
        <Card>
          <h2 className="mb-1 font-semibold">What the fan sees now</h2>
          <p className="mb-3 text-xs text-zinc-500">
            The shop{published ? "" : " (once published)"}, at this moment: prices, phases, stock.
          </p>
          <div className="flex flex-col gap-3" data-testid="fan-preview" inert>
            <OfferPreview items={shopOffer} />
          </div>
        </Card>
      </div>

      {can(role, "brand:write") ? (
        <Card>
          <h2 className="mb-1 font-semibold">Header image</h2>
          <p className="mb-3 text-sm text-zinc-600">
            Shown above the event in the shop and the embed. A wide picture (3 : 1) works best; PNG or JPEG,
            at most 3 MB.
          </p>
          <div className="flex flex-wrap items-start gap-4">
            {/* the uploaded file itself */}
            {event.headerImageKey ? (
              <img
                src={`/files/${event.headerImageKey}`}
                alt="Current header"
                className="h-20 w-60 rounded-lg object-cover"
              />
            ) : (
              <p className="text-sm text-zinc-500">None yet.</p>
            )}
            <ActionForm
              action={setEventHeaderImageAction.bind(null, brand.slug, event.id)}
              submit="Upload header image"
              pendingLabel="Uploading…"
              className="flex flex-col gap-2"
            >
              <label className="text-sm font-medium" htmlFor="header-file">
                Image file
              </label>
              <input
                id="header-file"
                type="file"
                name="headerImage"
                accept="image/png,image/jpeg"
                className="text-sm"
              />
            </ActionForm>
            {event.headerImageKey ? (
              <ActionForm
                action={setEventHeaderImageAction.bind(null, brand.slug, event.id)}
                submit="Remove header image"
                className="flex flex-col gap-2"
              >
                <input type="hidden" name="remove" value="1" />
              </ActionForm>
            ) : null}
          </div>
        </Card>
      ) : null}

      <Card>
        <h2 className="mb-3 font-semibold">Audit log</h2>
        <AuditList brandSlug={brand.slug} eventId={event.id} />
      </Card>
    </div>
  );
}
