import "server-only";
import { notFound } from "next/navigation";
import { isLocale, type Locale } from "@/server/platform/i18n";
import { MESSAGES, translatorFor } from "@/server/platform/messages";

/**
 * The language a fan's page renders in: src/proxy.ts chose it among the brand's and put it in the
 * internal `[lang]` segment (docs/adr/0033); anything else there was not routed by the proxy.
 */
export function localeOf(lang: string): Locale {
  if (!isLocale(lang)) notFound();
  return lang;
}

/** What the browser needs of one language's messages: the pages', not the e-mails' or PDFs'. */
export function pageMessages(locale: Locale) {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { mail, pdf, ...pages } = MESSAGES[locale];
  return pages;
}

export { translatorFor };
