// The e-mails about an organizer's own account (no brand: they never appear in a brand's outbox).
// Templates only; accounts.ts decides when they are sent.
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const BUTTON =
  "display:inline-block;background:#6d28d9;color:#fff;padding:10px 18px;border-radius:8px;" +
  "text-decoration:none;font-weight:600";
const SMALL = "opacity:.7;font-size:12px";

function layout(body: string, button: { href: string; label: string }): string {
  const link = `<a href="${esc(button.href)}" style="${BUTTON}">${esc(button.label)}</a>`;
  const cta = `<p style="margin:24px 0 0">${link}</p>`;
  return (
    `<div style="font-family:system-ui,sans-serif;padding:24px">` +
    `<div style="max-width:560px;margin:0 auto">` +
    `<p style="font-size:20px;font-weight:700">Marquee Studio</p>${body}${cta}</div></div>`
  );
}

export function verificationMail(name: string, link: string, hours: number) {
  const fine =
    `The link works for ${hours} hours, once. ` + "If you did not create an account, ignore this e-mail.";
  return {
    subject: "Confirm your e-mail address for Marquee Studio",
    text: `Hello ${name},\n\nConfirm your e-mail address: ${link}\n\n${fine}`,
    html: layout(
      `<p>Hello ${esc(name)},</p>` +
        "<p>Confirm this address to create brands and join teams on Marquee Studio.</p>" +
        `<p style="${SMALL}">${fine}</p>`,
      { href: link, label: "Confirm my e-mail address" },
    ),
  };
}

export function signUpAttemptMail(name: string, signInLink: string) {
  const what =
    "Someone tried to create a new Marquee Studio account with this e-mail address, " +
    "which already has one.";
  const fine = "If not, you need not do anything: your account is unchanged.";
  return {
    subject: "Someone tried to create a Marquee account with your address",
    text: `Hello ${name},\n\n${what} If it was you, sign in instead: ${signInLink}\n\n${fine}`,
    html: layout(
      `<p>Hello ${esc(name)},</p><p>${what} If it was you, sign in instead.</p>` +
        `<p style="${SMALL}">${fine}</p>`,
      { href: signInLink, label: "Sign in" },
    ),
  };
}
