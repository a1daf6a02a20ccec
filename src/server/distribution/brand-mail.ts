// Every e-mail from a brand wears the brand's theme: its header in the primary colour (with readable
// text on it), the logo inline (a cid: attachment — mail clients block remote images), the
// background, font stack and button shape.
import type { MailAttachment } from "@/server/platform/mail";
import { themeOf, readFile } from "./theme";
import { themeVars } from "./model/theme";
import type { BrandRecord } from "./infrastructure/brands";

export type BrandMail = {
  html(body: string, button?: { href: string; label: string }): string;
  attachments: MailAttachment[];
};

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export async function brandMail(brand: BrandRecord): Promise<BrandMail> {
  const theme = themeOf(brand);
  const vars = themeVars(theme);
  const logo = brand.logoKey ? await readFile(brand.logoKey) : null;
  const attachments: MailAttachment[] = logo
    ? [
        {
          filename: logo.contentType === "image/png" ? "logo.png" : "logo.jpg",
          contentType: logo.contentType,
          cid: "brand-logo@marquee",
          contentBase64: Buffer.from(logo.bytes).toString("base64"),
        },
      ]
    : [];
  const dark = theme.background === "dark";
  const border = dark ? "#3f3f46" : "#e4e4e7";
  return {
    attachments,
    html(body, button) {
      const cta = button
        ? `<p style="margin:24px 0 0"><a href="${button.href}" style="display:inline-block;background:${vars["--brand"]};color:${vars["--brand-text"]};padding:10px 18px;border-radius:${vars["--button-radius"] === "9999px" ? "999px" : vars["--button-radius"]};text-decoration:none;font-weight:600">${esc(button.label)}</a></p>`
        : "";
      return (
        `<div style="background:${vars["--page-bg"]};color:${vars["--page-fg"]};font-family:${vars["--font-theme"]!.replaceAll('"', "'")};padding:24px"><div style="max-width:560px;margin:0 auto">` +
        `<div data-brand-header style="background:${vars["--brand"]};color:${vars["--brand-text"]};padding:16px 20px;border-radius:12px 12px 0 0;font-size:20px;font-weight:700">${logo ? `<img src="cid:brand-logo@marquee" alt="" height="32" style="height:32px;vertical-align:middle;margin-right:10px">` : ""}${esc(brand.name)}</div>` +
        `<div style="padding:20px;border:1px solid ${border};border-top:0;border-radius:0 0 12px 12px">${body}${cta}</div></div></div>`
      );
    },
  };
}
