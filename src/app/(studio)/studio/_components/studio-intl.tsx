"use client";
// The Studio's language for its client components (docs/adr/0035), handed down from the layout.
import { useEffect } from "react";
import { IntlProvider, type AbstractIntlMessages } from "use-intl";
import type { Locale } from "@/server/platform/i18n";

export function StudioIntl({
  locale,
  messages,
  children,
}: {
  locale: Locale;
  messages: AbstractIntlMessages;
  children: React.ReactNode;
}) {
  // The root layout is shared with the shop and is static: the document's language is set here.
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
