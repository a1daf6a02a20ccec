// The event's Overview: what is sold and how the fan sees it now, publishing, the header image.
import Link from "next/link";
import { can } from "@/server/distribution";
import { eventOffer } from "@/server/workflows";
import { clock } from "@/server/platform/clock";
import { ActionForm } from "@/components/action-form";
import { Card, EmptyState } from "@/components/ui";
import { publishEventAction } from "./actions";
import { setEventHeaderImageAction } from "../../theme/actions";
import { OfferPreview } from "./_components/offer-preview";
import { ProductsTable } from "./_components/products-table";
import { catalogView } from "./_components/catalog-view";
import { eventRoute, type EventParams } from "./_components/event-route";

export const metadata = { title: "Event" };

export default async function EventOverview({ params }: { params: EventParams }) {
  const { brand, role, event, base } = await eventRoute(params, "brand:read");
  const now = clock.now();
  const [view, shopOffer] = await Promise.all([
    catalogView(brand, event, now),
    eventOffer(brand, event, now, { channel: "shop" }),
  ]);
  const published = event.status === "published";
  const edits = can(role, "catalog:write");
  return (
    <>
      <Card>
        <h2 className="mb-3 font-semibold">What is sold</h2>
        {event.products.length === 0 ? (
          <EmptyState title="Nothing to sell yet">
            {edits ? (
              <Link className="font-medium text-zinc-900 underline" href={`${base}/tickets`}>
                Add a ticket type to start selling
              </Link>
            ) : (
              "The organizers have not added a ticket type yet."
            )}
          </EmptyState>
        ) : (
          <ProductsTable
            products={event.products}
            view={view}
            currency={brand.currency}
            productHref={edits ? (id) => `${base}/products/${id}` : null}
          />
        )}
        {published ? (
          <p className="mt-6 border-t border-zinc-100 pt-4 text-sm text-zinc-700" role="status">
            On sale at{" "}
            <Link className="font-medium underline" href={`/s/${brand.slug}/${event.slug}`}>
              /s/{brand.slug}/{event.slug}
            </Link>
          </p>
        ) : edits ? (
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
        ) : null}
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
    </>
  );
}
