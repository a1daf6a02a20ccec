/** Colour-contrast rules (WCAG 2.x) for brand themes. Pure: no I/O, safe on client and server. */

/** Always "#rrggbb", lowercase. */
export type Hex = string;

export const AA_NORMAL = 4.5;
/** Large text (≥ 18pt / 14pt bold) and UI components such as highlights and borders. */
export const AA_LARGE = 3;

type Rgb = [number, number, number]; // 0..255

const HEX_RE = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i;

function parseHex(hex: string): Rgb {
  const m = typeof hex === "string" ? HEX_RE.exec(hex) : null;
  if (!m) throw new TypeError(`Not a colour: ${JSON.stringify(hex)} (use #rgb or #rrggbb)`);
  let h = m[1]!;
  if (h.length === 3) h = h.replace(/./g, (c) => c + c);
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as Rgb;
}

function toHex(rgb: Rgb): Hex {
  return (
    "#" +
    rgb
      .map((c) =>
        Math.round(Math.min(255, Math.max(0, c)))
          .toString(16)
          .padStart(2, "0"),
      )
      .join("")
  );
}

function normalize(hex: string): Hex {
  return toHex(parseHex(hex));
}

export function relativeLuminance(hex: string): number {
  const [r, g, b] = parseHex(hex).map((v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Unrounded, so callers never pass a colour that only reaches the threshold after rounding. */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

export function meetsAA(fg: string, bg: string, size: "normal" | "large" = "normal"): boolean {
  return contrastRatio(fg, bg) >= (size === "large" ? AA_LARGE : AA_NORMAL);
}

// HSL with h in degrees, s and l in 0..1. Each RGB channel is non-decreasing in l, so moving l
// moves luminance monotonically while hue and saturation stay put.
function rgbToHsl([r8, g8, b8]: Rgb): [number, number, number] {
  const [r, g, b] = [r8 / 255, g8 / 255, b8 / 255];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  const d = max - min;
  if (d === 0) return [0, 0, l];
  const s = d / (1 - Math.abs(2 * l - 1));
  const h = max === r ? ((g - b) / d + 6) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return [h * 60, s, l];
}

function hslToHex(h: number, s: number, l: number): Hex {
  const c = (1 - Math.abs(2 * l - 1)) * s;
  const x = c * (1 - Math.abs(((h / 60) % 2) - 1));
  const m = l - c / 2;
  const [r, g, b] =
    h < 60
      ? [c, x, 0]
      : h < 120
        ? [x, c, 0]
        : h < 180
          ? [0, c, x]
          : h < 240
            ? [0, x, c]
            : h < 300
              ? [x, 0, c]
              : [c, 0, x];
  return toHex([(r + m) * 255, (g + m) * 255, (b + m) * 255]);
}

/**
 * The colour closest to `fg` (same hue and saturation, only lightness changed) that reaches
 * `target` against `bg`. Every candidate is checked after rounding to 8-bit channels, so the
 * returned hex really passes. Lightness 0/1 is black/white, and one of those always reaches
 * √21 ≈ 4.58 against any bg, so for targets up to 4.58 the search always succeeds.
 */
export function nearestPassing(fg: string, bg: string, target: number = AA_NORMAL): Hex {
  const start = normalize(fg);
  const back = normalize(bg);
  if (contrastRatio(start, back) >= target) return start;
  const [h, s, l0] = rgbToHsl(parseHex(start));
  const passes = (l: number) => contrastRatio(hslToHex(h, s, l), back) >= target;

  let best: { delta: number; l: number } | null = null;
  for (const end of [0, 1]) {
    // Coarse walk from fg towards black/white finds the first passing lightness (contrast can
    // dip before rising when fg is on the other side of bg, so no plain bisection from the start).
    const steps = 400;
    let fail = l0;
    let pass = NaN;
    for (let i = 1; i <= steps; i++) {
      const l = l0 + ((end - l0) * i) / steps;
      if (passes(l)) {
        pass = l;
        break;
      }
      fail = l;
    }
    if (Number.isNaN(pass)) continue;
    // Refine between the last failing and first passing step; `pass` only moves to verified values.
    for (let i = 0; i < 20; i++) {
      const mid: number = (fail + pass) / 2;
      if (passes(mid)) pass = mid;
      else fail = mid;
    }
    const delta = Math.abs(pass - l0);
    if (!best || delta < best.delta) best = { delta, l: pass };
  }
  if (best) return hslToHex(h, s, best.l);
  // Unreachable target (only above 4.58): give the most readable extreme.
  return contrastRatio("#000000", back) >= contrastRatio("#ffffff", back) ? "#000000" : "#ffffff";
}

/** Text colour for a button or badge filled with `bg`: whichever of white / near-black reads better. */
export function textOn(bg: string): "#ffffff" | "#111111" {
  return contrastRatio("#ffffff", bg) >= contrastRatio("#111111", bg) ? "#ffffff" : "#111111";
}

/** One decimal, rounded down: a failing 4.49 shows as "4.4:1", never as a passing "4.5:1". */
export function formatRatio(ratio: number): string {
  return `${(Math.floor(ratio * 10) / 10).toFixed(1)}:1`;
}

export type ContrastWarning = { pair: string; ratio: number; message: string; suggestion: Hex | null };

export const THEME_BACKGROUND = { light: "#ffffff", dark: "#0b0b0f" } as const;
export const THEME_BODY_TEXT = { light: "#18181b", dark: "#f4f4f5" } as const;

export function contrastWarnings(theme: {
  primaryColor: string;
  accentColor: string;
  background: "light" | "dark";
}): ContrastWarning[] {
  const bg = THEME_BACKGROUND[theme.background];
  const primary = normalize(theme.primaryColor);
  const accent = normalize(theme.accentColor);
  const warnings: ContrastWarning[] = [];

  // `adjust` is the colour the owner controls; `against` stays fixed while we search.
  const check = (
    pair: string,
    label: string,
    fg: string,
    back: string,
    adjust: Hex,
    against: string,
    target: number,
    needs: string,
  ) => {
    const ratio = contrastRatio(fg, back);
    if (ratio >= target) return;
    const candidate = nearestPassing(adjust, against, target);
    const suggestion = contrastRatio(candidate, against) >= target ? candidate : null;
    const tail = suggestion ? ` Try ${suggestion}.` : "";
    warnings.push({
      pair,
      ratio,
      suggestion,
      message: `${label} has a contrast of ${formatRatio(ratio)}; ${needs} ${target}:1 (WCAG AA).${tail}`,
    });
  };

  const onPrimary = textOn(primary);
  const onAccent = textOn(accent);
  const where = `the ${theme.background} background`;
  check(
    "primary/background",
    `The primary colour on ${where}`,
    primary,
    bg,
    primary,
    bg,
    AA_NORMAL,
    "text needs",
  );
  check(
    "button-text/primary",
    `Button text (${onPrimary}) on the primary colour`,
    onPrimary,
    primary,
    primary,
    onPrimary,
    AA_NORMAL,
    "text needs",
  );
  check(
    "accent/background",
    `The accent colour on ${where}`,
    accent,
    bg,
    accent,
    bg,
    AA_LARGE,
    "highlights need",
  );
  check(
    "badge-text/accent",
    `Badge text (${onAccent}) on the accent colour`,
    onAccent,
    accent,
    accent,
    onAccent,
    AA_NORMAL,
    "text needs",
  );
  return warnings;
}

/**
 * A fill colour the shop may render: it reaches `target` against the page background and its own
 * text (textOn) reaches AA on it. The colour itself when it passes; else the nearest passing one
 * (lightness only, as the theme editor suggests); else the page's body-text colour, which always
 * passes both.
 */
function readableFill(colour: string, background: "light" | "dark", target: number): Hex {
  const bg = THEME_BACKGROUND[background];
  const passes = (c: Hex) => contrastRatio(c, bg) >= target && contrastRatio(textOn(c), c) >= AA_NORMAL;
  const own = normalize(colour);
  if (passes(own)) return own;
  const onPage = nearestPassing(own, bg, target);
  if (passes(onPage)) return onPage;
  const underText = nearestPassing(onPage, textOn(onPage), AA_NORMAL);
  if (passes(underText)) return underText;
  return THEME_BODY_TEXT[background];
}

/**
 * The theme's colours as the shop renders them (issue 16): never a pair that fails WCAG AA. The
 * primary colour is text on the page and a fill under text (4.5:1 both); the accent a highlight
 * on the page (3:1) and a fill under badge text (4.5:1). The theme editor still warns about the
 * colours as chosen; the shop shows the nearest passing ones meanwhile.
 */
export function readableColours(theme: {
  primaryColor: string;
  accentColor: string;
  background: "light" | "dark";
}): { primary: Hex; accent: Hex } {
  return {
    primary: readableFill(theme.primaryColor, theme.background, AA_NORMAL),
    accent: readableFill(theme.accentColor, theme.background, AA_LARGE),
  };
}
