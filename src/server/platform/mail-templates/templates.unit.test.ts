import { describe, expect, it } from "vitest";
import {
  escapeHtml,
  invitationMail,
  latePaymentRefundMail,
  mailLayout,
  refundMail,
  shippedMail,
  signUpAttemptMail,
  ticketsMail,
  verificationMail,
  type MailLook,
} from ".";

const look: MailLook = {
  name: "Night & Day",
  logoCid: "brand-logo@marquee",
  pageBackground: "#0a0a0a",
  pageText: "#fafafa",
  font: '"Inter", sans-serif',
  accent: "#e11d48",
  accentText: "#ffffff",
  buttonRadius: "999px",
  border: "#3f3f46",
};
const SCRIPT = "<script>alert('x')</script>";
const ESCAPED = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;";
const link = "https://shop.example/s/night/orders/ord_1?key=k1";
const eur = (amount: number) => ({ amount, currency: "EUR" });

describe("escapeHtml", () => {
  it("given every character HTML gives a meaning to, then each becomes an entity", () => {
    expect(escapeHtml(`a & b < c > d "e" 'f'`)).toBe("a &amp; b &lt; c &gt; d &quot;e&quot; &#39;f&#39;");
  });
});

describe("mailLayout", () => {
  it("given a brand's footer, then it ends the HTML line by line, escaped, and the text part after '-- '", () => {
    const footer = `Night & Day Ltd ${SCRIPT}\n1 Quay Street`;
    const html = mailLayout({ ...look, footer }, "<p>Body</p>");
    expect(html).toContain(`Night &amp; Day Ltd ${ESCAPED}<br>1 Quay Street</p>`);
    expect(html).not.toContain("<script>");
    const mail = shippedMail({
      look: { ...look, footer },
      buyerName: "Ada",
      reference: "MQ-1",
      items: ["T-shirt (M)"],
      carrier: "Post",
      trackingNumber: "TN1",
      orderLink: link,
    });
    expect(mail.text.endsWith(`Night & Day\n\n-- \n${footer}`)).toBe(true);
    expect(mailLayout(look, "<p>Body</p>")).not.toContain("data-brand-footer");
  });

  it("given a look, then the header wears its colours, logo and escaped name, and the button its shape", () => {
    const html = mailLayout(look, "<p>Body</p>", { href: `${link}&x="1"`, label: "Open <it>" });
    expect(html).toContain("background:#e11d48;color:#ffffff;padding:16px 20px");
    expect(html).toContain('<img src="cid:brand-logo@marquee"');
    expect(html).toContain(">Night &amp; Day</div>");
    expect(html).toContain("font-family:'Inter', sans-serif");
    expect(html).toContain("border-radius:999px");
    expect(html).toContain(`href="${link}&amp;x=&quot;1&quot;"`);
    expect(html).toContain(">Open &lt;it&gt;</a>");
    expect(html).toContain("<p>Body</p>");
  });

  it("given no logo and no button, then neither is drawn", () => {
    const html = mailLayout({ ...look, logoCid: undefined }, "<p>Body</p>");
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<a ");
  });
});

describe("ticketsMail", () => {
  const data = {
    look,
    buyerName: SCRIPT,
    reference: "MQ-7K2P",
    total: eur(4500),
    eventName: "Summer Nights",
    when: "Sat 4 Jul 2026, 20:00 (Europe/Dublin)",
    venue: "The Hall",
    tickets: [
      { productName: "Day ticket", attendeeName: "Ann", code: "T-1", qrCid: "ticket-1@marquee" },
      { productName: "VIP", attendeeName: "Bo", code: "T-2", qrCid: "ticket-2@marquee" },
    ],
    orderLink: link,
    resent: false,
  };

  it("given an order, then subject, text and HTML name the event, each ticket and the order link", () => {
    const mail = ticketsMail(data);
    expect(mail.subject).toBe("Your tickets for Summer Nights — MQ-7K2P");
    expect(mail.text).toBe(
      `Hi ${SCRIPT},\n\nThank you for your order MQ-7K2P (€45.00).\n\n` +
        "Summer Nights\nSat 4 Jul 2026, 20:00 (Europe/Dublin)\nThe Hall\n\n" +
        "Your tickets:\n- Day ticket: T-1\n- VIP: T-2\n\n" +
        `Open your order any time: ${link}\n\nNight & Day`,
    );
    expect(mail.html).toContain(`<p>Hi ${ESCAPED}, thank you for your order <strong>MQ-7K2P</strong>.</p>`);
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).toContain('<img src="cid:ticket-2@marquee" width="180" height="180" alt="QR code">');
    expect(mail.html).toContain("border:1px solid #3f3f46;border-radius:12px");
    expect(mail.html).toContain(`href="${link}"`);
  });

  it("given a re-send, then it says the tickets come again", () => {
    const mail = ticketsMail({ ...data, resent: true });
    expect(mail.text).toContain("Here are your tickets again MQ-7K2P (€45.00).");
    expect(mail.html).toContain("here are your tickets again, for order <strong>MQ-7K2P</strong>");
  });
});

