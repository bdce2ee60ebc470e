import { z } from "zod";
import { serverEnv } from "../env";
import { adminProcedure, auditFrom, type Context, router, sessionProcedure, workspaceProcedure } from "../trpc";
import {
  CANCELLATION_REASONS,
  type CancellationReasonKey,
  cancellationReasons,
  cancelWithReason,
  undoCancellation,
} from "./cancellation";
import { confirmPlanChange, previewPlanChange } from "./plan-change";
import {
  applyCoupon,
  billingOverview,
  billingProvider,
  changeSubscription,
  completeTestCheckout,
  getCheckout,
  paymentMethodUrl,
  revenueSummary,
  startCheckout,
} from "./service";

const interval = z.enum(["MONTH", "YEAR"]);
const planSlug = z.string().trim().min(1).max(60);

type Action = Parameters<typeof changeSubscription>[3];

/** Owner-only changes; each is audited with its source (a client, staff or a provider event). */
async function act(ctx: Context, workspaceId: string, auditAction: string, action: Action) {
  await changeSubscription(ctx.db, billingProvider(ctx.db), workspaceId, action);
  await auditFrom(ctx)({ action: `billing.${auditAction}`, workspaceId, metadata: { source: "client", ...action } });
  return { ok: true };
}

const owner = workspaceProcedure("OWNER");

export const billingRouter = router({
  checkout: sessionProcedure
    .input(
      z.object({
        planSlug,
        interval: interval.default("MONTH"),
        ref: z
          .string()
          .regex(/^hero_[a-z0-9]{10,40}$/)
          .nullish(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const result = await startCheckout(ctx.db, billingProvider(ctx.db), {
        user: ctx.user,
        planSlug: input.planSlug,
        interval: input.interval,
        ref: input.ref ?? null,
        appUrl: serverEnv().APP_URL,
      });
      await auditFrom(ctx)({
        action: "billing.checkout_started",
        workspaceId: result.workspaceId,
        metadata: { source: "client", plan: input.planSlug, interval: input.interval, ref: input.ref ?? null },
      });
      return { url: result.url };
    }),

  checkoutSummary: sessionProcedure
    .input(z.object({ sessionId: z.string().min(1).max(80) }))
    .query(({ ctx, input }) => getCheckout(ctx.db, input.sessionId, ctx.user.id)),

  applyCoupon: sessionProcedure
    .input(
      z.object({ sessionId: z.string().min(1).max(80), code: z.string().trim().min(1, "enter a coupon code").max(40) }),
    )
    .mutation(({ ctx, input }) =>
      applyCoupon(ctx.db, { sessionId: input.sessionId, userId: ctx.user.id, code: input.code }),
    ),

  completeTestCheckout: sessionProcedure
    .input(z.object({ sessionId: z.string().min(1).max(80), outcome: z.enum(["paid", "declined"]) }))
    .mutation(async ({ ctx, input }) => {
      const result = await completeTestCheckout(ctx.db, billingProvider(ctx.db), {
        sessionId: input.sessionId,
        user: ctx.user,
        outcome: input.outcome,
      });
      await auditFrom(ctx)({
        action: "billing.checkout_completed",
        workspaceId: result.workspaceId,
        metadata: { source: "provider:test" },
      });
      return result;
    }),

  overview: workspaceProcedure("OWNER").query(({ ctx, input }) =>
    billingOverview(ctx.db, billingProvider(ctx.db), input.workspaceId),
  ),

  pause: owner.mutation(({ ctx, input }) => act(ctx, input.workspaceId, "paused", { kind: "pause" })),
  resume: owner.mutation(({ ctx, input }) => act(ctx, input.workspaceId, "resumed", { kind: "resume" })),
  /** Cancels at the period end with a reason (the churn chart reads them). */
  cancel: owner
    .input(
      z.object({
        reason: z.enum(Object.keys(CANCELLATION_REASONS) as [CancellationReasonKey, ...CancellationReasonKey[]], {
          error: "choose a reason",
        }),
        details: z.string().trim().max(2000, "keep it under 2,000 characters").nullish(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const result = await cancelWithReason(ctx.db, billingProvider(ctx.db), input.workspaceId, {
        reason: input.reason,
        details: input.details || null,
      });
      await auditFrom(ctx)({
        action: "billing.cancel_at_period_end",
        workspaceId: input.workspaceId,
        metadata: { source: "client", reason: input.reason },
      });
      return result;
    }),
  undoCancel: owner.mutation(async ({ ctx, input }) => {
    await undoCancellation(ctx.db, billingProvider(ctx.db), input.workspaceId);
    await auditFrom(ctx)({
      action: "billing.cancel_undone",
      workspaceId: input.workspaceId,
      metadata: { source: "client" },
    });
    return { ok: true };
  }),
  /** What a plan change would do, before it happens. */
  previewPlanChange: owner
    .input(z.object({ planSlug, interval }))
    .query(({ ctx, input }) => previewPlanChange(ctx.db, input.workspaceId, input)),
  /** Applies a previewed change once; a stale preview is answered with a fresh one. */
  changePlan: owner
    .input(z.object({ planSlug, interval, quotedAt: z.date(), token: z.string().min(20).max(100) }))
    .mutation(async ({ ctx, input }) => {
      const result = await confirmPlanChange(ctx.db, billingProvider(ctx.db), input.workspaceId, input);
      if (result.status === "applied" && !result.wasAlreadyApplied)
        await auditFrom(ctx)({
          action: "billing.plan_changed",
          workspaceId: input.workspaceId,
          metadata: { source: "client", plan: input.planSlug, interval: input.interval, when: result.when },
        });
      return result;
    }),
  cancellationReasons: adminProcedure
    .input(z.object({ days: z.number().int().min(1).max(730).default(90) }).default({ days: 90 }))
    .query(({ ctx, input }) => cancellationReasons(ctx.db, new Date(Date.now() - input.days * 86_400_000))),
  updateTestCard: owner
    .input(z.object({ last4: z.string().regex(/^\d{4}$/, "enter the card's last four digits") }))
    .mutation(({ ctx, input }) =>
      act(ctx, input.workspaceId, "payment_method_updated", { kind: "updateCard", last4: input.last4 }),
    ),
  revenue: adminProcedure.query(({ ctx }) => revenueSummary(ctx.db)),

  paymentPortal: owner.mutation(async ({ ctx, input }) => ({
    url: await paymentMethodUrl(ctx.db, billingProvider(ctx.db), input.workspaceId, serverEnv().APP_URL),
  })),
  simulateFailedPayment: owner.mutation(({ ctx, input }) =>
    act(ctx, input.workspaceId, "renewal_failed_simulated", { kind: "failRenewal" }),
  ),
  simulateRenewal: owner.mutation(({ ctx, input }) =>
    act(ctx, input.workspaceId, "renewal_simulated", { kind: "renew" }),
  ),
});
