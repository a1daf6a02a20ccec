// The brand's accessibility statement (the European Accessibility Act asks every shop for one): the
// organizer's plain text — or Marquee's template in the brand's name — as paragraphs, never as HTML;
// whom to write to, and when it was last reviewed.
import type { Metadata } from "next";
import { accessibilityStatementOf, paragraphsOf } from "@/server/distribution";
import { formatDateTime } from "@/components/format";
import { loadBrand } from "../_lib/load";

export const metadata: Metadata = { title: "Accessibility statement" };

export default async function AccessibilityStatementPage({ params }: { params: Promise<{ brand: string }> }) {
  const brand = await loadBrand((await params).brand);
  const statement = await accessibilityStatementOf(brand);
  return (
    <article className="flex flex-col gap-4" data-testid="accessibility-statement">
      <h1 className="text-2xl font-bold">Accessibility statement</h1>
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
      <h2 className="mt-2 text-lg font-semibold">Contact</h2>
      <p>
        {statement.contact ? (
          <>
            Write to{" "}
            <a href={`mailto:${statement.contact}`} className="underline">
              {statement.contact}
            </a>
            .
          </>
        ) : (
          "Answer the confirmation e-mail of your order: it reaches the organizer."
        )}
      </p>
      <p className="text-sm text-zinc-600">
        Last reviewed on {formatDateTime(statement.reviewedOn, "UTC", { dateStyle: "long" })}.
      </p>
    </article>
  );
}
