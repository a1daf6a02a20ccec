"use client";
// The fan's language for the client components below (docs/adr/0033): one language's messages,
// chosen by the proxy, handed down from the layout.
import { useEffect } from "react";
import { IntlProvider, type AbstractIntlMessages } from "use-intl";
import type { Locale } from "@/server/platform/i18n";

export function FanIntl({
  locale,
  messages,
  children,
}: {
  locale: Locale;
  messages: AbstractIntlMessages;
  children: React.ReactNode;
}) {
  // The root layout is shared with the (English) Studio: the document's language is set here.
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