describe("latePaymentRefundMail", () => {
  it("given a late payment refunded, then it says so with the full amount", () => {
    const mail = latePaymentRefundMail({
      look,
      buyerName: SCRIPT,
      reference: "MQ-1",
      eventName: "Summer Nights",
      amount: eur(2000),
    });
    expect(mail.subject).toBe("Your payment for Summer Nights was refunded — MQ-1");
    expect(mail.text).toContain("We have refunded the full €20.00; it reaches your account in a few days.");
    expect(mail.text.endsWith("\n\nNight & Day")).toBe(true);
    expect(mail.html).toContain(`<p>Hi ${ESCAPED},</p>`);
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).not.toContain("<a ");
  });
});

describe("shippedMail", () => {
  const data = {
    look,
    buyerName: SCRIPT,
    reference: "MQ-1",
    items: ["T-shirt (M)", "Cap <b>"],
    carrier: "An Post",
    trackingNumber: "JD0146 0000 1234",
    orderLink: link,
  };

  it("given a shipment, then it lists what shipped with carrier and tracking number", () => {
    const mail = shippedMail(data);
    expect(mail.subject).toBe("On its way: 2 items — MQ-1");
    expect(mail.text).toContain("We shipped from your order MQ-1:\n- T-shirt (M)\n- Cap <b>\n\n");
    expect(mail.text).toContain("Carrier: An Post\nTracking number: JD0146 0000 1234");
    expect(mail.html).toContain("<ul><li>T-shirt (M)</li><li>Cap &lt;b&gt;</li></ul>");
    expect(mail.html).not.toContain("<script>");
  });

  it("given one item, then the subject names it", () => {
    expect(shippedMail({ ...data, items: ["T-shirt (M)"] }).subject).toBe("On its way: T-shirt (M) — MQ-1");
  });
});

describe("refundMail", () => {
  const data = {
    look,
    buyerName: SCRIPT,
    reference: "MQ-1",
    amount: eur(1000),
    keptFee: null,
    items: ["Day ticket"],
    refundedTickets: 1,
    validTickets: 1,
  };

  it("given a ticket refunded while others stay, then it says which no longer admits", () => {
    const mail = refundMail(data);
    expect(mail.subject).toBe("Refund of €10.00 for Day ticket — MQ-1");
    expect(mail.text).toBe(
      `Hi ${SCRIPT},\n\nWe refunded €10.00 for:\n- Day ticket\n\nIt reaches your account in a few days. ` +
        "The refunded ticket no longer admits anyone; your other tickets stay valid.\n\nNight & Day",
    );
    expect(mail.html).toContain(`<p>Hi ${ESCAPED}, we refunded <strong>€10.00</strong> for:</p>`);
  });

  it("given a kept fee and the last tickets, then it names the fee and says none admit", () => {
    const mail = refundMail({
      ...data,
      keptFee: eur(150),
      items: ["Day", "VIP"],
      refundedTickets: 2,
      validTickets: 0,
    });
    expect(mail.subject).toBe("Refund of €10.00 for 2 items — MQ-1");
    expect(mail.text).toContain("We refunded €10.00 (a non-refundable fee of €1.50 was kept) for:");
    expect(mail.text).toContain("The 2 refunded tickets no longer admit anyone.");
  });

  it("given only merch refunded, then nothing is said about tickets", () => {
    const mail = refundMail({ ...data, keptFee: eur(0), items: ["Cap"], refundedTickets: 0 });
    expect(mail.text).not.toMatch(/ticket|fee/i);
    expect(mail.html).not.toMatch(/admit/i);
  });
});

