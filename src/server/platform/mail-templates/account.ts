// The e-mails about an organizer's own account (no brand: they never appear in a brand's outbox),
// in Marquee Studio's look. platform/accounts.ts decides when they are sent.
import { escapeHtml as esc } from "./escape";
import { MARQUEE_STUDIO_LOOK as look, mailLayout, type RenderedMail } from "./layout";

const SMALL = "opacity:.7;font-size:12px";

export type VerificationMail = { name: string; link: string; hours: number };

export function verificationMail(m: VerificationMail): RenderedMail {
  const fine =
    `The link works for ${m.hours} hours, once. ` + "If you did not create an account, ignore this e-mail.";
  return {
    subject: "Confirm your e-mail address for Marquee Studio",
    text: `Hello ${m.name},\n\nConfirm your e-mail address: ${m.link}\n\n${fine}`,
    html: mailLayout(
      look,
      `<p>Hello ${esc(m.name)},</p>` +
        "<p>Confirm this address to create brands and join teams on Marquee Studio.</p>" +
        `<p style="${SMALL}">${esc(fine)}</p>`,
      { href: m.link, label: "Confirm my e-mail address" },
    ),
  };
}

export type SignUpAttemptMail = { name: string; signInLink: string };

export function signUpAttemptMail(m: SignUpAttemptMail): RenderedMail {
  const what =
    "Someone tried to create a new Marquee Studio account with this e-mail address, which already has one.";
  const fine = "If not, you need not do anything: your account is unchanged.";
  return {
    subject: "Someone tried to create a Marquee account with your address",
    text: `Hello ${m.name},\n\n${what} If it was you, sign in instead: ${m.signInLink}\n\n${fine}`,
    html: mailLayout(
      look,
      `<p>Hello ${esc(m.name)},</p><p>${what} If it was you, sign in instead.</p>` +
        `<p style="${SMALL}">${fine}</p>`,
      { href: m.signInLink, label: "Sign in" },
    ),
  };
}
