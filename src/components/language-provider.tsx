"use client";
// One language's messages for the client components below, handed down from a layout: the shop's
// (chosen by the proxy among the brand's, docs/adr/0033) and the Studio's (the person's, 0035).
import { useEffect } from "react";
import { IntlProvider, type AbstractIntlMessages } from "use-intl";
import type { Locale } from "@/server/platform/i18n";

export function LanguageProvider({
  locale,
  messages,
  children,
}: {
  locale: Locale;
  messages: AbstractIntlMessages;
  children: React.ReactNode;
}) {
  // The root layout is static and shared by the shop and the Studio: the document's language is set here.
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  // Dates are formatted by our own helpers in the event's time zone; this one is never used for them.
  return (
    <IntlProvider locale={locale} messages={messages} timeZone="UTC">
      {children}
    </IntlProvider>
  );
}
