// A brand's theme and the CSS custom properties every themed surface (shop, embed, order page,
// e-mails, PDF tickets) derives from it. Text colours on coloured surfaces are computed
// (textOn), so a light primary colour never gets white text.
import { z } from "zod";
import { FONT_IDS, fontStack } from "./fonts";
import { readableColours, textOn, THEME_BACKGROUND, THEME_BODY_TEXT } from "./contrast";

const hex = (what: string) =>
  z
    .string()
    .trim()
    .regex(/^#[0-9a-fA-F]{6}$/, `Use a colour like #7c3aed for the ${what}`)
    .transform((c) => c.toLowerCase());

export const BUTTON_SHAPES = ["rounded", "pill", "square"] as const;
export const BACKGROUNDS = ["light", "dark"] as const;

export const themeInput = z.object({
  primaryColor: hex("primary colour"),
  accentColor: hex("accent colour"),
  background: z.enum(BACKGROUNDS, { message: "Choose a light or dark background" }),
  font: z.enum(FONT_IDS, { message: "Choose one of the fonts offered" }),
  buttonShape: z.enum(BUTTON_SHAPES, { message: "Choose a button shape" }),
});
export type ThemeInput = z.output<typeof themeInput>;

export type Theme = ThemeInput & { logoUrl: string | null; faviconUrl: string | null };

export const DEFAULT_THEME: ThemeInput = {
  primaryColor: "#7c3aed",
  accentColor: "#0f766e",
  background: "light",
  font: "system",
  buttonShape: "rounded",
};

const RADIUS: Record<(typeof BUTTON_SHAPES)[number], string> = {
  rounded: "0.5rem",
  pill: "9999px",
  square: "0",
};

/**
 * The CSS custom properties of a theme, for a `style` attribute. A colour that would fail a WCAG
 * AA pair is replaced by the nearest that passes (readableColours), so no surface renders one.
 */
export function themeVars(t: ThemeInput): Record<string, string> {
  const dark = t.background === "dark";
  const { primary, accent } = readableColours(t);
  return {
    "--brand": primary,
    "--brand-text": textOn(primary),
    "--accent": accent,
    "--accent-text": textOn(accent),
    "--page-bg": THEME_BACKGROUND[t.background],
    "--page-fg": THEME_BODY_TEXT[t.background],
    "--button-radius": RADIUS[t.buttonShape],
    "--font-theme": fontStack(t.font),
    "color-scheme": dark ? "dark" : "light",
  };
}
