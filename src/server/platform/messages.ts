// Every message Marquee shows, per shipped language (docs/adr/0033, 0035): the fan's (one file per
// language) and the Studio's under `studio` (one file per area and language, so each area's words
// sit beside each other). A server module: pages pass one language's messages to the browser
// (IntlProvider); e-mails, PDFs and server components translate here.
import { createTranslator } from "use-intl/core";
import type { Locale } from "./i18n";
import en from "./messages/en.json";
import fr from "./messages/fr.json";
import de from "./messages/de.json";
import commonEn from "./messages/studio/common/en.json";
import commonFr from "./messages/studio/common/fr.json";
import commonDe from "./messages/studio/common/de.json";
import shellEn from "./messages/studio/shell/en.json";
import shellFr from "./messages/studio/shell/fr.json";
import shellDe from "./messages/studio/shell/de.json";
import catalogEn from "./messages/studio/catalog/en.json";
import catalogFr from "./messages/studio/catalog/fr.json";
import catalogDe from "./messages/studio/catalog/de.json";
import salesEn from "./messages/studio/sales/en.json";
import salesFr from "./messages/studio/sales/fr.json";
import salesDe from "./messages/studio/sales/de.json";

const studioEn = { common: commonEn, shell: shellEn, catalog: catalogEn, sales: salesEn };
export type StudioMessages = typeof studioEn;
const STUDIO: Record<Locale, StudioMessages> = {
  en: studioEn,
  fr: { common: commonFr, shell: shellFr, catalog: catalogFr, sales: salesFr },
  de: { common: commonDe, shell: shellDe, catalog: catalogDe, sales: salesDe },
};

export type Messages = typeof en & { studio: StudioMessages };
export const MESSAGES: Record<Locale, Messages> = {
  en: { ...en, studio: STUDIO.en },
  fr: { ...fr, studio: STUDIO.fr },
  de: { ...de, studio: STUDIO.de },
};

const makeTranslator = (locale: Locale) => createTranslator({ locale, messages: MESSAGES[locale] });
export type Translator = ReturnType<typeof makeTranslator>;
/**
 * One translator per language for the process: each keeps the messages it has compiled, and a
 * rush's e-mails and PDFs compiled the same ones again for every order.
 */
const translators = new Map<Locale, Translator>();

/** `t("shop.upcoming")` in a language; the keys are checked by TypeScript against the English. */
export function translatorFor(locale: Locale): Translator {
  let t = translators.get(locale);
  if (!t) translators.set(locale, (t = makeTranslator(locale)));
  return t;
}

/** The Studio's words for one area: `studioTranslatorFor("fr", "shell")("signOut")`. */
export function studioTranslatorFor<A extends keyof StudioMessages>(locale: Locale, area: A) {
  return createTranslator({
    locale,
    messages: MESSAGES[locale],
    namespace: `studio.${area}` as `studio.${A}`,
  });
}
