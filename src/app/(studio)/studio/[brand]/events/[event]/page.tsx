// The event's Overview: what is sold and how the fan sees it now, publishing, the header image.
import Link from "next/link";
import { can } from "@/server/distribution";
import { eventOffer } from "@/server/workflows";
import { clock } from "@/server/platform/clock";
import { MESSAGES } from "@/server/platform/messages";
import { ActionForm } from "@/components/action-form";
import { Card, EmptyState } from "@/components/ui";
import { publishEventAction } from "./actions";
import { setEventHeaderImageAction } from "../../theme/actions";
import { OfferPreview } from "./_components/offer-preview";
import { ProductsTable } from "./_components/products-table";
import { catalogView } from "./_components/catalog-view";
import { eventRoute, type EventParams } from "./_components/event-route";
import { studioLocale, studioT } from "../../../_lib/locale";

export async function generateMetadata() {
  const t = await studioT("catalog");
  return { title: t("titles.event") };
}

export default async function EventOverview({ params }: { params: EventParams }) {
  const { brand, role, event, base } = await eventRoute(params, "brand:read");
  const now = clock.now();
  const [view, shopOffer, t, locale] = await Promise.all([
    catalogView(brand, event, now),
    eventOffer(brand, event, now, { channel: "shop" }),
    studioT("catalog"),
    studioLocale(),
  ]);
  const shopAddress = `/s/${brand.slug}/${event.slug}`;
  const published = event.status === "published";
  const edits = can(role, "catalog:write");
  return (
    <>
      <Card>
        <h2 className="mb-3 font-semibold">{t("overview.whatIsSold")}</h2>
        {event.products.length === 0 ? (
          <EmptyState title={t("overview.nothingToSell")}>
            {edits ? (
              <Link className="font-medium text-zinc-900 underline" href={`${base}/tickets`}>
                {t("overview.addTicketType")}
              </Link>
            ) : (
              t("overview.noTicketTypeYet")
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
            {t.rich("overview.onSaleAt", {
              address: shopAddress,
              link: (address) => (
                <Link className="font-medium underline" href={shopAddress}>
                  {address}
                </Link>
              ),
            })}
          </p>
        ) : edits ? (
          <div className="mt-6 border-t border-zinc-100 pt-4">
            <ActionForm
              action={publishEventAction.bind(null, brand.slug, event.id)}
              submit={t("overview.publish")}
              pendingLabel={t("overview.publishing")}
              className="flex flex-col gap-3"
            >
              <p className="text-sm text-zinc-600">
                {t("overview.publishingPuts", { address: shopAddress })}
              </p>
            </ActionForm>
          </div>
        ) : null}
      </Card>

      <Card>
        <h2 className="mb-1 font-semibold">{t("overview.fanSees")}</h2>
        <p className="mb-3 text-xs text-zinc-500">
          {published ? t("overview.fanSeesPublished") : t("overview.fanSeesDraft")}
        </p>
        <div className="flex flex-col gap-3" data-testid="fan-preview" inert>
          <OfferPreview items={shopOffer} locale={locale} offer={MESSAGES[locale].offer} />
        </div>
      </Card>

      {can(role, "brand:write") ? (
        <Card>
          <h2 className="mb-1 font-semibold">{t("overview.headerImage")}</h2>
          <p className="mb-3 text-sm text-zinc-600">{t("overview.headerImageHint")}</p>
          <div className="flex flex-wrap items-start gap-4">
            {/* the uploaded file itself */}
            {event.headerImageKey ? (
              <img
                src={`/files/${event.headerImageKey}`}
                alt={t("overview.currentHeader")}
                className="h-20 w-60 rounded-lg object-cover"
              />
            ) : (
              <p className="text-sm text-zinc-500">{t("overview.noneYet")}</p>
            )}
            <ActionForm
              action={setEventHeaderImageAction.bind(null, brand.slug, event.id)}
              submit={t("overview.upload")}
              pendingLabel={t("overview.uploading")}
              className="flex flex-col gap-2"
            >
              <label className="text-sm font-medium" htmlFor="header-file">
                {t("overview.imageFile")}
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
                submit={t("overview.remove")}
                pendingLabel={t("overview.removing")}
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
