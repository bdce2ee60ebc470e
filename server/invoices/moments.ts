import { paymentFailedEmail, receiptEmail } from "../billing/emails";
import type { Prisma } from "../generated/prisma/client";
import { queueEmails } from "../mail/outbox";

type Tx = Prisma.TransactionClient;
type InvoiceRow = Prisma.InvoiceGetPayload<object>;

/** The owners of a workspace: who billing emails go to. */
export async function billingRecipients(tx: Tx, workspaceId: string) {
  const owners = await tx.membership.findMany({
    where: { workspaceId, role: "OWNER" },
    select: { user: { select: { email: true } } },
  });
  return owners.map((o) => o.user.email);
}

/**
 * The moment an invoice is paid, once per invoice, inside the transaction that records it. Add
 * what else must happen then (a webhook, a metric) here, in the same transaction.
 */
export async function invoicePaid(tx: Tx, invoice: InvoiceRow) {
  const to = await billingRecipients(tx, invoice.workspaceId);
  await queueEmails(tx, await Promise.all(to.map((email) => receiptEmail(email, invoice))));
}

/** The moment a charge fails (once per invoice), with the date of the next try. */
export async function invoicePaymentFailed(tx: Tx, invoice: InvoiceRow) {
  const to = await billingRecipients(tx, invoice.workspaceId);
  await queueEmails(tx, await Promise.all(to.map((email) => paymentFailedEmail(email, invoice))));
}
