import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  AA_LARGE,
  AA_NORMAL,
  contrastRatio,
  contrastWarnings,
  formatRatio,
  meetsAA,
  nearestPassing,
  readableColours,
  relativeLuminance,
  textOn,
  THEME_BACKGROUND,
} from "./contrast";
import { themeVars, DEFAULT_THEME } from "./theme";

// Test-side HSL hue, independent of the module, to check nearestPassing keeps the hue.
function hue(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const d = max - Math.min(r, g, b);
  const h = max === r ? ((g - b) / d + 6) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return h * 60;
}
const hexArb = fc.integer({ min: 0, max: 0xffffff }).map((n) => "#" + n.toString(16).padStart(6, "0"));

describe("relativeLuminance", () => {
  it("is 0 for black and 1 for white", () => {
    expect(relativeLuminance("#000000")).toBe(0);
    expect(relativeLuminance("#ffffff")).toBe(1);
  });

  it("accepts #rgb and any case", () => {
    expect(relativeLuminance("#FFF")).toBe(1);
    expect(relativeLuminance("#AbC")).toBe(relativeLuminance("#aabbcc"));
  });

  it.each(["fff", "#ffff", "#gggggg", "", " #fff", "#fffffff", "red", "#12345"])(
    "throws a TypeError for %j",
    (bad) => {
      expect(() => relativeLuminance(bad)).toThrow(TypeError);
      expect(() => contrastRatio(bad, "#fff")).toThrow(TypeError);
      expect(() => nearestPassing(bad, "#fff")).toThrow(TypeError);
    },
  );
});

describe("contrastRatio (known WCAG pairs)", () => {
  it("black on white is exactly 21, white on white is 1", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBe(21);
    expect(contrastRatio("#ffffff", "#ffffff")).toBe(1);
  });

  it.each([
    ["#777777", 4.48],
    ["#767676", 4.54],
    ["#595959", 7.0],
    ["#0000ff", 8.59],
    ["#ff0000", 4.0],
  ])("%s on white ≈ %d", (fg, expected) => {
    expect(contrastRatio(fg, "#ffffff")).toBeCloseTo(expected, 2);
  });

  it("#767676 is the lightest grey passing AA on white; #777777 fails", () => {
    expect(meetsAA("#767676", "#ffffff")).toBe(true);
    expect(meetsAA("#777777", "#ffffff")).toBe(false);
    expect(meetsAA("#777777", "#ffffff", "large")).toBe(true);
    expect(meetsAA("#ff0000", "#ffffff", "large")).toBe(true);
  });

  it("is not rounded: 4.478 stays below 4.5", () => {
    expect(contrastRatio("#777777", "#ffffff")).toBeLessThan(AA_NORMAL);
  });

  it("is symmetric", () => {
    fc.assert(fc.property(hexArb, hexArb, (a, b) => contrastRatio(a, b) === contrastRatio(b, a)));
  });
});

