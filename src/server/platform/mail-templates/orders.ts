// The e-mails a fan gets about an order. Each is a pure function of what the subscriber loaded:
// which e-mail goes, and when, is the subscriber's decision (workflows/subscriptions.ts).
import { formatMoney, type Money } from "@/server/platform/money";
import { escapeHtml as esc } from "./escape";
import { mailLayout, type MailLook, type RenderedMail } from "./layout";

const bullets = (lines: string[]) => lines.map((l) => `- ${l}`).join("\n");
const htmlList = (lines: string[]) => `<ul>${lines.map((l) => `<li>${esc(l)}</li>`).join("")}</ul>`;
/** "T-shirt" for one item, "3 items" for more. */
const whatOf = (items: string[]) => (items.length === 1 ? items[0]! : `${items.length} items`);
/** The text part: paragraphs, signed by the brand. */
const signed = (look: MailLook, paragraphs: string[]) => [...paragraphs, look.name].join("\n\n");
const openOrder = (href: string) => ({ href, label: "Open your order" });

/** Every order e-mail goes to the buyer, about one order, in the brand's look. */
type ToTheBuyer = { look: MailLook; buyerName: string; reference: string };

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
  const cards = m.tickets.map(
    (t) =>
      `<div style="border:1px solid ${m.look.border};border-radius:12px;padding:16px;margin:12px 0">` +
      `<strong>${esc(t.productName)}</strong> — ${esc(t.attendeeName)}<br>` +
      `<img src="cid:${esc(t.qrCid)}" width="180" height="180" alt="QR code"><br>` +
      `<code>${esc(t.code)}</code></div>`,
  );
  const intro = m.resent ? "here are your tickets again, for order" : "thank you for your order";
  return {
    subject: `Your tickets for ${m.eventName} — ${m.reference}`,
    text: signed(m.look, [
      `Hi ${m.buyerName},`,
      `${m.resent ? "Here are your tickets again" : "Thank you for your order"} ${m.reference} ` +
        `(${formatMoney(m.total)}).`,
      `${m.eventName}\n${m.when}\n${m.venue}`,
      `Your tickets:\n${bullets(m.tickets.map((t) => `${t.productName}: ${t.code}`))}`,
      `Open your order any time: ${m.orderLink}`,
    ]),
    html: mailLayout(
      m.look,
      `<p>Hi ${esc(m.buyerName)}, ${intro} <strong>${esc(m.reference)}</strong>.</p>` +
        `<p><strong>${esc(m.eventName)}</strong><br>${esc(m.when)}<br>${esc(m.venue)}</p>` +
        cards.join(""),
      openOrder(m.orderLink),
    ),
  };
}

export type LatePaymentRefundMail = ToTheBuyer & {
  eventName: string;
  amount: Money;
};

/** The payment came after the reservation ended and the last tickets were gone: all of it is refunded. */
export function latePaymentRefundMail(m: LatePaymentRefundMail): RenderedMail {
  const amount = formatMoney(m.amount);
  return {
    subject: `Your payment for ${m.eventName} was refunded — ${m.reference}`,
    text: signed(m.look, [
      `Hi ${m.buyerName},`,
      `Your payment for order ${m.reference} arrived after your reservation had ended, ` +
        `and by then the last tickets were sold. We have refunded the full ${amount}; ` +
        `it reaches your account in a few days. Nothing else is charged.`,
    ]),
    html: mailLayout(
      m.look,
      `<p>Hi ${esc(m.buyerName)},</p>` +
        `<p>Your payment for order <strong>${esc(m.reference)}</strong> arrived after your ` +
        `reservation had ended, and by then the last tickets for <strong>${esc(m.eventName)}</strong> ` +
        `were sold.</p>` +
        `<p>We have refunded the full <strong>${esc(amount)}</strong>. ` +
        `It reaches your account in a few days; nothing else is charged.</p>`,
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
  return {
    subject: `On its way: ${whatOf(m.items)} — ${m.reference}`,
    text: signed(m.look, [
      `Hi ${m.buyerName},`,
      `We shipped from your order ${m.reference}:\n${bullets(m.items)}`,
      `Carrier: ${m.carrier}\nTracking number: ${m.trackingNumber}`,
      `Your order: ${m.orderLink}`,
    ]),
    html: mailLayout(
      m.look,
      `<p>Hi ${esc(m.buyerName)}, we shipped from your order <strong>${esc(m.reference)}</strong>:</p>` +
        htmlList(m.items) +
        `<p>Carrier: <strong>${esc(m.carrier)}</strong><br>` +
        `Tracking number: <strong>${esc(m.trackingNumber)}</strong></p>`,
      openOrder(m.orderLink),
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
  const amount = formatMoney(m.amount);
  const fee =
    m.keptFee && m.keptFee.amount > 0 ? ` (a non-refundable fee of ${formatMoney(m.keptFee)} was kept)` : "";
  const tickets = ticketsNote(m.refundedTickets, m.validTickets);
  return {
    subject: `Refund of ${amount} for ${whatOf(m.items)} — ${m.reference}`,
    text: signed(m.look, [
      `Hi ${m.buyerName},`,
      `We refunded ${amount}${fee} for:\n${bullets(m.items)}`,
      `It reaches your account in a few days.${tickets ? ` ${tickets}` : ""}`,
    ]),
    html: mailLayout(
      m.look,
      `<p>Hi ${esc(m.buyerName)}, we refunded <strong>${esc(amount)}</strong>${esc(fee)} for:</p>` +
        htmlList(m.items) +
        `<p>It reaches your account in a few days.${tickets ? ` ${esc(tickets)}` : ""}</p>`,
    ),
  };
}

/** What a refund means at the door — said only when tickets were refunded. */
function ticketsNote(refundedTickets: number, validTickets: number): string {
  if (refundedTickets === 0) return "";
  const voided =
    refundedTickets === 1
      ? "The refunded ticket no longer admits anyone"
      : `The ${refundedTickets} refunded tickets no longer admit anyone`;
  return validTickets > 0 ? `${voided}; your other tickets stay valid.` : `${voided}.`;
}
