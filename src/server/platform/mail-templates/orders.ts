// The e-mails a fan gets about an order. Each is a pure function of what the subscriber loaded:
// which e-mail goes, and when, is the subscriber's decision (workflows/subscriptions.ts). Each
// speaks the order's language (docs/adr/0033); English when none is given.
import { formatMoneyIn, type Locale } from "@/server/platform/i18n";
import { translatorFor, type Translator } from "@/server/platform/messages";
import type { Money } from "@/server/platform/money";
import { escapeHtml as esc } from "./escape";
import { mailLayout, signedBy, type MailLook, type RenderedMail } from "./layout";

const bullets = (lines: string[]) => lines.map((l) => `- ${l}`).join("\n");
const htmlList = (lines: string[]) => `<ul>${lines.map((l) => `<li>${esc(l)}</li>`).join("")}</ul>`;
/** "T-shirt" for one item, "3 items" for more. */
const whatOf = (t: Translator, items: string[]) =>
  items.length === 1 ? items[0]! : t("mail.items", { count: items.length });
/** The text part: paragraphs, signed by the brand (and its footer). */
const signed = (look: MailLook, paragraphs: string[]) => [...paragraphs, signedBy(look)].join("\n\n");
const openOrder = (t: Translator, href: string) => ({ href, label: t("mail.openOrder") });

type MailKey = Parameters<Translator["markup"]>[0];
/** A message with <b> marks as HTML, every value escaped. */
function html(t: Translator, key: MailKey, values: Record<string, string | number>): string {
  const escaped = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, esc(String(v))]));
  return t.markup(key, { ...escaped, b: (chunks) => `<strong>${chunks}</strong>` });
}
/** The same message as plain text. */
function plain(t: Translator, key: MailKey, values: Record<string, string | number>): string {
  return t.markup(key, { ...values, b: (chunks) => chunks });
}

/** Every order e-mail goes to the buyer, about one order, in the brand's look and the order's language. */
type ToTheBuyer = { look: MailLook; buyerName: string; reference: string; locale?: Locale };
const wordsOf = (m: ToTheBuyer) => ({ t: translatorFor(m.locale ?? "en"), locale: m.locale ?? "en" });
const moneyOf = (locale: Locale, m: Money) => formatMoneyIn(locale, m.amount, m.currency);

export type TicketsMail = ToTheBuyer & {
  total: Money;
  eventName: string;
  /** The event's dates, as the fan reads them, with the time zone. */
  when: string;
  venue: string;
  /** Each valid ticket, with the cid of its QR image attachment. */
  tickets: { productName: string; attendeeName: string; code: string; qrCid: string }[];
  orderLink: string;
  /** Sent again by the organizer, rather than on the order. */
  resent: boolean;
};

/** The tickets: every valid ticket with its QR, the event and the order link. */
export function ticketsMail(m: TicketsMail): RenderedMail {
  const { t, locale } = wordsOf(m);
  const cards = m.tickets.map(
    (ticket) =>
      `<div style="border:1px solid ${m.look.border};border-radius:12px;padding:16px;margin:12px 0">` +
      `<strong>${esc(ticket.productName)}</strong> — ${esc(ticket.attendeeName)}<br>` +
      `<img src="cid:${esc(ticket.qrCid)}" width="180" height="180" alt="${esc(t("mail.qr"))}"><br>` +
      `<code>${esc(ticket.code)}</code></div>`,
  );
  const total = moneyOf(locale, m.total);
  const said = { name: m.buyerName, reference: m.reference };
  return {
    subject: t("mail.ticketsSubject", { event: m.eventName, reference: m.reference }),
    text: signed(m.look, [
      t("mail.hi", { name: m.buyerName }),
      t(m.resent ? "mail.ticketsAgain" : "mail.ticketsThanks", { reference: m.reference, total }),
      `${m.eventName}\n${m.when}\n${m.venue}`,
      `${t("mail.yourTickets")}\n${bullets(m.tickets.map((ticket) => `${ticket.productName}: ${ticket.code}`))}`,
      t("mail.openAnyTime", { link: m.orderLink }),
    ]),
    html: mailLayout(
      m.look,
      `<p>${html(t, m.resent ? "mail.ticketsHtmlAgain" : "mail.ticketsHtmlThanks", said)}</p>` +
        `<p><strong>${esc(m.eventName)}</strong><br>${esc(m.when)}<br>${esc(m.venue)}</p>` +
        cards.join(""),
      openOrder(t, m.orderLink),
    ),
  };
}

