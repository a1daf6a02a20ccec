// Every message the fan reads, per shipped language (docs/adr/0033). A server module: pages pass
// the one language's messages to the browser (IntlProvider); e-mails and PDFs translate here.
import { createTranslator } from "use-intl/core";
import type { Locale } from "./i18n";
import en from "./messages/en.json";
import fr from "./messages/fr.json";
import de from "./messages/de.json";

export type Messages = typeof en;
export const MESSAGES: Record<Locale, Messages> = { en, fr, de };

/** `t("shop.upcoming")` in a language; the keys are checked by TypeScript against en.json. */
export function translatorFor(locale: Locale) {
  return createTranslator({ locale, messages: MESSAGES[locale] });
}
export type Translator = ReturnType<typeof translatorFor>;
