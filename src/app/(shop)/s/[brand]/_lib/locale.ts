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

type Messages = (typeof MESSAGES)["en"];

/** The namespaces the shop's client components read on every page (buying, the cart's countdown). */
export const SHOP_CLIENT = ["shop", "notice", "buy", "offer", "quote", "countdown"] as const;

/**
 * What the browser is sent of one language's messages: only the namespaces its client components
 * read — every message travels in each page's HTML (the e-mails', PDFs' and errors' are the
 * server's; the order page adds `order` itself).
 */
export function pageMessages(locale: Locale, namespaces: readonly (keyof Messages)[] = SHOP_CLIENT) {
  const all = MESSAGES[locale];
  return Object.fromEntries(namespaces.map((n) => [n, all[n]])) as Partial<Messages>;
}

export { translatorFor };
