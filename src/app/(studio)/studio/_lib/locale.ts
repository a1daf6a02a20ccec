import "server-only";
// The Studio's language (docs/adr/0035): the person's choice (the `mq_lang` cookie the switcher
// and the shop's `?lang=` set), else their browser's Accept-Language, else English — among every
// language Marquee ships, not a brand's. Studio pages are rendered per request, so reading the
// request here costs no cache.
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { DEFAULT_LOCALE, LANG_COOKIE, LOCALES, chooseLocale, type Locale } from "@/server/platform/i18n";
import { MESSAGES, studioTranslatorFor, type StudioMessages } from "@/server/platform/messages";

const EVERY_LANGUAGE = { offered: LOCALES, fallback: DEFAULT_LOCALE };

/** The language of this request's Studio page (read once per request). */
export const studioLocale = cache(async (): Promise<Locale> => {
  let jar: Awaited<ReturnType<typeof cookies>>, sent: Awaited<ReturnType<typeof headers>>;
  try {
    [jar, sent] = await Promise.all([cookies(), headers()]);
  } catch (e) {
    // An action called outside a request (an integration test calling it directly): English.
    if (e instanceof Error && e.message.includes("outside a request scope")) return DEFAULT_LOCALE;
    throw e;
  }
  return chooseLocale(EVERY_LANGUAGE, {
    cookie: jar.get(LANG_COOKIE)?.value,
    acceptLanguage: sent.get("accept-language"),
  });
});

/** A server component's or action's words for one Studio area: `(await studioT("shell"))("signOut")`. */
export async function studioT<A extends keyof StudioMessages>(area: A) {
  return studioTranslatorFor(await studioLocale(), area);
}

/** What the browser is sent: the Studio's messages in its language (client components read them). */
export function studioClientMessages(locale: Locale) {
  return { studio: MESSAGES[locale].studio };
}