export type LatePaymentRefundMail = ToTheBuyer & {
  eventName: string;
  amount: Money;
};

/** The payment came after the reservation ended and the last tickets were gone: all of it is refunded. */
export function latePaymentRefundMail(m: LatePaymentRefundMail): RenderedMail {
  const { t, locale } = wordsOf(m);
  const amount = moneyOf(locale, m.amount);
  return {
    subject: t("mail.lateSubject", { event: m.eventName, reference: m.reference }),
    text: signed(m.look, [
      t("mail.hi", { name: m.buyerName }),
      t("mail.lateText", { reference: m.reference, amount }),
    ]),
    html: mailLayout(
      m.look,
      `<p>${esc(t("mail.hi", { name: m.buyerName }))}</p>` +
        `<p>${html(t, "mail.lateHtmlWhy", { reference: m.reference, event: m.eventName })}</p>` +
        `<p>${html(t, "mail.lateHtmlRefund", { amount })}</p>`,
    ),
  };
}

export type ShippedMail = ToTheBuyer & {
  /** What this shipment holds, one label per item. */
  items: string[];
  carrier: string;
  trackingNumber: string;
  orderLink: string;
};

/** Merch on its way, with the carrier and tracking number. */
export function shippedMail(m: ShippedMail): RenderedMail {
  const { t } = wordsOf(m);
  const carrier = { carrier: m.carrier };
  const tracking = { number: m.trackingNumber };
  return {
    subject: t("mail.shippedSubject", { what: whatOf(t, m.items), reference: m.reference }),
    text: signed(m.look, [
      t("mail.hi", { name: m.buyerName }),
      `${t("mail.shippedFrom", { reference: m.reference })}\n${bullets(m.items)}`,
      `${plain(t, "mail.carrier", carrier)}\n${plain(t, "mail.tracking", tracking)}`,
      t("mail.yourOrder", { link: m.orderLink }),
    ]),
    html: mailLayout(
      m.look,
      `<p>${html(t, "mail.shippedHtml", { name: m.buyerName, reference: m.reference })}</p>` +
        htmlList(m.items) +
        `<p>${html(t, "mail.carrier", carrier)}<br>` +
        `${html(t, "mail.tracking", tracking)}</p>`,
      openOrder(t, m.orderLink),
    ),
  };
}

export type RefundMail = ToTheBuyer & {
  amount: Money;
  /** The non-refundable fee the organizer kept, if any. */
  keptFee: Money | null;
  /** What this refund covered, one label per item. */
  items: string[];
  /** How many tickets this refund voided, and how many of the order's tickets still admit. */
  refundedTickets: number;
  validTickets: number;
};

/** What was refunded, and how much, once the money is on its way back. */
export function refundMail(m: RefundMail): RenderedMail {
  const { t, locale } = wordsOf(m);
  const amount = moneyOf(locale, m.amount);
  const fee =
    m.keptFee && m.keptFee.amount > 0 ? ` ${t("mail.refundFee", { fee: moneyOf(locale, m.keptFee) })}` : "";
  const tickets = ticketsNote(t, m.refundedTickets, m.validTickets);
  const reaches = `${t("mail.reachesAccount")}${tickets ? ` ${tickets}` : ""}`;
  return {
    subject: t("mail.refundSubject", { amount, what: whatOf(t, m.items), reference: m.reference }),
    text: signed(m.look, [
      t("mail.hi", { name: m.buyerName }),
      `${t("mail.refundText", { amount, fee })}\n${bullets(m.items)}`,
      reaches,
    ]),
    html: mailLayout(
      m.look,
      `<p>${html(t, "mail.refundHtml", { name: m.buyerName, amount, fee })}</p>` +
        htmlList(m.items) +
        `<p>${esc(reaches)}</p>`,
    ),
  };
}

/** What a refund means at the door — said only when tickets were refunded. */
function ticketsNote(t: Translator, refundedTickets: number, validTickets: number): string {
  if (refundedTickets === 0) return "";
  const voided = t("mail.voided", { count: refundedTickets });
  return t(validTickets > 0 ? "mail.othersValid" : "mail.onlyVoided", { voided });
}
