// Tickets as a PDF: one page per ticket, in the brand's colour — event, its dates (as the caller
// words them, in the event's time zone), venue, attendee, product (or "Day ticket · Weekend pack"), the QR
// code of the signed ticket code, and the order reference. Attached to the confirmation e-mail and
// downloadable from the order page. PDFKit's built-in Helvetica: no font is fetched.
import PDFDocument from "pdfkit";
import { ticketQrPng } from "./queries";

export type TicketPdfInput = {
  /**
   * The theme's header: primary colour, the readable text colour on it, and the logo (PNG or JPEG) if there
   * is one.
   */
  brand: { name: string; primaryColor: string; headerText?: string; logo?: Buffer | null };
  /** `when`: the event's dates as fans read them everywhere, e.g. "Tuesday, 30 March 2027 · 14:00–23:30". */
  event: { name: string; when: string; venue: string };
  reference: string;
  tickets: { code: string; productName: string; attendeeName: string; void?: boolean }[];
  /** The PDF's own words in the order's language (docs/adr/0033); English when not given. */
  words?: TicketPdfWords;
  /** The language tag of the document (en, fr, de). */
  language?: string;
};
export type TicketPdfWords = {
  title: string;
  refunded: string;
  footer: (number: number, count: number) => string;
  empty: string;
};

const englishWords = (input: TicketPdfInput): TicketPdfWords => ({
  title: `Tickets — ${input.event.name} — ${input.reference}`,
  refunded: "REFUNDED",
  footer: (number, count) => `Order ${input.reference} · ticket ${number} of ${count}`,
  empty: "No tickets in this order.",
});

const A6 = [298, 420] as const; // points: a ticket you can print or show on a phone

export async function ticketsPdf(input: TicketPdfInput): Promise<Buffer> {
  const qrs = await Promise.all(input.tickets.map((t) => ticketQrPng(t.code, 360)));
  const words = input.words ?? englishWords(input);
  const doc = new PDFDocument({
    size: [...A6],
    margin: 22,
    autoFirstPage: false,
    lang: input.language ?? "en",
    info: { Title: words.title, Author: input.brand.name },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const color = /^#[0-9a-f]{6}$/i.test(input.brand.primaryColor) ? input.brand.primaryColor : "#18181b";
  input.tickets.forEach((t, i) => {
    doc.addPage();
    const w = A6[0];
    doc.rect(0, 0, w, 54).fill(color);
    let nameX = 22;
    if (input.brand.logo) {
      try {
        doc.image(input.brand.logo, 22, 11, { fit: [64, 32], valign: "center" });
        nameX = 94;
      } catch {
        // An image PDFKit cannot read leaves the name alone in the header; the ticket still works.
      }
    }
    doc
      .fillColor(input.brand.headerText ?? "#ffffff")
      .font("Helvetica-Bold")
      .fontSize(15)
      .text(input.brand.name, nameX, 18, { width: w - nameX - 22, lineBreak: false, ellipsis: true });
    doc
      .fillColor("#18181b")
      .font("Helvetica-Bold")
      .fontSize(16)
      .text(input.event.name, 22, 68, { width: w - 44 });
    doc
      .font("Helvetica")
      .fontSize(10)
      .fillColor("#3f3f46")
      .text(input.event.when, { width: w - 44 })
      .text(input.event.venue, { width: w - 44 });
    doc
      .moveDown(0.6)
      .font("Helvetica-Bold")
      .fontSize(11)
      .fillColor("#18181b")
      .text(t.productName, { width: w - 44 });
    doc
      .font("Helvetica")
      .fontSize(10)
      .fillColor("#3f3f46")
      .text(t.attendeeName, { width: w - 44 });
    const qrTop = doc.y + 10;
    doc.image(qrs[i]!, (w - 170) / 2, qrTop, { width: 170, height: 170 });
    if (t.void)
      doc
        .save()
        .rotate(-30, { origin: [w / 2, qrTop + 85] })
        .font("Helvetica-Bold")
        .fontSize(34)
        .fillColor("#b91c1c")
        .text(words.refunded, 0, qrTop + 70, { width: w, align: "center" })
        .restore();
    doc
      .font("Courier")
      .fontSize(6.5)
      .fillColor("#52525b")
      .text(t.code, 22, qrTop + 176, { width: w - 44, align: "center" });
    doc
      .font("Helvetica")
      .fontSize(8)
      .fillColor("#71717a")
      .text(words.footer(i + 1, input.tickets.length), 22, A6[1] - 34, {
        width: w - 44,
        align: "center",
      });
  });
  if (input.tickets.length === 0) doc.addPage().font("Helvetica").fontSize(12).text(words.empty);
  doc.end();
  return done;
}
