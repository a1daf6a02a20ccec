"use client";
// The theme form with a live preview: every change shows at once in a miniature of the shop,
// and colour pairs that fail WCAG AA are named with the nearest colour that passes.
import { useMemo, useState } from "react";
import { useTranslations } from "use-intl";
import {
  BACKGROUNDS,
  BUTTON_SHAPES,
  FONTS,
  contrastWarnings,
  themeVars,
  type ThemeInput,
} from "@/server/distribution/client";
import { ActionForm, type FormState } from "@/components/action-form";
import { ColourField } from "@/components/colour-field";

export function ThemeEditor({
  initial,
  brandName,
  logoUrl,
  action,
}: {
  initial: ThemeInput;
  brandName: string;
  logoUrl: string | null;
  action: (s: FormState, fd: FormData) => Promise<FormState>;
}) {
  const t = useTranslations("studio.shell.theme.editor");
  const shell = useTranslations("studio.shell");
  const [theme, setTheme] = useState<ThemeInput>(initial);
  const set = <K extends keyof ThemeInput>(key: K, value: ThemeInput[K]) =>
    setTheme((t) => ({ ...t, [key]: value }));
  const valid = /^#[0-9a-f]{6}$/i.test(theme.primaryColor) && /^#[0-9a-f]{6}$/i.test(theme.accentColor);
  const warnings = useMemo(() => (valid ? contrastWarnings(theme) : []), [theme, valid]);
  const vars = valid ? themeVars(theme) : themeVars(initial);
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <ActionForm action={action} submit={t("submit")} pendingLabel={shell("saving")} resetOnSuccess={false}>
        <div className="grid grid-cols-2 gap-4">
          <ColourField
            label={t("primaryColour")}
            name="primaryColor"
            value={theme.primaryColor}
            onChange={(v) => set("primaryColor", v)}
          />
          <ColourField
            label={t("accentColour")}
            name="accentColor"
            value={theme.accentColor}
            onChange={(v) => set("accentColor", v)}
          />
        </div>
        <fieldset className="flex flex-col gap-1">
          <legend className="mb-1 text-sm font-medium">{t("background")}</legend>
          <div className="flex gap-4">
            {BACKGROUNDS.map((b) => (
              <label key={b} className="flex items-center gap-2 text-sm">
                <input
                  type="radio"
                  name="background"
                  value={b}
                  checked={theme.background === b}
                  onChange={() => set("background", b)}
                />{" "}
                {t(`backgrounds.${b}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="flex flex-col gap-1">
          <label htmlFor="font" className="text-sm font-medium">
            {t("font")}
          </label>
          <select
            id="font"
            name="font"
            value={theme.font}
            onChange={(e) => set("font", e.target.value as ThemeInput["font"])}
            className="rounded-lg border border-zinc-300 bg-white px-3 py-2"
          >
            {FONTS.map((f) => (
              <option key={f.id} value={f.id}>
                {t(`fonts.${f.id}`)}
              </option>
            ))}
          </select>
          <p className="text-xs text-zinc-500">{t("fontHint")}</p>
        </div>
        <fieldset className="flex flex-col gap-1">
          <legend className="mb-1 text-sm font-medium">{t("buttons")}</legend>
          <div className="flex gap-4">
            {BUTTON_SHAPES.map((s) => (
              <label key={s} className="flex items-center gap-2 text-sm">
                <input
                  type="radio"
                  name="buttonShape"
                  value={s}
                  checked={theme.buttonShape === s}
                  onChange={() => set("buttonShape", s)}
                />{" "}
                {t(`shapes.${s}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <div aria-live="polite" data-testid="contrast-warnings" className="flex flex-col gap-2">
          {!valid ? <p className="text-sm text-amber-800">{t("enterColours")}</p> : null}
          {warnings.map((w) => (
            <div
              key={w.pair}
              className="rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900"
              role="status"
            >
              <p>{w.message}</p>
              {w.suggestion ? (
                <button
                  type="button"
                  className="mt-1 inline-flex items-center gap-2 font-medium underline"
                  onClick={() =>
                    set(
                      w.pair.startsWith("accent") || w.pair.startsWith("badge")
                        ? "accentColor"
                        : "primaryColor",
                      w.suggestion!,
                    )
                  }
                >
                  <span
                    className="inline-block h-3 w-3 rounded-full border border-amber-900/30"
                    style={{ background: w.suggestion }}
                    aria-hidden
                  />{" "}
                  {t("use", { colour: w.suggestion })}
                </button>
              ) : null}
            </div>
          ))}
          {valid && warnings.length === 0 ? <p className="text-sm text-green-800">{t("allPass")}</p> : null}
        </div>
      </ActionForm>
      <div
        aria-label={t("preview")}
        data-testid="theme-preview"
        style={vars as React.CSSProperties}
        className={`theme-surface self-start ${theme.background === "dark" ? "theme-dark" : ""} overflow-hidden rounded-2xl border border-zinc-200 shadow-sm`}
      >
        <div className="bg-brand text-on-brand flex items-center gap-2 px-4 py-3 font-bold">
          {/* the uploaded logo, as the shop shows it */}
          {logoUrl ? <img src={logoUrl} alt="" className="h-7 w-auto" /> : null}
          {brandName}
        </div>
        <div className="flex flex-col gap-3 p-4">
          <p className="text-brand text-xs font-semibold tracking-wide uppercase">{t("sample.date")}</p>
          <p className="text-2xl font-bold">{t("sample.event")}</p>
          <p className="text-sm text-zinc-600">{t("sample.where")}</p>
          <div className="rounded-xl border border-zinc-200 bg-white p-3">
            <p className="font-semibold">
              {t("sample.bundle")}{" "}
              <span className="bg-accent ml-1 rounded-full px-2 py-0.5 text-xs font-medium">
                {t("sample.bundleBadge")}
              </span>
            </p>
            <p className="text-sm text-zinc-600">{t("sample.contents")}</p>
            <p className="mt-1 font-semibold">{t("sample.price")}</p>
          </div>
          <button type="button" tabIndex={-1} className="btn-brand px-5 py-2.5 font-semibold">
            {t("sample.pay")}
          </button>
        </div>
      </div>
    </div>
  );
}
