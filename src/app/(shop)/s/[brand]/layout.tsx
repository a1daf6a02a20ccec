import Link from "next/link";
import type { Metadata } from "next";
import { TrpcProvider } from "@/app/_trpc/client";
import { themeOf, themeVars } from "@/server/distribution";
import { ThemeFrame } from "@/components/theme-frame";
import { loadBrand } from "./_lib/load";
import { localeOfPage, pageMessages, translatorFor, type FanPage } from "./_lib/locale";
import { LanguageProvider } from "@/components/language-provider";
import { LanguageSwitcher } from "./_components/language-switcher";

export async function generateMetadata({
  params,
}: {
  params: Promise<{ brand: string }>;
}): Promise<Metadata> {
  const brand = await loadBrand((await params).brand);
  const theme = themeOf(brand);
  return {
    title: { default: brand.name, template: `%s · ${brand.name}` },
    icons: theme.faviconUrl ? { icon: theme.faviconUrl } : undefined,
  };
}

export default async function ShopLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<FanPage>;
}) {
  const page = await params;
  const locale = await localeOfPage(page);
  const t = translatorFor(locale);
  const brand = await loadBrand(page.brand);
  const theme = themeOf(brand);
  // The root layout says lang="en" (the Studio's); the shop's own frame says the fan's language.
  return (
    <TrpcProvider language={locale}>
      <LanguageProvider locale={locale} messages={pageMessages(locale)}>
        <ThemeFrame
          vars={themeVars(theme)}
          dark={theme.background === "dark"}
          className="min-h-screen"
          lang={locale}
        >
          <header className="bg-brand text-on-brand">
            <div className="mx-auto flex max-w-3xl items-center gap-3 px-6 py-4">
              <Link
                href={`/s/${brand.slug}`}
                className="flex items-center gap-3 text-lg font-bold tracking-tight"
              >
                {/* an uploaded file of any size; next/image would need its host configured */}
                {theme.logoUrl ? (
                  <img
                    src={theme.logoUrl}
                    alt=""
                    className="h-9 w-auto max-w-40 object-contain"
                    data-testid="brand-logo"
                  />
                ) : null}
                <span>{brand.name}</span>
              </Link>
              <LanguageSwitcher languages={brand.languages} />
            </div>
          </header>
          <main className="mx-auto max-w-3xl px-6 py-8">{children}</main>
          <footer className="mx-auto flex max-w-3xl flex-wrap gap-x-4 px-6 pb-8 text-xs text-zinc-600">
            <Link href={`/s/${brand.slug}/accessibility`} className="underline">
              {t("shop.accessibility")}
            </Link>
            <span>{t("shop.ticketsBy")}</span>
          </footer>
        </ThemeFrame>
      </LanguageProvider>
    </TrpcProvider>
  );
}
