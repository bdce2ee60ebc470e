import { randomUUID } from "node:crypto";
import { creditNoteEmail } from "../billing/emails";
import type { BillingProvider } from "../billing/provider";
import { DomainError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { queueEmails } from "../mail/outbox";
import type { Db } from "../platform/db";
import { billingRecipients } from "./moments";
import { money } from "./money";
import { nextDocumentNumber } from "./numbering";
import type { InvoiceDetails } from "./record";
import { DEFAULT_SELLER } from "./tax";

const listed = {
  id: true,
  number: true,
  kind: true,
  amountCents: true,
  taxCents: true,
  refundedCents: true,
  currency: true,
  status: true,
  hostedUrl: true,
  pdfUrl: true,
  issuedAt: true,
  creditsInvoiceId: true,
} satisfies Prisma.InvoiceSelect;

export function workspaceInvoices(db: Db, workspaceId: string, take = 24) {
  return db.invoice.findMany({
    where: { workspaceId },
    orderBy: [{ issuedAt: "desc" }, { number: "desc" }],
    take,
    select: listed,
  });
}

/**
 * The PDF of an invoice for someone allowed to see it: an owner of its workspace, or staff.
 * Anyone else gets null (a 404: ids of other workspaces' invoices cannot be probed). With Stripe
 * the answer is Stripe's own invoice PDF.
 */
export type InvoiceDownload = { kind: "redirect"; url: string } | { kind: "pdf"; pdf: Buffer; filename: string };

export async function invoiceDownload(
  db: Db,
  invoiceId: string,
  user: { id: string; staffRole: string | null } | null,
): Promise<InvoiceDownload | null> {
  if (!user) return null;
  const invoice = await db.invoice.findUnique({ where: { id: invoiceId } });
  if (!invoice) return null;
  if (!user.staffRole) {
    const owner = await db.membership.findFirst({
      where: { workspaceId: invoice.workspaceId, userId: user.id, role: "OWNER" },
      select: { id: true },
    });
    if (!owner) return null;
  }
  if (invoice.pdfUrl) return { kind: "redirect", url: invoice.pdfUrl };
  const details = (invoice.details as InvoiceDetails | null) ?? {
    seller: DEFAULT_SELLER,
    buyer: { name: "", legalName: null, address: null, country: null, vatId: null },
    lines: [{ kind: "plan", description: "Subscription", amountCents: invoice.amountCents }],
    tax: null,
    notes: [],
  };
  // pdfkit and its fonts cost ~5 MiB of heap; loaded when the first PDF is drawn, not at start.
  const { invoicePdf } = await import("./pdf");
  const pdf = await invoicePdf({ ...invoice, details });
  return { kind: "pdf", pdf, filename: `${invoice.number}.pdf` };
}

export async function billingDetails(db: Db, workspaceId: string) {
  const w = await db.workspace.findUniqueOrThrow({
    where: { id: workspaceId },
    select: { name: true, billingLegalName: true, billingAddress: true, billingCountry: true, billingVatId: true },
  });
  return {
    workspaceName: w.name,
    legalName: w.billingLegalName ?? "",
    address: w.billingAddress ?? "",
    country: w.billingCountry ?? "",
    vatId: w.billingVatId ?? "",
  };
}

/** Company details for future invoices; issued invoices keep the details they were issued with. */
export async function updateBillingDetails(
  db: Db,
  workspaceId: string,
  input: { legalName: string | null; address: string | null; country: string | null; vatId: string | null },
) {
  await db.workspace.update({
    where: { id: workspaceId },
    data: {
      billingLegalName: input.legalName,
      billingAddress: input.address,
      billingCountry: input.country,
      billingVatId: input.vatId,
    },
  });
  return billingDetails(db, workspaceId);
}

export async function studioSettings(db: Db) {
  return (await db.studioSettings.findUnique({ where: { id: "studio" } })) ?? { id: "studio", ...DEFAULT_SELLER };
}

export async function updateStudioSettings(
  db: Db,
  input: { legalName: string; address: string; country: string; vatId: string | null; email: string },
) {
  return db.studioSettings.upsert({ where: { id: "studio" }, create: { id: "studio", ...input }, update: input });
}

export const taxRates = (db: Db) => db.taxRate.findMany({ orderBy: { country: "asc" } });

export async function setTaxRate(db: Db, input: { country: string; rateBasisPoints: number; label: string }) {
  return db.taxRate.upsert({ where: { country: input.country }, create: input, update: input });
}

export async function removeTaxRate(db: Db, country: string) {
  const { count } = await db.taxRate.deleteMany({ where: { country } });
  if (count === 0) throw new DomainError("NOT_FOUND", "No tax rate is set for that country.");
}

/**
 * An admin refunds (part of) a paid invoice and a credit note records it. The refund is claimed
 * in our table first (a conditional increment that cannot pass the invoice's total), so two
 * admins or a double click refund once; the provider then moves the money (Stripe: a credit note
 * with a refund). If the provider refuses, the claim is given back.
 */
export async function refundInvoice(
  db: Db,
  provider: BillingProvider,
  input: { invoiceId: string; amountCents: number | null; reason: string },
) {
  const invoice = await db.invoice.findUnique({ where: { id: input.invoiceId } });
  if (invoice?.kind !== "INVOICE") throw new DomainError("NOT_FOUND", "No such invoice.");
  if (invoice.status !== "paid") throw new DomainError("CONFLICT", "Only a paid invoice can be refunded.");
  if (invoice.provider !== provider.name)
    throw new DomainError(
      "CONFLICT",
      `This invoice was paid through ${invoice.provider}, which is not configured now.`,
    );
  const left = invoice.amountCents - invoice.refundedCents;
  const amount = input.amountCents ?? left;
  if (left <= 0) throw new DomainError("CONFLICT", "This invoice has already been refunded in full.");
  if (amount <= 0 || amount > left)
    throw new DomainError(
      "BAD_REQUEST",
      `That is more than what is left to refund (${money(left, invoice.currency)}).`,
    );
  const { count } = await db.invoice.updateMany({
    where: { id: invoice.id, refundedCents: invoice.refundedCents },
    data: { refundedCents: { increment: amount } },
  });
  if (count === 0) throw new DomainError("CONFLICT", "Someone refunded this invoice at the same moment; reload it.");
  let creditNoteId: string | null;
  try {
    ({ creditNoteId } = await provider.refund(invoice.providerInvoiceId, amount, input.reason));
  } catch (error) {
    await db.invoice.update({ where: { id: invoice.id }, data: { refundedCents: { decrement: amount } } });
    throw error;
  }
  const details = invoice.details as InvoiceDetails | null;
  const taxShare = invoice.amountCents ? Math.round((invoice.taxCents * amount) / invoice.amountCents) : 0;
  return db.$transaction(async (tx) => {
    const number = await nextDocumentNumber(tx, "credit-note");
    const noteDetails: InvoiceDetails = {
      seller: details?.seller ?? DEFAULT_SELLER,
      buyer: details?.buyer ?? { name: "", legalName: null, address: null, country: null, vatId: null },
      lines: [
        {
          kind: "refund",
          description: `Refund for invoice ${invoice.number}${amount < invoice.amountCents ? " (partial)" : ""}`,
          amountCents: -(amount - taxShare),
        },
      ],
      tax: details?.tax ?? null,
      notes: [],
      creditsNumber: invoice.number,
      reason: input.reason,
    };
    const note = await tx.invoice.create({
      data: {
        workspaceId: invoice.workspaceId,
        provider: invoice.provider,
        providerInvoiceId: creditNoteId ?? `cn_${randomUUID()}`,
        number,
        kind: "CREDIT_NOTE",
        creditsInvoiceId: invoice.id,
        amountCents: -amount,
        subtotalCents: -(amount - taxShare),
        taxCents: -taxShare,
        currency: invoice.currency,
        status: "paid",
        details: noteDetails as unknown as Prisma.InputJsonValue,
        issuedAt: new Date(),
        paidAt: new Date(),
      },
    });
    const to = await billingRecipients(tx, invoice.workspaceId);
    await queueEmails(
      tx,
      await Promise.all(to.map((email) => creditNoteEmail(email, { ...note, creditsNumber: invoice.number }))),
    );
    return { creditNoteId: note.id, number, amountCents: amount };
  });
}

/** The admin's view of one workspace's invoices. */
export const adminWorkspaceInvoices = (db: Db, workspaceId: string) => workspaceInvoices(db, workspaceId, 100);
