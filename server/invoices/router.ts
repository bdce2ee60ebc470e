import { z } from "zod";
import { billingProvider } from "../billing/service";
import { adminProcedure, auditFrom, router, workspaceProcedure } from "../trpc";
import {
  adminWorkspaceInvoices,
  billingDetails,
  refundInvoice,
  removeTaxRate,
  setTaxRate,
  studioSettings,
  taxRates,
  updateBillingDetails,
  updateStudioSettings,
} from "./service";

const country = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, "use the two-letter country code, e.g. DE or US");
const optional = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .transform((v) => v || null);
const vatId = z
  .string()
  .trim()
  .toUpperCase()
  .transform((v) => v.replace(/[\s.-]/g, ""))
  .pipe(z.string().regex(/^([A-Z]{2}[A-Z0-9]{2,13})?$/, "a VAT id starts with the country code, e.g. DE123456789"))
  .transform((v) => v || null);

const owner = workspaceProcedure("OWNER");

export const invoicesRouter = router({
  /** The buyer's company details printed on invoices. */
  billingDetails: owner.query(({ ctx, input }) => billingDetails(ctx.db, input.workspaceId)),
  updateBillingDetails: owner
    .input(
      z.object({
        legalName: optional(200, "keep the company name under 200 characters"),
        address: optional(500, "keep the address under 500 characters"),
        country: z.union([z.literal(""), country]).transform((v) => v || null),
        vatId,
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const result = await updateBillingDetails(ctx.db, input.workspaceId, input);
      await auditFrom(ctx)({ action: "billing.details_updated", workspaceId: input.workspaceId });
      return result;
    }),

  forWorkspace: adminProcedure
    .input(z.object({ workspaceId: z.string().min(1).max(40) }))
    .query(({ ctx, input }) => adminWorkspaceInvoices(ctx.db, input.workspaceId)),
  refund: adminProcedure
    .input(
      z.object({
        invoiceId: z.string().min(1).max(40),
        amountCents: z.number().int().positive("enter an amount above zero").max(100_000_000).nullish(),
        reason: z.string().trim().min(3, "say why, for the credit note").max(500),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const result = await refundInvoice(ctx.db, billingProvider(ctx.db), {
        invoiceId: input.invoiceId,
        amountCents: input.amountCents ?? null,
        reason: input.reason,
      });
      await auditFrom(ctx)({
        action: "billing.invoice_refunded",
        target: { type: "invoice", id: input.invoiceId },
        metadata: { amountCents: result.amountCents, creditNote: result.number, reason: input.reason },
      });
      return result;
    }),

  studioSettings: adminProcedure.query(({ ctx }) => studioSettings(ctx.db)),
  updateStudioSettings: adminProcedure
    .input(
      z.object({
        legalName: z.string().trim().min(2, "enter the studio's legal name").max(200),
        address: z.string().trim().min(5, "enter the studio's address").max(500),
        country,
        vatId,
        email: z.email("enter an email address for billing questions").max(200),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const result = await updateStudioSettings(ctx.db, input);
      await auditFrom(ctx)({ action: "billing.studio_settings_updated" });
      return result;
    }),
  taxRates: adminProcedure.query(({ ctx }) => taxRates(ctx.db)),
  setTaxRate: adminProcedure
    .input(
      z.object({
        country,
        percent: z.number().min(0, "a rate cannot be negative").max(50, "a rate above 50% is surely a typo"),
        label: z.string().trim().min(2, "e.g. VAT or Sales tax").max(40),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const result = await setTaxRate(ctx.db, {
        country: input.country,
        rateBasisPoints: Math.round(input.percent * 100),
        label: input.label,
      });
      await auditFrom(ctx)({ action: "billing.tax_rate_set", metadata: input });
      return result;
    }),
  removeTaxRate: adminProcedure.input(z.object({ country })).mutation(async ({ ctx, input }) => {
    await removeTaxRate(ctx.db, input.country);
    await auditFrom(ctx)({ action: "billing.tax_rate_removed", metadata: input });
    return { ok: true };
  }),
});
