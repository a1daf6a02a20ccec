// E-mail through nodemailer. A message is queued in the caller's transaction (mail_message +
// a send-mail job, both keyed by a dedupe key, so a retried handler queues it once) and sent
// by the worker. Transport by configuration: `smtp` (SMTP_URL) or `outbox` — a LOCAL
// development transport that renders the real MIME message and keeps it in the database,
// where Studio shows it. Production must choose one explicitly (see config.ts).
import nodemailer from "nodemailer";
import { config } from "./config";
import { db, Prisma, queryAtOnce, txOf, type Tx, type UnitOfWork } from "./db";
import { jobPerRow } from "./jobs";
import { newId } from "./ids";
import { maskSecretLinks } from "./mail-preview";
import { log } from "./log";

export type MailAttachment = { filename: string; contentType: string; contentBase64: string; cid?: string };
export type MailToQueue = {
  dedupeKey: string;
  brandId?: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  attachments?: MailAttachment[];
};

export async function queueMail(uow: Tx | UnitOfWork, mail: MailToQueue): Promise<void> {
  await queueMails(uow, [mail]);
}

/** Mails queued at once (a rush's tickets e-mails): every row and its send-mail job in one statement. */
export async function queueMails(uow: Tx | UnitOfWork, mails: readonly MailToQueue[]): Promise<void> {
  if (mails.length === 0) return;
  const rows = mails.map(
    (m) => Prisma.sql`(${newId("mail_")}, ${m.dedupeKey}, ${m.brandId ?? null}, ${m.to}, ${m.subject},
      ${m.text}, ${m.html}, ${JSON.stringify(m.attachments ?? [])}::jsonb)`,
  );
  await txOf(uow).$executeRaw`WITH inserted AS (
      INSERT INTO mail_message (id, dedupe_key, brand_id, "to", subject, text, html, attachments)
      VALUES ${Prisma.join(rows)} ON CONFLICT DO NOTHING RETURNING id
    ) ${jobPerRow("send-mail", "inserted", "mail:")}`;
}

let transporter: nodemailer.Transporter | undefined;
function transport() {
  const c = config();
  transporter ??=
    c.MAIL_TRANSPORT === "smtp"
      ? nodemailer.createTransport(c.SMTP_URL!)
      : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return transporter;
}

/** The send-mail job. Sends at most once per successful run; a message already sent is left alone. */
export async function sendQueuedMail(id: string): Promise<void> {
  // Straight on the pool (queryAtOnce): a rush sends a mail per order, two statements each.
  const [message] = await queryAtOnce<{
    to: string;
    subject: string;
    text: string;
    html: string;
    attachments: unknown;
    status: string;
    brand_id: string | null;
  }>(Prisma.sql`SELECT "to", subject, text, html, attachments, status, brand_id FROM mail_message
    WHERE id = ${id}`);
  if (!message || message.status === "sent") return;
  const c = config();
  const attachments = (message.attachments as MailAttachment[]).map((a) => ({
    filename: a.filename,
    contentType: a.contentType,
    content: Buffer.from(a.contentBase64, "base64"),
    cid: a.cid,
  }));
  const info = await transport().sendMail({
    from: c.MAIL_FROM,
    to: message.to,
    subject: message.subject,
    text: message.text,
    html: message.html,
    attachments,
  });
  const raw =
    c.MAIL_TRANSPORT === "outbox" ? (info as unknown as { message: Buffer }).message.toString("utf8") : null;
  await queryAtOnce(Prisma.sql`UPDATE mail_message
    SET status = 'sent', sent_at = ${new Date()}, transport = ${c.MAIL_TRANSPORT}, raw = ${raw} WHERE id = ${id}`);
  // An account's own mail (the verification link) is in no brand's outbox: in development, print it.
  if (c.MAIL_TRANSPORT === "outbox" && c.MARQUEE_ENV !== "production" && !message.brand_id)
    log.info(
      { to: message.to, subject: message.subject, text: message.text },
      "account e-mail (local outbox)",
    );
}

export type OutboxEntry = {
  id: string;
  to: string;
  subject: string;
  status: string;
  createdAt: Date;
  sentAt: Date | null;
  html: string;
};

/** The local outbox for Studio, newest first. Links that act as keys (invitations…) are masked. */
export async function listOutbox(brandId: string, limit = 50): Promise<OutboxEntry[]> {
  const rows = await db().mailMessage.findMany({
    where: { brandId },
    orderBy: { createdAt: "desc" },
    take: limit,
    select: {
      id: true,
      to: true,
      subject: true,
      status: true,
      createdAt: true,
      sentAt: true,
      html: true,
      attachments: true,
    },
  });
  // A browser cannot resolve cid: images outside a mail client: inline them for the preview.
  return rows.map(({ attachments, html, ...m }) => ({
    ...m,
    html: (attachments as MailAttachment[]).reduce(
      (h, a) => (a.cid ? h.replaceAll(`cid:${a.cid}`, `data:${a.contentType};base64,${a.contentBase64}`) : h),
      maskSecretLinks(html),
    ),
  }));
}
