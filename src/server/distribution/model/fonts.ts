// The shop fonts a brand can choose from. Each non-system font is shipped with the app
// (public/fonts, @font-face rules in src/app/fonts.css); nothing is loaded from the network.
// Every stack ends in system fonts, so a page reads well before (or without) the web font.

export const FONTS = [
  { id: "system", label: "System (fastest)", stack: "ui-sans-serif, system-ui, sans-serif" },
  { id: "inter", label: "Inter", stack: '"Marquee Inter", ui-sans-serif, system-ui, sans-serif' },
  {
    id: "fraunces",
    label: "Fraunces (serif)",
    stack: '"Marquee Fraunces", ui-serif, Georgia, Cambria, "Times New Roman", serif',
  },
  {
    id: "space-grotesk",
    label: "Space Grotesk",
    stack: '"Marquee Space Grotesk", ui-sans-serif, system-ui, sans-serif',
  },
  {
    id: "atkinson",
    label: "Atkinson Hyperlegible (most readable)",
    stack: '"Marquee Atkinson", ui-sans-serif, system-ui, sans-serif',
  },
] as const;

export type FontId = (typeof FONTS)[number]["id"];

type Ids<T extends readonly { readonly id: string }[]> = { readonly [K in keyof T]: T[K]["id"] };

/** The font ids as a non-empty tuple, in FONTS order (e.g. for `z.enum(FONT_IDS)`). */
export const FONT_IDS = FONTS.map((f) => f.id) as unknown as Ids<typeof FONTS>;

export const DEFAULT_FONT: FontId = "system";

export function isFontId(id: unknown): id is FontId {
  return typeof id === "string" && FONTS.some((f) => f.id === id);
}

/** The CSS font-family stack for a font id; an unknown id gets the system stack. */
export function fontStack(id: string): string {
  return (FONTS.find((f) => f.id === id) ?? FONTS[0]).stack;
}
