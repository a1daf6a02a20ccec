// Brand settings an organizer changes rarely: the refund policy fans see on their order page, what a
// bundle's price is split by when one of its parts is refunded, the languages the shop speaks, the
// footer under fans' e-mails and the shop's accessibility statement (both translatable).
import { Card, Field, PageTitle } from "@/components/ui";
import { ActionForm } from "@/components/action-form";
import { TextAreaField } from "@/components/field";
import {
  accessibilityStatementOf,
  mailFooterOf,
  MAIL_FOOTER_MAX_CHARACTERS,
  STATEMENT_MAX_CHARACTERS,
} from "@/server/distribution";
import { formatDateTime } from "@/components/format";
import { refundPolicyOf } from "@/server/checkout";
import { studioBrand } from "../../_lib/guard";
import { studioLocale, studioT } from "../../_lib/locale";
import {
  setAccessibilityStatementAction,
  setBundleSplitBasisAction,
  setMailFooterAction,
  setRefundPolicyAction,
  setShopLanguagesAction,
} from "./actions";
import { LOCALES, LOCALE_NAMES } from "@/server/platform/i18n";
import type { SplitBasis } from "@/components/bundle-split";
import { TextTranslations } from "./text-translations";

/** Each way to split a bundle's price; their words are `settings.split.<basis>`. */
const SPLIT_BASES: SplitBasis[] = ["in_bundle", "standalone"];

export async function generateMetadata() {
  return { title: (await studioT("shell"))("areas.settings") };
}

