// Brand settings an organizer changes rarely: the refund policy fans see on their order page, what a
// bundle's price is split by when one of its parts is refunded, the shop's accessibility statement and
// the languages it speaks.
import { Card, Field, PageTitle } from "@/components/ui";
import { ActionForm } from "@/components/action-form";
import { TextAreaField } from "@/components/field";
import { accessibilityStatementOf, STATEMENT_MAX_CHARACTERS } from "@/server/distribution";
import { formatDateTime } from "@/components/format";
import { refundPolicyOf } from "@/server/checkout";
import { studioBrand } from "../../_lib/guard";
import {
  setAccessibilityStatementAction,
  setBundleSplitBasisAction,
  setRefundPolicyAction,
  setShopLanguagesAction,
} from "./actions";
import { LOCALES, LOCALE_NAMES } from "@/server/platform/i18n";
import { SPLIT_BASIS_WORDS, type SplitBasis } from "@/components/bundle-split";

export const metadata = { title: "Settings" };

const STATEMENT_HINT =
  "Plain text; a blank line starts a new paragraph. Empty it to go back to Marquee's text. " +
  "Saving it dates the review today.";
const CONTACT_HINT =
  "Fans write here when something stops them. Left empty, they are told to answer their order's " +
  "confirmation e-mail.";

export default async function Settings({ params }: { params: Promise<{ brand: string }> }) {
  const { brand: slug } = await params;
  const { brand } = await studioBrand(slug, "orders:write");
  const p = await refundPolicyOf(brand.id);
  const statement = await accessibilityStatementOf(brand);
  return (
    <div className="flex max-w-2xl flex-col gap-6">
      <div>
        <PageTitle sub={brand.name}>Settings</PageTitle>
      </div>
      <Card>
        <h2 className="mb-1 font-semibold">Refund policy</h2>
        <p className="mb-4 text-sm text-zinc-600">
          Whether fans may refund tickets and merch themselves from their order page, until when, and what you
          keep. You can always refund from an order in the Studio.
        </p>
        <ActionForm
          action={setRefundPolicyAction.bind(null, brand.slug)}
          submit="Save refund policy"
          resetOnSuccess={false}
        >
          <label className="flex items-center gap-2 text-sm font-medium">
            <input type="checkbox" name="fanRefunds" defaultChecked={p.fanRefunds} className="h-4 w-4" /> Fans
            may refund online
          </label>
          <Field
            label="Until how many hours before the event starts"
            name="cutoffHours"
            type="number"
            min={0}
            step={1}
            defaultValue={p.cutoffHours}
          />
          <div className="grid gap-3 sm:grid-cols-2">
            <Field
              label="Non-refundable fee, %"
              name="feePercent"
              type="number"
              min={0}
              max={100}
              step="0.01"
              defaultValue={p.feePercentBp / 100}
            />
            <Field
              label="Non-refundable fee, fixed (per refund)"
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
        <h2 className="mb-1 font-semibold">Bundle refund shares</h2>
        <p className="mb-4 text-sm text-zinc-600">
          When one part of a bundle is refunded — the T-shirt of a weekend pack — the fan gets that
          part&apos;s share of what they paid. Choose how the bundle&apos;s price is shared. Orders already
          placed keep the split they were placed with; the Studio shows it under each bundle and on each
          order.
        </p>
        <ActionForm
          action={setBundleSplitBasisAction.bind(null, brand.slug)}
          submit="Save bundle refund shares"
          resetOnSuccess={false}
        >
          <fieldset className="flex flex-col gap-3 text-sm" data-testid="bundle-split-basis">
            <legend className="sr-only">Split bundle prices by</legend>
            {(Object.keys(SPLIT_BASIS_WORDS) as SplitBasis[]).map((basis) => (
              <label key={basis} className="flex items-start gap-2">
                <input
                  type="radio"
                  name="bundleSplitBasis"
                  value={basis}
                  defaultChecked={brand.bundleSplitBasis === basis}
                  className="mt-1 h-4 w-4"
                />
                <span>
                  <span className="font-medium">{SPLIT_BASIS_WORDS[basis].label}</span>
                  <span className="block text-zinc-600">{SPLIT_BASIS_WORDS[basis].explanation}</span>
                </span>
              </label>
            ))}
          </fieldset>
        </ActionForm>
      </Card>
      <Card>
        <h2 className="mb-1 font-semibold">Languages</h2>
        <p className="mb-4 text-sm text-zinc-600">
          The languages your shop, its e-mails and tickets speak. A fan gets their browser&apos;s language
          when you offer it, and can switch; otherwise the default. Translate your events&apos; names and
          descriptions in each event&apos;s form: where a translation is missing, fans read the default
          language&apos;s text.
        </p>
        <ActionForm
          action={setShopLanguagesAction.bind(null, brand.slug)}
          submit="Save languages"
          resetOnSuccess={false}
        >
          <fieldset className="flex flex-col gap-2 text-sm" data-testid="shop-languages">
            <legend className="mb-1 font-medium">Offered languages</legend>
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
            Default language
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
        <h2 className="mb-1 font-semibold">Accessibility statement</h2>
        <p className="mb-4 text-sm text-zinc-600">
          The European Accessibility Act asks every shop to say how accessible it is and whom to tell when
          something does not work. Your shop shows it at{" "}
          <a href={`/s/${brand.slug}/accessibility`} className="underline">
            /s/{brand.slug}/accessibility
          </a>{" "}
          and links it from every page. {statement.custom ? "It shows your text" : "It shows Marquee's text"},
          last reviewed on {formatDateTime(statement.reviewedOn, "UTC", { dateStyle: "long" })}.
        </p>
        <ActionForm
          action={setAccessibilityStatementAction.bind(null, brand.slug)}
          submit="Save accessibility statement"
          resetOnSuccess={false}
        >
          <TextAreaField
            label="Statement"
            name="statement"
            rows={14}
            maxLength={STATEMENT_MAX_CHARACTERS}
            hint={STATEMENT_HINT}
            defaultValue={statement.text}
          />
          <Field
            label="Contact e-mail for accessibility"
            name="contact"
            type="email"
            hint={CONTACT_HINT}
            defaultValue={statement.contact ?? ""}
          />
        </ActionForm>
      </Card>
    </div>
  );
}
