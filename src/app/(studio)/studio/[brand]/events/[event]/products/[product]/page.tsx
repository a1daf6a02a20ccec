import Link from "next/link";
import { notFound } from "next/navigation";
import {
  groupsOf,
  instantToZonedLocal,
  missingProductTranslations,
  rowsFromComponents,
} from "@/server/offering";
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
import { studioT } from "../../../../../_lib/locale";

const money = (minor: number) => (minor / 100).toFixed(2);
const KINDS = ["ticket", "merch", "addon", "bundle"] as const;
const isKind = (k: string): k is (typeof KINDS)[number] => (KINDS as readonly string[]).includes(k);

export default async function ProductPage({
  params,
}: {
  params: Promise<{ brand: string; event: string; product: string }>;
}) {
  const { brand: slug, event: eventId, product: productId } = await params;
  const [{ brand }, t] = await Promise.all([studioBrand(slug, "catalog:write"), studioT("catalog")]);
  const event = await studioEventOr404(brand.id, eventId);
  const product = event.products.find((p) => p.id === productId);
  if (!product) notFound();
  const book = await priceBook(brand.id, [product.id], product.kind === "bundle" ? [product.id] : []);
  const local = (d: Date | null) => (d ? instantToZonedLocal(d, event.timeZone) : "");
  const stored = book.phases.get(product.id)?.phases ?? [];
  const phases = stored.map((p) => ({
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
    offer.map((o) => [
      o.id,
      o.price ? formatMoney(o.price.amount, o.price.currency) : t("productPage.noPrice"),
    ]),
  );
  const parts = event.products
    .filter((p) => p.kind !== "bundle" || p.id !== product.id)
    .map((p) => ({ value: p.id, label: p.name, price: priceOf.get(p.id) ?? "", variants: p.variants }));
  // One row per product; the sizes of one choice are one row with its one in-bundle price.
  // What a fan of each of the brand's other languages reads in the default one, for now.
  const others = brand.languages.filter((l) => l !== brand.defaultLanguage);
  const groupNames = [...groupsOf(product).keys()];
  const phaseNames = stored.map((p) => p.name);
  const missing = missingProductTranslations(
    { ...product, variantIds: product.variants.map((v) => v.id), groupNames, phaseNames },
    product.translations ?? {},
    brand.languages,
    brand.defaultLanguage,
  );
  const missingIn = (m: (typeof missing)[number]) =>
    t("productPage.missingIn", {
      language: LOCALE_NAMES[m.locale],
      fields: m.fields.map((f) => t(`productPage.fields.${f}`)).join(", "),
    });
  const said = (locale: (typeof others)[number]) => product.translations?.[locale];
  // Named by the organizer in the default language, translated by that name (docs/adr/0033).
  const named = [
    { field: "groups", names: groupNames, max: 120 },
    { field: "phases", names: phaseNames, max: 60 },
  ] as const;
  const componentRows = rowsFromComponents(
    product.components,
    (id) => bundlePricing?.overrides.get(id) ?? null,
  );
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h2 className="text-xl font-semibold tracking-tight">{product.name}</h2>
        <p className="text-sm text-zinc-600">
          {isKind(product.kind) ? t(`productPage.kind.${product.kind}`) : product.kind} ·{" "}
          <Link
            href={`/studio/${brand.slug}/insights/audit?stream=product&id=${encodeURIComponent(product.id)}`}
            className="underline"
            data-testid="product-history"
          >
            {t("productPage.history")}
          </Link>
        </p>
      </div>
      <Card>
        <h2 className="mb-4 font-semibold">
          {t(isSumBundle ? "productPage.details" : "productPage.detailsAndPrice")}
        </h2>
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
          <h2 className="mb-4 font-semibold">{t("productPage.variants")}</h2>
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
              <p className="mb-2 text-sm font-medium">{t("productPage.addVariant")}</p>
              <AddVariantForm action={addVariantAction.bind(null, brand.slug, event.id, product.id)} />
            </div>
          </div>
        </Card>
      ) : null}
      {product.kind === "bundle" ? (
        <Card>
          <h2 className="mb-4 font-semibold">{t("productPage.components")}</h2>
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
          <h2 className="mb-1 font-semibold">{t("productPage.translations")}</h2>
          <p className="mb-2 text-sm text-zinc-600">
            {t("productPage.translationsHint", {
              variants: product.variants.length ? "yes" : "no",
              language: LOCALE_NAMES[brand.defaultLanguage],
            })}
            {groupNames.length || phaseNames.length ? ` ${t("productPage.namesHint")}` : ""}
          </p>
          {missing.length ? (
            <p className="mb-4 text-sm text-amber-800" data-testid="missing-product-translations">
              {t("productPage.missing", { list: missing.map(missingIn).join("; ") })}
            </p>
          ) : null}
          <ActionForm
            action={translateProductAction.bind(null, brand.slug, event.id, product.id)}
            submit={t("productPage.saveTranslations")}
            resetOnSuccess={false}
          >
            {others.map((locale) => {
              const language = LOCALE_NAMES[locale];
              return (
                <fieldset key={locale} className="flex flex-col gap-3" lang={locale}>
                  <legend className="mb-1 text-sm font-semibold">{language}</legend>
                  <Field
                    label={t("productPage.name", { language })}
                    name={`${locale}.name`}
                    defaultValue={said(locale)?.name ?? ""}
                    maxLength={120}
                  />
                  <Field
                    label={t("productPage.description", { language })}
                    name={`${locale}.description`}
                    defaultValue={said(locale)?.description ?? ""}
                    maxLength={2000}
                  />
                  {product.variants.map((v, i) => (
                    <Field
                      key={v.id}
                      label={t("productPage.variant", { variant: v.name, language })}
                      name={`variants.${i}.${locale}`}
                      defaultValue={said(locale)?.variants?.[v.id] ?? ""}
                      maxLength={80}
                    />
                  ))}
                  {named.flatMap(({ field, names, max }) =>
                    names.map((name, i) => (
                      <Field
                        key={`${field}.${name}`}
                        label={t(`productPage.${field}`, { name, language })}
                        name={`${field}.${i}.${locale}`}
                        defaultValue={said(locale)?.[field]?.[name] ?? ""}
                        maxLength={max}
                      />
                    )),
                  )}
                </fieldset>
              );
            })}
            {product.variants.map((v, i) => (
              <input key={v.id} type="hidden" name={`variants.${i}.id`} value={v.id} />
            ))}
            {named.flatMap(({ field, names }) =>
              names.map((name, i) => (
                <input key={`${field}.${name}`} type="hidden" name={`${field}.${i}.name`} value={name} />
              )),
            )}
          </ActionForm>
        </Card>
      ) : null}
    </div>
  );
}
