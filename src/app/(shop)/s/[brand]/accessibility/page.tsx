// The brand's accessibility statement (the European Accessibility Act asks every shop for one): the
// organizer's plain text — or Marquee's template in the brand's name — as paragraphs, never as HTML;
// whom to write to, and when it was last reviewed.
import type { Metadata } from "next";
import { accessibilityStatementOf, paragraphsOf } from "@/server/distribution";
import { formatDateTime } from "@/components/format";
import { loadBrand } from "../_lib/load";
import { localeOfPage, translatorFor, type FanPage } from "../_lib/locale";

type Params = { params: Promise<FanPage> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return { title: translatorFor(await localeOfPage(await params))("statement.title") };
}

// The organizer's text in the fan's language (their default language's where untranslated), or
// Marquee's template in the fan's language; the page around it speaks the fan's.
export default async function AccessibilityStatementPage({ params }: Params) {
  const page = await params;
  const locale = await localeOfPage(page);
  const t = translatorFor(locale);
  const brand = await loadBrand(page.brand);
  const statement = await accessibilityStatementOf(brand, locale);
  return (
    <article className="flex flex-col gap-4" data-testid="accessibility-statement">
      <h1 className="text-2xl font-bold">{t("statement.title")}</h1>
      {paragraphsOf(statement.text).map((lines, i) => (
        <p key={i} className="leading-relaxed">
          {lines.map((line, j) => (
            <span key={j}>
              {j > 0 ? <br /> : null}
              {line}
            </span>
          ))}
        </p>
      ))}
      <h2 className="mt-2 text-lg font-semibold">{t("statement.contact")}</h2>
      <p>
        {statement.contact ? (
          <>
            {t("statement.writeTo")}{" "}
            <a href={`mailto:${statement.contact}`} className="underline">
              {statement.contact}
            </a>
            .
          </>
        ) : (
          t("statement.answerMail")
        )}
      </p>
      <p className="text-sm text-zinc-600">
        {t("statement.reviewed", {
          date: formatDateTime(statement.reviewedOn, "UTC", { dateStyle: "long" }, locale),
        })}
      </p>
    </article>
  );
}
