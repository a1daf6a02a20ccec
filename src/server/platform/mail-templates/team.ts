// The e-mail that invites someone to a brand's team.
import { escapeHtml as esc } from "./escape";
import { mailLayout, type MailLook, type RenderedMail } from "./layout";

export type InvitationMail = {
  look: MailLook;
  /** Who invites (their e-mail address, as the team knows them). */
  inviter: string;
  role: { label: string; can: string };
  link: string;
  days: number;
};

export function invitationMail(m: InvitationMail): RenderedMail {
  const brand = m.look.name;
  const what = `${m.role.label} — ${m.role.can}`;
  const fine = `The link works for ${m.days} days. If you did not expect it, ignore this e-mail.`;
  return {
    subject: `You're invited to ${brand} on Marquee`,
    text: [
      `${m.inviter} invited you to join ${brand} as ${what}.`,
      `Accept the invitation: ${m.link}`,
      fine,
    ].join("\n\n"),
    html: mailLayout(
      m.look,
      `<p>${esc(m.inviter)} invited you to join <strong>${esc(brand)}</strong> ` +
        `on Marquee as ${esc(what)}.</p>` +
        `<p style="opacity:.7;font-size:12px">${esc(fine)}</p>`,
      { href: m.link, label: "Accept the invitation" },
    ),
  };
}
