import PDFDocument from "pdfkit";
import { day, money } from "./money";
import type { InvoiceDetails } from "./record";

export interface InvoiceForPdf {
  number: string;
  kind: "INVOICE" | "CREDIT_NOTE";
  status: string;
  currency: string;
  amountCents: number;
  taxCents: number;
  refundedCents: number;
  issuedAt: Date;
  paidAt: Date | null;
  periodStart: Date | null;
  periodEnd: Date | null;
  details: InvoiceDetails;
}

// The PDF's built-in fonts speak WinAnsi: a true minus sign would print as garbage.
const ascii = (s: string) => s.replace(/\u2212/g, "-");
const amount = (cents: number, currency: string) => ascii(money(cents, currency));

/** The invoice (or credit note) as an A4 PDF, drawn with pdfkit's built-in Helvetica. */
export function invoicePdf(invoice: InvoiceForPdf): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", margin: 56, info: { Title: `${label(invoice)} ${invoice.number}` } });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  const { seller, buyer, lines, tax, notes } = invoice.details;
  const left = 56;
  const right = doc.page.width - 56;
  const width = right - left;
  const brand = "#4f46e5";

  doc.fillColor(brand).font("Helvetica-Bold").fontSize(22).text(seller.legalName, left, 56);
  doc
    .fillColor("#18181b")
    .font("Helvetica")
    .fontSize(9)
    .text(seller.address, left, doc.y + 2);
  if (seller.vatId) doc.text(`VAT id: ${seller.vatId}`);
  doc.text(seller.email);

  doc.font("Helvetica-Bold").fontSize(18).text(label(invoice), left, 56, { width, align: "right" });
  doc.font("Helvetica").fontSize(10);
  const meta = [
    `Number: ${invoice.number}`,
    `Issued: ${day(invoice.issuedAt)}`,
    invoice.periodStart && invoice.periodEnd ? `Period: ${day(invoice.periodStart)} – ${day(invoice.periodEnd)}` : null,
    `Status: ${statusText(invoice)}`,
    invoice.details.creditsNumber ? `Corrects invoice: ${invoice.details.creditsNumber}` : null,
  ].filter(Boolean) as string[];
  for (const m of meta) doc.text(m, left, doc.y + 1, { width, align: "right" });

  doc.moveDown(2);
  const billTo = Math.max(doc.y, 170);
  doc.font("Helvetica-Bold").fontSize(10).text("Bill to", left, billTo);
  doc.font("Helvetica").text(buyer.legalName ?? buyer.name);
  if (buyer.address) doc.text(buyer.address);
  if (buyer.country) doc.text(buyer.country);
  if (buyer.vatId) doc.text(`VAT id: ${buyer.vatId}`);

  let y = doc.y + 28;
  doc.rect(left, y, width, 22).fill("#f4f4f5");
  doc.fillColor("#18181b").font("Helvetica-Bold").fontSize(10);
  doc.text("Description", left + 8, y + 7);
  doc.text("Amount", left, y + 7, { width: width - 8, align: "right" });
  y += 30;
  doc.font("Helvetica");
  for (const line of lines) {
    const h = doc.heightOfString(ascii(line.description), { width: width - 120 });
    doc.text(ascii(line.description), left + 8, y, { width: width - 120 });
    doc.text(amount(line.amountCents, invoice.currency), left, y, { width: width - 8, align: "right" });
    y += h + 8;
    doc
      .moveTo(left, y - 4)
      .lineTo(right, y - 4)
      .strokeColor("#e4e4e7")
      .lineWidth(0.5)
      .stroke();
  }
  const net = lines.reduce((s, l) => s + l.amountCents, 0);
  const totals: [string, number, boolean][] = [
    ["Subtotal", net, false],
    [tax ? tax.label : "Tax", invoice.taxCents, false],
    [invoice.kind === "CREDIT_NOTE" ? "Total credited" : "Total", invoice.amountCents, true],
  ];
  if (invoice.refundedCents > 0) totals.push(["Refunded", -invoice.refundedCents, false]);
  y += 6;
  for (const [name, cents, isTotal] of totals) {
    doc.font(isTotal ? "Helvetica-Bold" : "Helvetica").fontSize(isTotal ? 12 : 10);
    doc.text(name, left + width / 2, y, { width: width / 2 - 120, align: "right" });
    doc.text(amount(cents, invoice.currency), left, y, { width: width - 8, align: "right" });
    y += isTotal ? 20 : 16;
  }
  doc.font("Helvetica").fontSize(9).fillColor("#52525b");
  y += 12;
  for (const note of [
    ...(tax?.note ? [tax.note] : []),
    ...notes,
    ...(invoice.details.reason ? [`Reason: ${invoice.details.reason}`] : []),
  ]) {
    doc.text(ascii(note), left, y, { width });
    y = doc.y + 6;
  }
  doc.text(
    `Questions about this ${label(invoice).toLowerCase()}? Write to ${seller.email}.`,
    left,
    doc.page.height - 90,
    {
      width,
      align: "center",
    },
  );
  doc.end();
  return done;
}

const label = (i: Pick<InvoiceForPdf, "kind">) => (i.kind === "CREDIT_NOTE" ? "Credit note" : "Invoice");

function statusText(i: InvoiceForPdf) {
  if (i.kind === "CREDIT_NOTE") return "Refunded to the card";
  if (i.status === "paid")
    return i.refundedCents >= i.amountCents && i.amountCents > 0
      ? "Refunded"
      : `Paid${i.paidAt ? ` on ${day(i.paidAt)}` : ""}`;
  if (i.status === "open") return "Payment due";
  return i.status;
}