export default async function Settings({ params }: { params: Promise<{ brand: string }> }) {
  const { brand: slug } = await params;
  const { brand } = await studioBrand(slug, "orders:write");
  const [p, statement, footer, t, locale] = await Promise.all([
    refundPolicyOf(brand.id),
    accessibilityStatementOf(brand, brand.defaultLanguage),
    mailFooterOf(brand.id),
    studioT("shell"),
    studioLocale(),
  ]);
  const reviewedOn = formatDateTime(statement.reviewedOn, "UTC", { dateStyle: "long" }, locale);
  const inDefault = LOCALE_NAMES[brand.defaultLanguage];
  const translationWords = {
    missing: (list: string) => t("settings.texts.missing", { list }),
    complete: t("settings.texts.complete"),
  };
  return (
    <div className="flex max-w-2xl flex-col gap-6">
      <div>
        <PageTitle sub={brand.name}>{t("areas.settings")}</PageTitle>
      </div>
      <Card>
        <h2 className="mb-1 font-semibold">{t("settings.refunds.title")}</h2>
        <p className="mb-4 text-sm text-zinc-600">{t("settings.refunds.intro")}</p>
        <ActionForm
          action={setRefundPolicyAction.bind(null, brand.slug)}
          submit={t("settings.refunds.submit")}
          pendingLabel={t("saving")}
          resetOnSuccess={false}
        >
          <label className="flex items-center gap-2 text-sm font-medium">
            <input type="checkbox" name="fanRefunds" defaultChecked={p.fanRefunds} className="h-4 w-4" />{" "}
            {t("settings.refunds.fanRefunds")}
          </label>
          <Field
            label={t("settings.refunds.cutoffHours")}
            name="cutoffHours"
            type="number"
            min={0}
            step={1}
            defaultValue={p.cutoffHours}
          />
          <div className="grid gap-3 sm:grid-cols-2 sm:items-end">
            <Field
              label={t("settings.refunds.feePercent")}
              name="feePercent"
              type="number"
              min={0}
              max={100}
              step="0.01"
              defaultValue={p.feePercentBp / 100}
            />
            <Field
              label={t("settings.refunds.feeFixed")}
              name="feeFixed"
              type="number"
              min={0}
              step="0.01"
              defaultValue={(p.feeFixedMinor / 100).toFixed(2)}
            />
          </div>
        </ActionForm>
      </Card>
      <Card>
        <h2 className="mb-1 font-semibold">{t("settings.split.title")}</h2>
        <p className="mb-4 text-sm text-zinc-600">{t("settings.split.intro")}</p>
        <ActionForm
          action={setBundleSplitBasisAction.bind(null, brand.slug)}
          submit={t("settings.split.submit")}
          pendingLabel={t("saving")}
          resetOnSuccess={false}
        >
          <fieldset className="flex flex-col gap-3 text-sm" data-testid="bundle-split-basis">
            <legend className="sr-only">{t("settings.split.legend")}</legend>
            {SPLIT_BASES.map((basis) => (
              <label key={basis} className="flex items-start gap-2">
                <input
                  type="radio"
                  name="bundleSplitBasis"
                  value={basis}
                  defaultChecked={brand.bundleSplitBasis === basis}
                  className="mt-1 h-4 w-4"
                />
                <span>
                  <span className="font-medium">{t(`settings.split.${basis}.label`)}</span>
                  <span className="block text-zinc-600">{t(`settings.split.${basis}.explanation`)}</span>
                </span>
              </label>
            ))}
          </fieldset>
        </ActionForm>
      </Card>
      <Card>
        <h2 className="mb-1 font-semibold">{t("settings.languages.title")}</h2>
        <p className="mb-4 text-sm text-zinc-600">{t("settings.languages.intro")}</p>
        <ActionForm
          action={setShopLanguagesAction.bind(null, brand.slug)}
          submit={t("settings.languages.submit")}
          pendingLabel={t("saving")}
          resetOnSuccess={false}
        >
          <fieldset className="flex flex-col gap-2 text-sm" data-testid="shop-languages">
            <legend className="mb-1 font-medium">{t("settings.languages.offered")}</legend>
            {LOCALES.map((code) => (
              <label key={code} className="flex items-center gap-2">
                <input
                  type="checkbox"
                  name="languages"
                  value={code}
                  defaultChecked={brand.languages.includes(code)}
                  className="h-4 w-4"
                />
                <span lang={code}>{LOCALE_NAMES[code]}</span>
              </label>
            ))}
          </fieldset>
          <label className="flex flex-col gap-1 text-sm font-medium">
            {t("settings.languages.default")}
            <select
              name="defaultLanguage"
              defaultValue={brand.defaultLanguage}
              className="rounded-lg border border-zinc-300 px-3 py-2 font-normal"
            >
              {LOCALES.map((code) => (
                <option key={code} value={code} lang={code}>
                  {LOCALE_NAMES[code]}
                </option>
              ))}
            </select>
          </label>
        </ActionForm>
      </Card>
      <Card>
        <h2 className="mb-1 font-semibold">{t("settings.footer.title")}</h2>
        <p className="mb-4 text-sm text-zinc-600">{t("settings.footer.intro")}</p>
        <ActionForm
          action={setMailFooterAction.bind(null, brand.slug)}
          submit={t("settings.footer.submit")}
          pendingLabel={t("saving")}
          resetOnSuccess={false}
        >
          <TextAreaField
            label={t("settings.footer.footer", { language: inDefault })}
            name="mailFooter"
            rows={4}
            maxLength={MAIL_FOOTER_MAX_CHARACTERS}
            hint={t("settings.footer.footerHint")}
            defaultValue={footer.own ?? ""}
          />
          <TextTranslations
            name="mailFooter"
            label={(language) => t("settings.footer.footer", { language })}
            own={footer.own}
            translations={footer.translations}
            brand={brand}
            rows={4}
            maxLength={MAIL_FOOTER_MAX_CHARACTERS}
            words={translationWords}
          />
        </ActionForm>
      </Card>
      <Card>
        <h2 className="mb-1 font-semibold">{t("settings.statement.title")}</h2>
        <p className="mb-4 text-sm text-zinc-600">
          {t.rich("settings.statement.intro", {
            path: `/s/${brand.slug}/accessibility`,
            link: (chunks) => (
              <a href={`/s/${brand.slug}/accessibility`} className="underline">
                {chunks}
              </a>
            ),
          })}{" "}
          {statement.custom
            ? t("settings.statement.showsYours", { date: reviewedOn })
            : t("settings.statement.showsMarquees", { date: reviewedOn })}
        </p>
        <ActionForm
          action={setAccessibilityStatementAction.bind(null, brand.slug)}
          submit={t("settings.statement.submit")}
          pendingLabel={t("saving")}
          resetOnSuccess={false}
        >
          <TextAreaField
            label={t("settings.statement.statement", { language: inDefault })}
            name="statement"
            rows={12}
            maxLength={STATEMENT_MAX_CHARACTERS}
            hint={t("settings.statement.statementHint")}
            defaultValue={statement.own ?? ""}
          />
          {statement.custom ? null : (
            <details className="text-sm text-zinc-700">
              <summary className="cursor-pointer font-medium">{t("settings.statement.template")}</summary>
              <p className="mt-2 whitespace-pre-line" lang={brand.defaultLanguage}>
                {statement.text}
              </p>
            </details>
          )}
          <TextTranslations
            name="statement"
            label={(language) => t("settings.statement.statement", { language })}
            own={statement.own}
            translations={statement.translations}
            brand={brand}
            rows={8}
            maxLength={STATEMENT_MAX_CHARACTERS}
            words={translationWords}
          />
          <Field
            label={t("settings.statement.contact")}
            name="contact"
            type="email"
            hint={t("settings.statement.contactHint")}
            defaultValue={statement.contact ?? ""}
          />
        </ActionForm>
      </Card>
    </div>
  );
}
