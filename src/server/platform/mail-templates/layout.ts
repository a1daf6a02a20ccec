// The one layout every e-mail wears: a header in the sender's colour (with readable text on it and
// the logo inline, as a cid: attachment — mail clients block remote images), the page background,
// font stack and button shape. A brand's e-mails wear its theme; an organizer's own account
// e-mails wear Marquee Studio's.
import { escapeHtml as esc } from "./escape";

export type MailLook = {
  /** Shown in the header and signed at the end of the text part. */
  name: string;
  /** The cid of an inline logo attachment, if there is one. */
  logoCid?: string;
  pageBackground: string;
  pageText: string;
  font: string;
  accent: string;
  accentText: string;
  buttonRadius: string;
  /** Lines around the body and around cards in it. */
  border: string;
  /** The brand's footer in the mail's language (plain text, docs/adr/0039), under the body. */
  footer?: string;
};

export type MailButton = { href: string; label: string };

/** What every template returns: the message, ready for queueMail. */
export type RenderedMail = { subject: string; html: string; text: string };

export const MARQUEE_STUDIO_LOOK: MailLook = {
  name: "Marquee Studio",
  pageBackground: "#ffffff",
  pageText: "#18181b",
  font: "system-ui,sans-serif",
  accent: "#6d28d9",
  accentText: "#ffffff",
  buttonRadius: "8px",
  border: "#e4e4e7",
};

const style = (rules: Record<string, string>) =>
  Object.entries(rules)
    .map(([k, v]) => `${k}:${v}`)
    .join(";");

function buttonHtml(look: MailLook, button: MailButton): string {
  const css = style({
    display: "inline-block",
    background: look.accent,
    color: look.accentText,
    padding: "10px 18px",
    "border-radius": look.buttonRadius,
    "text-decoration": "none",
    "font-weight": "600",
  });
  const link = `<a href="${esc(button.href)}" style="${css}">${esc(button.label)}</a>`;
  return `<p style="margin:24px 0 0">${link}</p>`;
}

/** `body` is HTML the template built (with every value escaped); the rest is escaped here. */
export function mailLayout(look: MailLook, body: string, button?: MailButton): string {
  const page = style({
    background: look.pageBackground,
    color: look.pageText,
    "font-family": look.font.replaceAll('"', "'"),
    padding: "24px",
  });
  const header = style({
    background: look.accent,
    color: look.accentText,
    padding: "16px 20px",
    "border-radius": "12px 12px 0 0",
    "font-size": "20px",
    "font-weight": "700",
  });
  const logo = look.logoCid
    ? `<img src="cid:${esc(look.logoCid)}" alt="" height="32" ` +
      `style="height:32px;vertical-align:middle;margin-right:10px">`
    : "";
  const card = `padding:20px;border:1px solid ${look.border};border-top:0;border-radius:0 0 12px 12px`;
  return (
    `<div style="${page}"><div style="max-width:560px;margin:0 auto">` +
    `<div data-brand-header style="${header}">${logo}${esc(look.name)}</div>` +
    `<div style="${card}">${body}${button ? buttonHtml(look, button) : ""}</div>` +
    footerHtml(look.footer) +
    `</div></div>`
  );
}

/** The footer's lines, each escaped: nothing the organizer types becomes HTML. */
function footerHtml(footer: string | undefined): string {
  if (!footer) return "";
  const lines = footer.split("\n").map(esc).join("<br>");
  return `<p data-brand-footer style="margin:16px 4px 0;font-size:12px;line-height:1.5">${lines}</p>`;
}

/** A text part's end: the brand's name, then its footer after the signature line. */
export const signedBy = (look: MailLook) => (look.footer ? `${look.name}\n\n-- \n${look.footer}` : look.name);
