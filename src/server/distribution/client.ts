// Pure theme helpers that the browser uses too (the Studio's live preview and contrast warnings).
// No I/O here: this file is bundled for the client.
export {
  contrastRatio,
  contrastWarnings,
  formatRatio,
  meetsAA,
  nearestPassing,
  textOn,
  type ContrastWarning,
} from "./model/contrast";
export {
  themeVars,
  themeInput,
  DEFAULT_THEME,
  BUTTON_SHAPES,
  BACKGROUNDS,
  type Theme,
  type ThemeInput,
} from "./model/theme";
export { FONTS, fontStack, type FontId } from "./model/fonts";
export { suggestBrandSlug } from "./model/brand";
