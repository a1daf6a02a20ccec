// Every e-mail from a brand wears the brand's theme: the look (colours, font, button shape) the one
// mail layout renders, and the logo as an inline attachment. An e-mail to a fan, in a language,
// also carries the brand's footer in that language (docs/adr/0039).
import type { MailAttachment } from "@/server/platform/mail";
import type { MailLook } from "@/server/platform/mail-templates";
import { themeOf, readFile } from "./theme";
import { themeVars } from "./model/theme";
import { findMailFooter, type BrandRecord } from "./infrastructure/brands";
import { brandTextIn } from "./model/brand-texts";
import type { Locale } from "@/server/platform/i18n";

export type BrandMail = { look: MailLook; attachments: MailAttachment[] };

const LOGO_CID = "brand-logo@marquee";

/** The brand's look and logo; with `fanLocale`, its footer in that language too. */
export async function brandMail(brand: BrandRecord, fanLocale?: Locale): Promise<BrandMail> {
  const theme = themeOf(brand);
  const vars = themeVars(theme);
  const [logo, footer] = await Promise.all([
    brand.logoKey ? readFile(brand.logoKey) : null,
    fanLocale ? findMailFooter(brand.id) : null,
  ]);
  const attachments: MailAttachment[] = logo
    ? [
        {
          filename: logo.contentType === "image/png" ? "logo.png" : "logo.jpg",
          contentType: logo.contentType,
          cid: LOGO_CID,
          contentBase64: Buffer.from(logo.bytes).toString("base64"),
        },
      ]
    : [];
  const footerIn =
    footer && fanLocale && brandTextIn(footer.own, footer.translations, "mailFooter", fanLocale);
  const radius = vars["--button-radius"]!;
  return {
    attachments,
    look: {
      name: brand.name,
      logoCid: logo ? LOGO_CID : undefined,
      pageBackground: vars["--page-bg"]!,
      pageText: vars["--page-fg"]!,
      font: vars["--font-theme"]!,
      accent: vars["--brand"]!,
      accentText: vars["--brand-text"]!,
      // Mail clients round a pill with a large radius too; 9999px trips some of them.
      buttonRadius: radius === "9999px" ? "999px" : radius,
      border: theme.background === "dark" ? "#3f3f46" : "#e4e4e7",
      footer: footerIn || undefined,
    },
  };
}
