-- CreateEnum
CREATE TYPE "InvoiceKind" AS ENUM ('INVOICE', 'CREDIT_NOTE');

-- AlterTable
ALTER TABLE "Invoice" ADD COLUMN     "creditsInvoiceId" TEXT,
ADD COLUMN     "details" JSONB,
ADD COLUMN     "discountCents" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "kind" "InvoiceKind" NOT NULL DEFAULT 'INVOICE',
ADD COLUMN     "nextAttemptAt" TIMESTAMP(3),
ADD COLUMN     "paidAt" TIMESTAMP(3),
ADD COLUMN     "pdfUrl" TEXT,
ADD COLUMN     "periodEnd" TIMESTAMP(3),
ADD COLUMN     "periodStart" TIMESTAMP(3),
ADD COLUMN     "providerNumber" TEXT,
ADD COLUMN     "refundedCents" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "subtotalCents" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "taxCents" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Subscription" ADD COLUMN     "scheduledInterval" "BillingInterval",
ADD COLUMN     "scheduledPlanSlug" TEXT;

-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN     "billingAddress" TEXT,
ADD COLUMN     "billingCountry" TEXT,
ADD COLUMN     "billingLegalName" TEXT,
ADD COLUMN     "billingVatId" TEXT;

-- CreateTable
CREATE TABLE "InvoiceCounter" (
    "id" TEXT NOT NULL,
    "value" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "InvoiceCounter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StudioSettings" (
    "id" TEXT NOT NULL DEFAULT 'studio',
    "legalName" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "country" TEXT NOT NULL,
    "vatId" TEXT,
    "email" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StudioSettings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TaxRate" (
    "country" TEXT NOT NULL,
    "rateBasisPoints" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TaxRate_pkey" PRIMARY KEY ("country")
);

-- CreateTable
CREATE TABLE "CancellationReason" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "subscriptionId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "details" TEXT,
    "openKey" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "undoneAt" TIMESTAMP(3),

    CONSTRAINT "CancellationReason_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CancellationReason_openKey_key" ON "CancellationReason"("openKey");

-- CreateIndex
CREATE INDEX "CancellationReason_createdAt_idx" ON "CancellationReason"("createdAt");

-- Existing invoices keep the provider's number and get ours, in the order they were issued.
UPDATE "Invoice" SET "providerNumber" = "Invoice"."number", "number" = 'INV-' || lpad(r.n::text, 6, '0')
FROM (SELECT id, row_number() OVER (ORDER BY "issuedAt", id) AS n FROM "Invoice") r WHERE r.id = "Invoice".id;
INSERT INTO "InvoiceCounter" ("id", "value") SELECT 'invoice', count(*) FROM "Invoice";

-- CreateIndex
CREATE UNIQUE INDEX "Invoice_number_key" ON "Invoice"("number");
