// The brand's accessibility statement (the European Accessibility Act asks every shop for one):
// plain text the organizer may rewrite, a contact address, the date it was last reviewed. Until
// the organizer saves their own, the shop shows Marquee's template in the brand's name.
import { z } from "zod";

export const STATEMENT_MAX_CHARACTERS = 8000;

/** When Marquee's template (and the checks it describes) was last reviewed. */
export const TEMPLATE_REVIEWED_ON = new Date("2026-12-01T00:00:00Z");

// Tabs and line breaks are text; other control characters are not.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

export const accessibilityStatementInput = z.object({
  /** Empty: the shop shows the template. */
  statement: z
    .string()
    .max(STATEMENT_MAX_CHARACTERS, `Keep the statement under ${STATEMENT_MAX_CHARACTERS} characters`)
    .refine((s) => !CONTROL.test(s), "Remove the invisible control characters")
    .transform((s) => s.replace(/\r\n?/g, "\n").trim()),
  /** Empty: fans are told to answer their order's confirmation e-mail. */
  contact: z
    .string()
    .trim()
    .max(200, "Keep the address under 200 characters")
    .refine(
      (s) => s === "" || z.email().safeParse(s).success,
      "Enter an e-mail address like access@brand.com",
    ),
});
export type AccessibilityStatementInput = z.output<typeof accessibilityStatementInput>;

/** The statement as the shop shows it. `custom`: the organizer's own text, not the template. */
export type AccessibilityStatement = {
  text: string;
  contact: string | null;
  reviewedOn: Date;
  custom: boolean;
};

/** Marquee's template in a brand's name: the standard met, how it is checked, the known limits. */
export function statementTemplate(brandName: string): string {
  return [
    `${brandName} wants everyone to be able to buy tickets in this shop. This statement covers the shop's ` +
      `pages: the events, the cart and checkout, the order page, and the shop embedded on ${brandName}'s website.`,
    "The shop aims to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA, the level the " +
      "European Accessibility Act asks for (EN 301 549). Every page is checked automatically against the WCAG " +
      "A and AA rules before each release, and can be used with a keyboard alone. Automatic checks do not " +
      "find everything, so we also rely on what you tell us.",
    "Known limits: card payments happen on the payment provider's page, which this statement does not cover. " +
      "Event descriptions and pictures are written by the organizer and may lack a text alternative. The shop " +
      "is in English only for now.",
    "If something in the shop stops you, tell us: we will help you get your tickets another way and fix what " +
      "we can. If our answer does not satisfy you, you may turn to the authority in charge of accessibility " +
      "in your country.",
  ].join("\n\n");
}

/** The statement a brand shows: its own text when saved, else the template; the contact in both. */
export function statementOf(
  brandName: string,
  saved: { text: string | null; contact: string | null; reviewedAt: Date | null },
): AccessibilityStatement {
  const custom = !!saved.text;
  return {
    text: custom ? saved.text! : statementTemplate(brandName),
    contact: saved.contact || null,
    reviewedOn: saved.reviewedAt ?? TEMPLATE_REVIEWED_ON,
    custom,
  };
}

/** Plain text as paragraphs (split at blank lines), each a list of its lines. Nothing is HTML. */
export function paragraphsOf(text: string): string[][] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.split("\n").map((line) => line.trim()))
    .map((lines) => lines.filter((line) => line !== ""))
    .filter((lines) => lines.length > 0);
}