describe("invitationMail", () => {
  it("given an invitation, then it names the brand, the role and the link's lifetime", () => {
    const mail = invitationMail({
      look,
      inviter: SCRIPT,
      role: { label: "Manager", can: "runs events and orders" },
      link: "https://studio.example/studio/invite/tok",
      days: 7,
    });
    expect(mail.subject).toBe("You're invited to Night & Day on Marquee");
    expect(mail.text).toBe(
      `${SCRIPT} invited you to join Night & Day as Manager — runs events and orders.\n\n` +
        "Accept the invitation: https://studio.example/studio/invite/tok\n\n" +
        "The link works for 7 days. If you did not expect it, ignore this e-mail.",
    );
    expect(mail.html).toContain(`<p>${ESCAPED} invited you to join <strong>Night &amp; Day</strong>`);
    expect(mail.html).toContain(">Accept the invitation</a>");
  });
});

describe("account e-mails", () => {
  it("given a new account, then the verification e-mail carries the link and its lifetime, in Studio's look", () => {
    const mail = verificationMail({
      name: SCRIPT,
      link: "https://studio.example/studio/verify/tok",
      hours: 48,
    });
    expect(mail.subject).toBe("Confirm your e-mail address for Marquee Studio");
    expect(mail.text).toBe(
      `Hello ${SCRIPT},\n\nConfirm your e-mail address: https://studio.example/studio/verify/tok\n\n` +
        "The link works for 48 hours, once. If you did not create an account, ignore this e-mail.",
    );
    expect(mail.html).toContain(`<p>Hello ${ESCAPED},</p>`);
    expect(mail.html).toContain(">Marquee Studio</div>");
    expect(mail.html).toContain(">Confirm my e-mail address</a>");
  });

  it("given a sign-up with a taken address, then the owner is told and pointed to sign in", () => {
    const mail = signUpAttemptMail({ name: SCRIPT, signInLink: "https://studio.example/studio/sign-in" });
    expect(mail.subject).toBe("Someone tried to create a Marquee account with your address");
    expect(mail.text).toContain("If it was you, sign in instead: https://studio.example/studio/sign-in");
    expect(mail.html).not.toContain("<script>");
  });
});

describe("an order's e-mail in the order's language", () => {
  const spaced = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");
  it("speaks French, with euros as the French write them and every value escaped", () => {
    const mail = ticketsMail({
      look,
      locale: "fr",
      buyerName: SCRIPT,
      reference: "MQ-1",
      total: eur(6500),
      eventName: "Nuit d’été",
      when: "samedi 21 juin 2031 · 21:00–03:00 (le lendemain)",
      venue: "Le Trianon",
      tickets: [{ productName: "Entry", attendeeName: "Fanny", code: "C1", qrCid: "qr1@m" }],
      orderLink: link,
      resent: false,
    });
    expect(mail.subject).toBe("Vos billets pour Nuit d’été — MQ-1");
    expect(spaced(mail.text)).toContain("Merci pour votre commande MQ-1 (65,00 €).");
    expect(mail.html).toContain(`Bonjour ${ESCAPED}, merci pour votre commande <strong>MQ-1</strong>.`);
    expect(mail.html).toContain('alt="Code QR"');
    expect(mail.html).toContain("Ouvrir votre commande");
  });

  it("speaks German about a refund, plurals included", () => {
    const mail = refundMail({
      look,
      locale: "de",
      buyerName: "Dora",
      reference: "MQ-2",
      amount: eur(2000),
      keptFee: null,
      items: ["Floor", "Floor"],
      refundedTickets: 2,
      validTickets: 0,
    });
    expect(spaced(mail.subject)).toBe("Erstattung von 20,00 € für 2 Artikel — MQ-2");
    expect(mail.text).toContain("Die 2 erstatteten Tickets gewähren keinen Einlass mehr.");
  });
});
