import Link from "next/link";
import { notFound } from "next/navigation";
import { instantToZonedLocal, rowsFromComponents } from "@/server/offering";
import { priceBook } from "@/server/pricing";
import { eventOffer } from "@/server/workflows";
import { clock } from "@/server/platform/clock";
import { Card } from "@/components/ui";
import { formatMoney } from "@/components/format";
import {
  addVariantAction,
  changeBundleAction,
  editProductAction,
  editVariantAction,
  translateProductAction,
} from "./actions";
import { ActionForm } from "@/components/action-form";
import { Field } from "@/components/ui";
import { LOCALE_NAMES } from "@/server/platform/i18n";
import { AddVariantForm, EditVariantForm } from "../../_components/variant-forms";
import { studioBrand, studioEventOr404 } from "../../../../../_lib/guard";
import { EditProductForm } from "../../_components/edit-product-form";
import { EditBundleForm } from "../../_components/add-bundle-form";

const money = (minor: number) => (minor / 100).toFixed(2);
const KIND_LABEL: Record<string, string> = {
  ticket: "Ticket",
  merch: "Merch",
  addon: "Add-on",
  bundle: "Bundle",
};

export default async function ProductPage({
  params,
}: {
  params: Promise<{ brand: string; event: string; product: string }>;
}) {
  const { brand: slug, event: eventId, product: productId } = await params;
  const { brand } = await studioBrand(slug, "catalog:write");
  const event = await studioEventOr404(brand.id, eventId);
  const product = event.products.find((p) => p.id === productId);
  if (!product) notFound();
  const book = await priceBook(brand.id, [product.id], product.kind === "bundle" ? [product.id] : []);
  const local = (d: Date | null) => (d ? instantToZonedLocal(d, event.timeZone) : "");
  const phases = (book.phases.get(product.id)?.phases ?? []).map((p) => ({
    name: p.name,
    price: money(p.price),
    endsAt: local(p.endsAt),
    endsAfterSold: p.endsAfterSold === null ? "" : String(p.endsAfterSold),
  }));
  const bundlePricing = book.bundles.get(product.id);
  const isSumBundle = product.kind === "bundle" && (bundlePricing?.mode ?? "sum") === "sum";
  const offer =
    product.kind === "bundle" || product.kind === "merch"
      ? await eventOffer(brand, event, clock.now(), {
          channel: "box_office",
          unlocked: new Set(event.products.map((p) => p.id)),
        })
      : [];
  const variantsLeft = new Map(
    (offer.find((o) => o.id === product.id)?.variants ?? []).map((v) => [v.id, v.available]),
  );
  const priceOf = new Map(
    offer.map((o) => [o.id, o.price ? formatMoney(o.price.amount, o.price.currency) : "no price"]),
  );
  const parts = event.products
    .filter((p) => p.kind !== "bundle" || p.id !== product.id)
    .map((p) => ({ value: p.id, label: p.name, price: priceOf.get(p.id) ?? "", variants: p.variants }));
  // One row per product; the sizes of one choice are one row with its one in-bundle price.
  // The texts a fan of each of the brand's other languages reads in the default one, for now.
  const others = brand.languages.filter((l) => l !== brand.defaultLanguage);
  const missing = others.filter((l) => !product.translations?.[l]?.name);
  const componentRows = rowsFromComponents(
    product.components,
    (id) => bundlePricing?.overrides.get(id) ?? null,
  );
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h2 className="text-xl font-semibold tracking-tight">{product.name}</h2>
        <p className="text-sm text-zinc-600">
          {KIND_LABEL[product.kind] ?? product.kind} ·{" "}
          <Link
            href={`/studio/${brand.slug}/insights/audit?stream=product&id=${encodeURIComponent(product.id)}`}
            className="underline"
            data-testid="product-history"
          >
            History
          </Link>
        </p>
      </div>
      <Card>
        <h2 className="mb-4 font-semibold">Details{isSumBundle ? "" : " and price"}</h2>
        <EditProductForm
          action={editProductAction.bind(null, brand.slug, event.id, product.id)}
          currency={brand.currency}
          phases={isSumBundle ? null : phases}
          bundle={product.kind === "bundle"}
          defaults={{
            name: product.name,
            description: product.description,
            taxRate: String(product.taxRateBp / 100),
            visibility: product.visibility,
            channels: product.channels,
            minPerOrder: String(product.minPerOrder),
            maxPerOrder: String(product.maxPerOrder),
            salesStart: local(product.salesStart),
            salesEnd: local(product.salesEnd),
          }}
        />
      </Card>
      {product.kind === "merch" ? (
        <Card>
          <h2 className="mb-4 font-semibold">Variants</h2>
          <div className="flex flex-col gap-3">
            {product.variants.map((v) => (
              <EditVariantForm
                key={v.id}
                action={editVariantAction.bind(null, brand.slug, event.id, product.id, v.id)}
                name={v.name}
                sku={v.sku}
                available={variantsLeft.get(v.id) ?? 0}
              />
            ))}
            <div className="border-t border-zinc-100 pt-3">
              <p className="mb-2 text-sm font-medium">Add a size or colour (with its own stock)</p>
              <AddVariantForm action={addVariantAction.bind(null, brand.slug, event.id, product.id)} />
            </div>
          </div>
        </Card>
      ) : null}
      {product.kind === "bundle" ? (
        <Card>
          <h2 className="mb-4 font-semibold">Components and pricing</h2>
          <EditBundleForm
            action={changeBundleAction.bind(null, brand.slug, event.id, product.id)}
            parts={parts}
            currency={brand.currency}
            components={componentRows.map((r) => ({
              key: r.productId,
              variantIds: r.variantIds,
              quantity: String(r.quantity),
              role: r.optional ? "optional" : r.group && r.variantIds.length < 2 ? "choice" : "fixed",
              group: r.group ?? "",
              price: r.price === null ? "" : money(r.price),
            }))}
            pricing={{
              mode: bundlePricing?.mode ?? "sum",
              discountKind: bundlePricing?.discount?.kind ?? "none",
              discountValue: bundlePricing?.discount
                ? bundlePricing.discount.kind === "percent"
                  ? String(bundlePricing.discount.basisPoints / 100)
                  : money(bundlePricing.discount.amount)
                : "",
              phases,
            }}
          />
        </Card>
      ) : null}
      {others.length ? (
        <Card>
          <h2 className="mb-1 font-semibold">Translations</h2>
          <p className="mb-2 text-sm text-zinc-600">
            Its name{product.variants.length ? ", variants" : ""} and description for fans reading another
            language; where one is missing, they read the {LOCALE_NAMES[brand.defaultLanguage]} text.
          </p>
          {missing.length ? (
            <p className="mb-4 text-sm text-amber-800" data-testid="missing-product-translations">
              Missing: {missing.map((l) => LOCALE_NAMES[l]).join(", ")}.
            </p>
          ) : null}
          <ActionForm
            action={translateProductAction.bind(null, brand.slug, event.id, product.id)}
            submit="Save translations"
            resetOnSuccess={false}
          >
            {others.map((locale) => (
              <fieldset key={locale} className="flex flex-col gap-3" lang={locale}>
                <legend className="mb-1 text-sm font-semibold">{LOCALE_NAMES[locale]}</legend>
                <Field
                  label={`Name (${LOCALE_NAMES[locale]})`}
                  name={`${locale}.name`}
                  defaultValue={product.translations?.[locale]?.name ?? ""}
                  maxLength={120}
                />
                <Field
                  label={`Description (${LOCALE_NAMES[locale]})`}
                  name={`${locale}.description`}
                  defaultValue={product.translations?.[locale]?.description ?? ""}
                  maxLength={2000}
                />
                {product.variants.map((v, i) => (
                  <Field
                    key={v.id}
                    label={`${v.name} (${LOCALE_NAMES[locale]})`}
                    name={`variants.${i}.${locale}`}
                    defaultValue={product.translations?.[locale]?.variants?.[v.id] ?? ""}
                    maxLength={80}
                  />
                ))}
              </fieldset>
            ))}
            {product.variants.map((v, i) => (
              <input key={v.id} type="hidden" name={`variants.${i}.id`} value={v.id} />
            ))}
          </ActionForm>
        </Card>
      ) : null}
    </div>
  );
}
