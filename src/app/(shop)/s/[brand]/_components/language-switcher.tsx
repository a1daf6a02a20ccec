"use client";
// The brand's languages as links (a real control, reached by Tab, said by name): each opens this
// page with `?lang=` — the shareable form — which the proxy also keeps in a cookie (docs/adr/0033).
import { useEffect, useState } from "react";
import { useLocale, useTranslations } from "use-intl";
import { LANG_PARAM, LOCALE_NAMES, type Locale } from "@/server/platform/i18n";

/** This page's address in another language, other parameters (an order's key) kept. */
function hrefIn(language: Locale, current: string | null): string {
  if (!current) return `?${LANG_PARAM}=${language}`;
  const url = new URL(current);
  url.searchParams.set(LANG_PARAM, language);
  return `${url.pathname}${url.search}`;
}

/** The current language's link is bold and underlined: not told by colour alone. */
const LINK =
  "inline-block min-h-6 rounded px-2 py-1 underline-offset-4 hover:underline " +
  "aria-[current]:font-bold aria-[current]:underline";

export function LanguageSwitcher({ languages }: { languages: Locale[] }) {
  const t = useTranslations("shop");
  const locale = useLocale();
  const [here, setHere] = useState<string | null>(null);
  useEffect(() => setHere(window.location.href), []);
  if (languages.length < 2) return null;
  return (
    <nav aria-label={t("language")} className="ml-auto" data-testid="language-switcher">
      <ul className="flex gap-1 text-sm">
        {languages.map((language) => (
          <li key={language}>
            <a
              href={hrefIn(language, here)}
              lang={language}
              hrefLang={language}
              aria-current={language === locale ? "true" : undefined}
              className={LINK}
            >
              {LOCALE_NAMES[language]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
