import type { InvoiceSnapshot, ProviderState, SubscriptionSnapshot } from "../billing/provider";
import type { Prisma } from "../generated/prisma/client";
import type { Db } from "../platform/db";
import { invoicePaid, invoicePaymentFailed } from "./moments";
import { nextDocumentNumber } from "./numbering";
import { type Buyer, type Seller, type TaxDecision, taxContext } from "./tax";

/** What an invoice document says, frozen when it is issued (later edits to details do not change it). */
export interface InvoiceDetails {
  seller: Seller;
  buyer: Buyer;
  lines: { kind: string; description: string; amountCents: number }[];
  tax: TaxDecision | null;
  notes: string[];
  /** A once-only coupon used on this invoice (its label). */
  endingCoupon?: string | null;
  /** Set on credit notes. */
  creditsNumber?: string;
  reason?: string;
}

/**
 * Writes the provider's invoices into ours. A new invoice takes the next number in the same
 * transaction that creates it (see numbering.ts). A status change is a conditional update, so of
 * two deliveries of the same event exactly one sees "open → paid" and sends the receipt.
 */
export async function syncInvoices(db: Db, provider: ProviderState, snapshot: SubscriptionSnapshot) {
  for (const invoice of await provider.listInvoices(snapshot.customerId)) {
    if (invoice.subscriptionId && invoice.subscriptionId !== snapshot.subscriptionId) continue;
    await recordInvoice(db, provider.name, snapshot.workspaceId, invoice);
  }
}

const net = (invoice: InvoiceSnapshot) => (invoice.lines ?? []).reduce((s, l) => s + l.amountCents, 0);

async function recordInvoice(db: Db, providerName: string, workspaceId: string, invoice: InvoiceSnapshot) {
  const lines = invoice.lines ?? [];
  const changing = {
    amountCents: invoice.amountCents,
    status: invoice.status,
    hostedUrl: invoice.hostedUrl,
    pdfUrl: invoice.pdfUrl ?? null,
    nextAttemptAt: invoice.status === "open" ? (invoice.nextAttemptAt ?? null) : null,
    refundedCents: invoice.refundedCents ?? 0,
  };
  const existing = await db.invoice.findUnique({
    where: { providerInvoiceId: invoice.id },
    select: { id: true, status: true },
  });
  if (!existing) {
    const context = await taxContext(db, workspaceId);
    try {
      const created = await db.$transaction(async (tx) => {
        const number = await nextDocumentNumber(tx, "invoice");
        const details: InvoiceDetails = {
          seller: context.seller,
          buyer: context.buyer,
          lines: lines.map((l) => ({ kind: l.kind, description: l.description, amountCents: l.amountCents })),
          tax: context.tax,
          notes: invoice.notes ?? [],
          endingCoupon: invoice.endingCoupon ?? null,
        };
        const row = await tx.invoice.create({
          data: {
            ...changing,
            workspaceId,
            provider: providerName,
            providerInvoiceId: invoice.id,
            providerNumber: invoice.number,
            number,
            currency: invoice.currency,
            subtotalCents: lines.filter((l) => l.kind !== "discount").reduce((s, l) => s + l.amountCents, 0),
            discountCents: -lines.filter((l) => l.kind === "discount").reduce((s, l) => s + l.amountCents, 0),
            taxCents: invoice.taxCents ?? Math.max(0, invoice.amountCents - net(invoice)),
            details: details as unknown as Prisma.InputJsonValue,
            periodStart: invoice.periodStart ?? null,
            periodEnd: invoice.periodEnd ?? null,
            issuedAt: invoice.issuedAt,
            paidAt: invoice.status === "paid" ? new Date() : null,
          },
        });
        await announce(tx, row, null);
        return row;
      });
      return created;
    } catch (error) {
      // Another delivery created it first (its number stays; ours was rolled back): update instead.
      if ((error as { code?: string }).code !== "P2002") throw error;
    }
  }
  return db.$transaction(async (tx) => {
    const before = await tx.invoice.findUniqueOrThrow({ where: { providerInvoiceId: invoice.id } });
    const { count } = await tx.invoice.updateMany({
      where: { providerInvoiceId: invoice.id, status: before.status },
      data: { ...changing, ...(invoice.status === "paid" && before.status !== "paid" && { paidAt: new Date() }) },
    });
    if (count === 0 || before.status === invoice.status) return before;
    const after = await tx.invoice.findUniqueOrThrow({ where: { providerInvoiceId: invoice.id } });
    await announce(tx, after, before.status);
    return after;
  });
}

type InvoiceRow = Prisma.InvoiceGetPayload<object>;

/** The two moments other parts of Atelier care about (emails now, webhooks later): see moments.ts. */
async function announce(tx: Prisma.TransactionClient, invoice: InvoiceRow, previousStatus: string | null) {
  if (invoice.status === "paid" && previousStatus !== "paid") await invoicePaid(tx, invoice);
  else if (invoice.status === "open" && previousStatus === null && invoice.nextAttemptAt)
    await invoicePaymentFailed(tx, invoice);
}
