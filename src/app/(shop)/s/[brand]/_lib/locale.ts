import "server-only";
import { notFound } from "next/navigation";
import { isLocale, type Locale } from "@/server/platform/i18n";
import { MESSAGES, translatorFor } from "@/server/platform/messages";
import { loadBrand } from "./load";

/** A fan's page is given its brand, and its language when that is not the brand's default. */
export type FanPage = { brand: string; lang?: string };

/**
 * The language a fan's page renders in (docs/adr/0040): at its public path, the brand's default;
 * under the internal `/in/<lang>/` tree, the one src/proxy.ts chose among the brand's (anything
 * else there was not routed by the proxy).
 */
export async function localeOfPage({ brand, lang }: FanPage): Promise<Locale> {
  if (lang === undefined) return (await loadBrand(brand)).defaultLanguage;
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