describe("nearestPassing", () => {
  it("returns an already-passing colour unchanged (normalized)", () => {
    expect(nearestPassing("#6d28d9", "#ffffff")).toBe("#6d28d9");
    expect(nearestPassing("#6D28D9", "#fff")).toBe("#6d28d9");
    expect(nearestPassing("#000", "#fff")).toBe("#000000");
  });

  it("nudges #777777 to the AA grey #767676 on white", () => {
    expect(nearestPassing("#777777", "#ffffff")).toBe("#767676");
  });

  it("darkens a yellow on white, keeping its hue", () => {
    const out = nearestPassing("#facc15", "#ffffff");
    expect(contrastRatio(out, "#ffffff")).toBeGreaterThanOrEqual(AA_NORMAL);
    expect(relativeLuminance(out)).toBeLessThan(relativeLuminance("#facc15"));
    expect(Math.abs(hue(out) - hue("#facc15"))).toBeLessThan(2);
  });

  it("lightens a violet on a dark background, keeping its hue", () => {
    const out = nearestPassing("#6d28d9", "#0b0b0f");
    expect(contrastRatio(out, "#0b0b0f")).toBeGreaterThanOrEqual(AA_NORMAL);
    expect(relativeLuminance(out)).toBeGreaterThan(relativeLuminance("#6d28d9"));
    expect(Math.abs(hue(out) - hue("#6d28d9"))).toBeLessThan(2);
  });

  it("honours a custom target", () => {
    const out = nearestPassing("#facc15", "#ffffff", AA_LARGE);
    expect(contrastRatio(out, "#ffffff")).toBeGreaterThanOrEqual(AA_LARGE);
    expect(contrastRatio(out, "#ffffff")).toBeLessThan(AA_NORMAL);
  });

  it("falls back to the more readable of black/white when the target is unreachable", () => {
    expect(nearestPassing("#777777", "#777777", 7)).toBe("#000000");
    expect(nearestPassing("#222222", "#222222", 20)).toBe("#ffffff");
  });

  it("always reaches 4.5 (and 3) for any pair, returning a normalized hex", () => {
    fc.assert(
      fc.property(hexArb, hexArb, (fg, bg) => {
        const out = nearestPassing(fg, bg);
        expect(out).toMatch(/^#[0-9a-f]{6}$/);
        expect(contrastRatio(out, bg)).toBeGreaterThanOrEqual(AA_NORMAL);
        expect(contrastRatio(nearestPassing(fg, bg, AA_LARGE), bg)).toBeGreaterThanOrEqual(AA_LARGE);
      }),
      { numRuns: 300 },
    );
  });
});

describe("textOn", () => {
  it("picks dark text on yellow and white text on navy", () => {
    expect(textOn("#ffff00")).toBe("#111111");
    expect(textOn("#1e3a8a")).toBe("#ffffff");
  });

  it("picks the higher-contrast option", () => {
    fc.assert(
      fc.property(hexArb, (bg) => {
        const other = textOn(bg) === "#ffffff" ? "#111111" : "#ffffff";
        return contrastRatio(textOn(bg), bg) >= contrastRatio(other, bg);
      }),
    );
  });
});

describe("formatRatio", () => {
  it("rounds down to one decimal so a failing ratio never shows as passing", () => {
    expect(formatRatio(4.49)).toBe("4.4:1");
    expect(formatRatio(4.4999)).toBe("4.4:1");
    expect(formatRatio(2.999)).toBe("2.9:1");
    expect(formatRatio(4.5)).toBe("4.5:1");
    expect(formatRatio(21)).toBe("21.0:1");
  });
});

describe("contrastWarnings", () => {
  it("lists nothing for a good light theme", () => {
    expect(
      contrastWarnings({ primaryColor: "#6d28d9", accentColor: "#0f766e", background: "light" }),
    ).toEqual([]);
  });

  it("lists nothing for a good dark theme", () => {
    expect(contrastWarnings({ primaryColor: "#a78bfa", accentColor: "#2dd4bf", background: "dark" })).toEqual(
      [],
    );
  });

  it("warns about a yellow primary on light, with a passing suggestion", () => {
    const ws = contrastWarnings({ primaryColor: "#facc15", accentColor: "#0f766e", background: "light" });
    expect(ws.map((w) => w.pair)).toEqual(["primary/background"]);
    const w = ws[0]!;
    expect(w.ratio).toBeCloseTo(1.53, 2);
    expect(w.suggestion).not.toBeNull();
    expect(contrastRatio(w.suggestion!, "#ffffff")).toBeGreaterThanOrEqual(AA_NORMAL);
    expect(w.message).toBe(
      `The primary colour on the light background has a contrast of 1.5:1; text needs 4.5:1 (WCAG AA). Try ${w.suggestion}.`,
    );
  });

  it("never displays a failing ratio as passing", () => {
    const [w] = contrastWarnings({ primaryColor: "#777777", accentColor: "#0f766e", background: "light" });
    expect(w?.ratio).toBeCloseTo(4.478, 3);
    expect(w?.message).toContain("contrast of 4.4:1");
    expect(w?.suggestion).toBe("#767676");
  });

  it("warns when neither white nor dark text is readable on the primary (button text)", () => {
    // #7a7a7a: white gives 4.29, #111111 gives 4.40 — both below 4.5.
    const ws = contrastWarnings({ primaryColor: "#7a7a7a", accentColor: "#0f766e", background: "light" });
    expect(ws.map((w) => w.pair)).toEqual(["primary/background", "button-text/primary"]);
    const button = ws[1]!;
    const text = textOn("#7a7a7a");
    expect(button.message).toContain(`Button text (${text}) on the primary colour`);
    expect(contrastRatio(button.suggestion!, text)).toBeGreaterThanOrEqual(AA_NORMAL);
    expect(contrastRatio(textOn(button.suggestion!), button.suggestion!)).toBeGreaterThanOrEqual(AA_NORMAL);
  });

  it("checks the accent on the background against 3:1 only", () => {
    // #0f766e on the dark background is 3.59: fine for highlights (3:1) though below 4.5.
    expect(contrastRatio("#0f766e", "#0b0b0f")).toBeLessThan(AA_NORMAL);
    expect(contrastWarnings({ primaryColor: "#a78bfa", accentColor: "#0f766e", background: "dark" })).toEqual(
      [],
    );

    const ws = contrastWarnings({ primaryColor: "#a78bfa", accentColor: "#1e3a8a", background: "dark" });
    expect(ws.map((w) => w.pair)).toEqual(["accent/background"]);
    expect(ws[0]!.message).toMatch(
      /^The accent colour on the dark background has a contrast of \d\.\d:1; highlights need 3:1 \(WCAG AA\)\. Try #[0-9a-f]{6}\.$/,
    );
    expect(contrastRatio(ws[0]!.suggestion!, "#0b0b0f")).toBeGreaterThanOrEqual(AA_LARGE);
  });

  it("warns about badge text on a mid-grey accent", () => {
    const ws = contrastWarnings({ primaryColor: "#6d28d9", accentColor: "#7a7a7a", background: "light" });
    expect(ws.map((w) => w.pair)).toEqual(["badge-text/accent"]);
    expect(contrastRatio(ws[0]!.suggestion!, textOn("#7a7a7a"))).toBeGreaterThanOrEqual(AA_NORMAL);
  });

  it("every suggestion it makes passes, for random themes", () => {
    fc.assert(
      fc.property(
        hexArb,
        hexArb,
        fc.constantFrom("light" as const, "dark" as const),
        (primaryColor, accentColor, background) => {
          for (const w of contrastWarnings({ primaryColor, accentColor, background })) {
            expect(w.suggestion).not.toBeNull();
            expect(w.message).toContain(`Try ${w.suggestion}.`);
          }
        },
      ),
    );
  });
});

describe("readableColours (what the shop renders)", () => {
  it("keeps colours that pass every pair", () => {
    expect(readableColours({ primaryColor: "#7C3AED", accentColor: "#0f766e", background: "light" })).toEqual(
      {
        primary: "#7c3aed",
        accent: "#0f766e",
      },
    );
  });

  it("replaces a yellow primary on white by the nearest passing colour, the one the editor suggests", () => {
    const { primary } = readableColours({
      primaryColor: "#facc15",
      accentColor: "#0f766e",
      background: "light",
    });
    expect(primary).toBe(nearestPassing("#facc15", "#ffffff"));
    expect(Math.abs(hue(primary) - hue("#facc15"))).toBeLessThan(2);
  });

  it("lightens the default violet on the dark background, where it fails as text", () => {
    const vars = themeVars({ ...DEFAULT_THEME, background: "dark" });
    expect(vars["--brand"]).not.toBe("#7c3aed");
    expect(contrastRatio(vars["--brand"]!, THEME_BACKGROUND.dark)).toBeGreaterThanOrEqual(AA_NORMAL);
  });

  it("never renders a failing pair, whatever the theme", () => {
    const background = fc.constantFrom("light" as const, "dark" as const);
    fc.assert(
      fc.property(hexArb, hexArb, background, (primaryColor, accentColor, bg) => {
        const vars = themeVars({ ...DEFAULT_THEME, primaryColor, accentColor, background: bg });
        const page = THEME_BACKGROUND[bg];
        expect(contrastRatio(vars["--brand"]!, page)).toBeGreaterThanOrEqual(AA_NORMAL);
        expect(contrastRatio(vars["--brand-text"]!, vars["--brand"]!)).toBeGreaterThanOrEqual(AA_NORMAL);
        expect(contrastRatio(vars["--accent"]!, page)).toBeGreaterThanOrEqual(AA_LARGE);
        expect(contrastRatio(vars["--accent-text"]!, vars["--accent"]!)).toBeGreaterThanOrEqual(AA_NORMAL);
      }),
      { numRuns: 500 },
    );
  });
});
