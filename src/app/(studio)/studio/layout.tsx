import Link from "next/link";
import { currentUser } from "@/server/platform/auth";
import { signOutAction } from "./account-actions";
import { TrpcProvider } from "@/app/_trpc/client";
import { studioClientMessages, studioLocale, studioT } from "./_lib/locale";
import { LanguageProvider } from "@/components/language-provider";
import { LanguageSwitcher } from "./_components/language-switcher";

export const dynamic = "force-dynamic";

/** Hidden until focused: the first Tab on every Studio page. */
const SKIP_LINK =
  "sr-only rounded-lg bg-white px-3 py-2 " +
  "focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50";

const HEADER_ROW = "mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-3 sm:px-6";
const SIGN_OUT = "rounded-md px-2 py-1 whitespace-nowrap text-zinc-700 hover:bg-zinc-100";

export default async function StudioLayout({ children }: { children: React.ReactNode }) {
  const [user, locale, t] = await Promise.all([currentUser(), studioLocale(), studioT("shell")]);
  return (
    <LanguageProvider locale={locale} messages={studioClientMessages(locale)}>
      <TrpcProvider>
        {/* The static root layout says lang="en"; the Studio's words say their own from the server on. */}
        <div lang={locale} className="contents">
          <a href="#main" className={SKIP_LINK}>
            {t("skipToContent")}
          </a>
          <header className="border-b border-zinc-200 bg-white print:hidden">
            <div className={HEADER_ROW}>
              <Link href="/studio" className="font-bold tracking-tight">
                Marquee <span className="font-normal text-zinc-500">{t("studio")}</span>
              </Link>
              <div className="flex min-w-0 items-center gap-3">
                <LanguageSwitcher current={locale} label={t("language")} apply={t("applyLanguage")} />
                {user ? (
                  <form action={signOutAction} className="flex min-w-0 items-center gap-3 text-sm">
                    <span className="truncate text-zinc-600">{user.email}</span>
                    <button className={SIGN_OUT}>{t("signOut")}</button>
                  </form>
                ) : null}
              </div>
            </div>
          </header>
          {/* Wide enough for the brand's sidebar beside a table; narrow pages set their own width. */}
          <main id="main" className="mx-auto max-w-7xl px-4 py-6 sm:px-6 sm:py-8">
            {children}
          </main>
        </div>
      </TrpcProvider>
    </LanguageProvider>
  );
}
