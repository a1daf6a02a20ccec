// The shop of one event, made to live in an iframe on a brand's own site (embed.js puts it
// there): themed, no site header, sized to its content, paying in a tab of its own. Which sites
// may frame it is set per brand (src/proxy.ts sends CSP frame-ancestors).
import type { Metadata } from "next";
import { headers } from "next/headers";
import { TrpcProvider } from "@/app/_trpc/client";
import { embedPassFor, themeOf, themeVars } from "@/server/distribution";
import { clock } from "@/server/platform/clock";
import { ThemeFrame } from "@/components/theme-frame";
import { loadEvent } from "@/app/(shop)/s/[brand]/_lib/load";
import { BuyForm } from "@/app/(shop)/s/[brand]/_components/buy-form";
import { EventDetails } from "@/app/(shop)/s/[brand]/_components/event-details";
import { Resizer } from "./resizer";
import { localeOfPage, pageMessages, translatorFor, type FanPage } from "@/app/(shop)/s/[brand]/_lib/locale";
import { LanguageProvider } from "@/components/language-provider";
import { LanguageSwitcher } from "@/app/(shop)/s/[brand]/_components/language-switcher";

type Params = { params: Promise<FanPage & { event: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const page = await params;
  const { event: e, brand: b } = await loadEvent(page.brand, page.event, await localeOfPage(page));
  return { title: `${e.name} — ${b.name}`, robots: { index: false } };
}

export default async function EmbeddedEvent({ params }: Params) {
  const page = await params;
  const locale = await localeOfPage(page);
  const t = translatorFor(locale);
  const { brand, event } = await loadEvent(page.brand, page.event, locale);
  // Which site frames us, as the browser tells it (never the client's word): a signed pass for checkout.
  const request = await headers();
  const frame = { referer: request.get("referer"), fetchDest: request.get("sec-fetch-dest") };
  const pass = await embedPassFor(brand, frame, clock.now());
  const theme = themeOf(brand);
  return (
    <TrpcProvider language={locale}>
      <LanguageProvider locale={locale} messages={pageMessages(locale)}>
        {/* The frame is always as tall as its content: it never scrolls inside itself. */}
        <style>{"html,body{overflow:hidden;min-height:0!important}"}</style>
        <ThemeFrame
          id="embed-root"
          vars={themeVars(theme)}
          dark={theme.background === "dark"}
          className="p-4"
          lang={locale}
        >
          <div className="mb-3 flex items-center gap-2 text-sm font-semibold text-zinc-600">
            {/* the uploaded logo, as in the shop's header */}
            {theme.logoUrl ? <img src={theme.logoUrl} alt="" className="h-6 w-auto" /> : null}
            {brand.name}
            <LanguageSwitcher languages={brand.languages} />
          </div>
          <div className="flex flex-col gap-5">
            <EventDetails event={event} locale={locale} compact />
            <BuyForm brandSlug={brand.slug} eventId={event.id} embed={{ pass }} />
          </div>
          <p className="mt-4 flex flex-wrap gap-x-4 text-xs text-zinc-600">
            {/* outside the frame: the statement is a page of its own */}
            <a href={`/s/${brand.slug}/accessibility`} target="_blank" rel="noopener" className="underline">
              {t("shop.accessibility")}
            </a>
            <span>{t("shop.ticketsBy")}</span>
          </p>
          <Resizer />
        </ThemeFrame>
      </LanguageProvider>
    </TrpcProvider>
  );
}
