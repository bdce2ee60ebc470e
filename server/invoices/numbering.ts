import type { Prisma } from "../generated/prisma/client";

export type NumberSequence = "invoice" | "credit-note";

const PREFIX: Record<NumberSequence, string> = { invoice: "INV", "credit-note": "CN" };

/**
 * The next number of a sequence, taken inside the transaction that creates the document: the
 * counter row stays locked until that transaction ends, so concurrent payments queue on it, and a
 * rolled-back transaction gives its number back. Numbers therefore never repeat and never skip.
 */
export async function nextDocumentNumber(tx: Prisma.TransactionClient, sequence: NumberSequence) {
  const [row] = await tx.$queryRaw<{ value: number }[]>`
    INSERT INTO "InvoiceCounter" ("id", "value") VALUES (${sequence}, 1)
    ON CONFLICT ("id") DO UPDATE SET "value" = "InvoiceCounter"."value" + 1
    RETURNING "value"`;
  return formatDocumentNumber(sequence, Number(row?.value));
}

export const formatDocumentNumber = (sequence: NumberSequence, value: number) =>
  `${PREFIX[sequence]}-${String(value).padStart(6, "0")}`;
