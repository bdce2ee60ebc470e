import { serverEnv } from "../env";
import { DomainError } from "../errors";
import type { BillingInterval } from "../generated/prisma/enums";
import { workspaceInvoices } from "../invoices/service";
import { markLeadWon } from "../leads/service";
import type { Db } from "../platform/db";
import { discounted, discountLabel } from "./discount";
import type { PlanPrice } from "./proration";
import type { BillingProvider } from "./provider";
import { canStartNewWork, remainingDays } from "./state";
import { type StripePrices, StripeProvider } from "./stripe-provider";
import { TestBillingProvider } from "./test-provider";

/** A plan's list price for an interval. */
export async function planPrice(db: Db, planSlug: string, interval: BillingInterval): Promise<PlanPrice> {
  const plan = await db.plan.findUnique({
    where: { slug: planSlug },
    select: { name: true, monthlyPriceCents: true, yearlyPriceCents: true },
  });
  if (!plan) throw new DomainError("BAD_REQUEST", "That plan does not exist.");
  return {
    planSlug,
    planName: plan.name,
    interval,
    priceCents: interval === "YEAR" ? plan.yearlyPriceCents : plan.monthlyPriceCents,
  };
}

/** Stripe Price ids from the plans table. */
export function stripePrices(db: Db): StripePrices {
  return {
    async priceFor(planSlug, interval) {
      const plan = await db.plan.findUnique({
        where: { slug: planSlug },
        select: {
          stripeMonthlyPriceId: true,
          stripeYearlyPriceId: true,
          monthlyPriceCents: true,
          yearlyPriceCents: true,
          currency: true,
        },
      });
      const priceId = interval === "YEAR" ? plan?.stripeYearlyPriceId : plan?.stripeMonthlyPriceId;
      if (!plan || !priceId)
        throw new DomainError("BAD_REQUEST", "This plan has no Stripe price for that billing interval yet.");
      return {
        priceId,
        amountCents: interval === "YEAR" ? plan.yearlyPriceCents : plan.monthlyPriceCents,
        currency: plan.currency,
      };
    },
    async replacePrice(planSlug, interval, oldId, newId) {
      const field = interval === "YEAR" ? "stripeYearlyPriceId" : "stripeMonthlyPriceId";
      await db.plan.updateMany({ where: { slug: planSlug, [field]: oldId }, data: { [field]: newId } });
      const plan = await db.plan.findUniqueOrThrow({ where: { slug: planSlug }, select: { [field]: true } });
      return String((plan as Record<string, unknown>)[field]);
    },
    async planFor(priceId) {
      const plan = await db.plan.findFirst({
        where: { OR: [{ stripeMonthlyPriceId: priceId }, { stripeYearlyPriceId: priceId }] },
        select: { slug: true, stripeYearlyPriceId: true },
      });
      return plan ? { planSlug: plan.slug, interval: plan.stripeYearlyPriceId === priceId ? "YEAR" : "MONTH" } : null;
    },
  };
}

/** Stripe when STRIPE_SECRET_KEY is set; otherwise the built-in test provider. */
export function billingProvider(db: Db): BillingProvider {
  const key = serverEnv().STRIPE_SECRET_KEY;
  return key
    ? StripeProvider.create(key, stripePrices(db))
    : new TestBillingProvider(db, (plan, interval) => planPrice(db, plan, interval));
}

function testProvider(provider: BillingProvider): TestBillingProvider {
  if (!(provider instanceof TestBillingProvider))
    throw new DomainError("BAD_REQUEST", "This is only available in test mode.");
  return provider;
}

export async function activePlan(db: Db, slug: string) {
  const plan = await db.plan.findUnique({ where: { slug }, select: { slug: true, name: true, isActive: true } });
  if (!plan?.isActive)
    throw new DomainError("BAD_REQUEST", "That plan is not available. Pick one on the pricing page.");
  return plan;
}

/** The workspace a subscription is for: one the user owns (the active one first), else a new one. */
async function workspaceForCheckout(db: Db, user: { id: string; email: string; name: string | null }) {
  const owned = await db.membership.findMany({
    where: { userId: user.id, role: "OWNER" },
    select: { workspaceId: true, user: { select: { activeWorkspaceId: true } } },
    orderBy: { createdAt: "asc" },
  });
  const active = owned.find((m) => m.workspaceId === m.user.activeWorkspaceId) ?? owned[0];
  if (active) return active.workspaceId;
  const name = `${user.name ?? user.email.split("@")[0]}'s workspace`;
  const workspace = await db.workspace.create({
    data: {
      name,
      slug: `${user.email
        .split("@")[0]
        ?.replace(/[^a-z0-9]+/gi, "-")
        .toLowerCase()}-${Date.now().toString(36)}`,
      memberships: { create: { userId: user.id, role: "OWNER" } },
      // The owner is asked for the company's name (and team, brand) on their first portal visit.
      onboardingStep: "COMPANY",
    },
  });
  await db.user.update({ where: { id: user.id }, data: { activeWorkspaceId: workspace.id } });
  return workspace.id;
}

export async function startCheckout(
  db: Db,
  provider: BillingProvider,
  input: {
    user: { id: string; email: string; name: string | null };
    planSlug: string;
    interval: BillingInterval;
    ref: string | null;
    appUrl: string;
  },
) {
  const plan = await activePlan(db, input.planSlug);
  const workspaceId = await workspaceForCheckout(db, input.user);
  const existing = await db.subscription.findUnique({ where: { workspaceId }, select: { status: true } });
  if (existing && existing.status !== "CANCELED") {
    throw new DomainError("CONFLICT", "This workspace already has a subscription. Change it from Manage Billing.");
  }
  const session = await provider.createCheckout({
    checkoutId: "",
    workspaceId,
    email: input.user.email,
    planSlug: plan.slug,
    interval: input.interval,
    appUrl: input.appUrl,
  });
  await db.checkoutSession.create({
    data: {
      provider: provider.name,
      providerSessionId: session.sessionId,
      workspaceId,
      userId: input.user.id,
      planSlug: plan.slug,
      interval: input.interval,
      ref: input.ref,
    },
  });
  return { url: session.url, workspaceId };
}

async function usableCoupon(db: Db, code: string) {
  const coupon = await db.coupon.findUnique({ where: { code: code.trim().toUpperCase() } });
  if (!coupon?.isActive) throw new DomainError("BAD_REQUEST", "That coupon code is not valid.");
  if (coupon.maxRedemptions != null && coupon.redeemedCount >= coupon.maxRedemptions) {
    throw new DomainError("BAD_REQUEST", "That coupon has been used up.");
  }
  return coupon;
}

export async function getCheckout(db: Db, sessionId: string, userId: string) {
  const session = await db.checkoutSession.findUnique({ where: { providerSessionId: sessionId } });
  if (!session || session.userId !== userId)
    throw new DomainError("NOT_FOUND", "This checkout does not exist or is not yours.");
  const plan = await db.plan.findUniqueOrThrow({
    where: { slug: session.planSlug },
    select: { name: true, monthlyPriceCents: true, yearlyPriceCents: true, currency: true },
  });
  const coupon = session.couponCode ? await db.coupon.findUnique({ where: { code: session.couponCode } }) : null;
  const priceCents = session.interval === "YEAR" ? plan.yearlyPriceCents : plan.monthlyPriceCents;
  return {
    ...session,
    plan,
    priceCents,
    dueTodayCents: discounted(priceCents, coupon),
    coupon: coupon && {
      code: coupon.code,
      percentOff: coupon.percentOff,
      amountOffCents: coupon.amountOffCents,
      duration: coupon.duration,
      label: discountLabel(coupon, session.interval),
      amountOffNowCents: priceCents - discounted(priceCents, coupon),
    },
  };
}

/** Applies a coupon to an open test checkout (Stripe's own checkout takes promotion codes). */
export async function applyCoupon(db: Db, input: { sessionId: string; userId: string; code: string }) {
  const session = await getCheckout(db, input.sessionId, input.userId);
  if (session.status === "COMPLETED") throw new DomainError("CONFLICT", "This checkout is already paid.");
  const coupon = await usableCoupon(db, input.code);
  await db.checkoutSession.update({ where: { id: session.id }, data: { couponCode: coupon.code } });
  return getCheckout(db, input.sessionId, input.userId);
}

/**
 * The test checkout page's buttons. Paying claims the session, then creates the subscription at
 * the provider, whose events then create ours. Paying again (a double click, or a retry after a
 * crash between the claim and the provider's records) finishes what is missing and creates
 * nothing twice. A coupon is redeemed within its limit, in the claim. The lead with this email,
 * or the one named by the attribution, becomes WON.
 */
export async function completeTestCheckout(
  db: Db,
  anyProvider: BillingProvider,
  input: { sessionId: string; user: { id: string; email: string }; outcome: "paid" | "declined" },
) {
  const provider = testProvider(anyProvider);
  const session = await getCheckout(db, input.sessionId, input.user.id);
  const done = { status: "COMPLETED" as const, workspaceId: session.workspaceId };
  if (session.status !== "COMPLETED") {
    if (input.outcome === "declined") {
      await db.checkoutSession.update({ where: { id: session.id }, data: { status: "FAILED" } });
      throw new DomainError(
        "BAD_REQUEST",
        "The test card was declined. Nothing was charged; try again or use another card.",
      );
    }
    // A double click claims the session once; the other click finds it claimed.
    if (!(await claimCheckout(db, session))) return done;
  }
  await provider.completeCheckout({
    checkoutSessionId: session.providerSessionId,
    workspaceId: session.workspaceId,
    email: input.user.email,
    planSlug: session.planSlug,
    interval: session.interval,
    discount: session.coupon,
  });
  const isWonAlready = await db.lead.count({ where: { workspaceId: session.workspaceId, stage: "WON" } });
  if (!isWonAlready)
    await markLeadWon(db, { email: input.user.email, workspaceId: session.workspaceId, ref: session.ref });
  return done;
}

/**
 * Marks the session paid and redeems its coupon, in one transaction under the workspace's lock.
 * Refuses when another checkout of the workspace has already been paid for a subscription that
 * has not ended: two open checkouts (two tabs) never become two subscriptions.
 */
async function claimCheckout(db: Db, session: Awaited<ReturnType<typeof getCheckout>>) {
  return db
    .$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM "Workspace" WHERE id = ${session.workspaceId} FOR UPDATE`;
      const { count } = await tx.checkoutSession.updateMany({
        where: { id: session.id, status: { not: "COMPLETED" } },
        data: { status: "COMPLETED", completedAt: new Date() },
      });
      if (count === 0) return false;
      const current = await tx.subscription.findUnique({
        where: { workspaceId: session.workspaceId },
        select: { status: true, canceledAt: true },
      });
      const otherPaid = await tx.checkoutSession.count({
        where: {
          workspaceId: session.workspaceId,
          status: "COMPLETED",
          id: { not: session.id },
          ...(current?.status === "CANCELED" && current.canceledAt && { completedAt: { gt: current.canceledAt } }),
        },
      });
      if ((current && current.status !== "CANCELED") || otherPaid > 0)
        throw new DomainError("CONFLICT", "This workspace already has a subscription. Change it from Manage Billing.");
      if (session.coupon) {
        // Redeem atomically: the limit holds even when several checkouts pay at the same moment.
        const coupon = await tx.coupon.findUniqueOrThrow({ where: { code: session.coupon.code } });
        const { count: redeemed } = await tx.coupon.updateMany({
          where: {
            id: coupon.id,
            isActive: true,
            ...(coupon.maxRedemptions != null && { redeemedCount: { lt: coupon.maxRedemptions } }),
          },
          data: { redeemedCount: { increment: 1 } },
        });
        if (redeemed === 0) throw new CouponUsedUp();
      }
      return true;
    })
    .catch(async (error: unknown) => {
      if (!(error instanceof CouponUsedUp)) throw error;
      await db.checkoutSession.update({ where: { id: session.id }, data: { couponCode: null } });
      throw new DomainError("BAD_REQUEST", "That coupon has just been used up; the checkout continues without it.");
    });
}

class CouponUsedUp extends Error {}

export async function billingOverview(db: Db, provider: BillingProvider, workspaceId: string) {
  const subscription = await db.subscription.findUnique({ where: { workspaceId } });
  const [plans, invoices, card] = await Promise.all([
    db.plan.findMany({
      where: { isActive: true },
      orderBy: { position: "asc" },
      select: {
        slug: true,
        name: true,
        monthlyPriceCents: true,
        yearlyPriceCents: true,
        currency: true,
        activeRequestLimit: true,
      },
    }),
    workspaceInvoices(db, workspaceId),
    subscription && provider instanceof TestBillingProvider ? provider.card(subscription.providerCustomerId) : null,
  ]);
  const now = new Date();
  return {
    provider: provider.name,
    isTestMode: provider instanceof TestBillingProvider,
    subscription: subscription && {
      planSlug: subscription.planSlug,
      interval: subscription.interval,
      /** What this subscription pays per period (kept from its checkout or last plan change). */
      priceCents: subscription.priceCents,
      currency: subscription.currency,
      status: subscription.status,
      cancelAtPeriodEnd: subscription.cancelAtPeriodEnd,
      currentPeriodEnd: subscription.currentPeriodEnd,
      nextChargeAt:
        subscription.status === "ACTIVE" && !subscription.cancelAtPeriodEnd ? subscription.currentPeriodEnd : null,
      remainingDaysWhenPaused:
        subscription.status === "PAUSED" ? remainingDays(subscription.pausedRemainingSeconds) : null,
      pastDueSince: subscription.pastDueSince,
      scheduledChange: subscription.scheduledPlanSlug
        ? {
            planSlug: subscription.scheduledPlanSlug,
            interval: subscription.scheduledInterval ?? subscription.interval,
            priceCents: subscription.scheduledPriceCents,
          }
        : null,
      canStartNewWork: canStartNewWork(subscription, now, serverEnv().BILLING_GRACE_DAYS),
    },
    plans,
    invoices,
    card,
  };
}

export async function subscriptionOf(db: Db, workspaceId: string) {
  const sub = await db.subscription.findUnique({ where: { workspaceId } });
  if (!sub || sub.status === "CANCELED")
    throw new DomainError("NOT_FOUND", "This workspace has no active subscription.");
  return sub;
}

export async function changeSubscription(
  db: Db,
  provider: BillingProvider,
  workspaceId: string,
  action:
    | { kind: "pause" }
    | { kind: "resume" }
    | { kind: "cancel" }
    | { kind: "undoCancel" }
    | { kind: "failRenewal" }
    | { kind: "renew" }
    | { kind: "updateCard"; last4: string },
) {
  const sub = await subscriptionOf(db, workspaceId);
  const id = sub.providerSubscriptionId;
  switch (action.kind) {
    case "pause":
      return provider.pause(id);
    case "resume":
      return provider.resume(id);
    case "cancel":
      if (sub.cancelAtPeriodEnd)
        throw new DomainError("CONFLICT", "The subscription already ends at the end of the period.");
      return provider.setCancelAtPeriodEnd(id, true);
    case "undoCancel":
      if (!sub.cancelAtPeriodEnd) throw new DomainError("CONFLICT", "The subscription is not set to end.");
      return provider.setCancelAtPeriodEnd(id, false);
    case "failRenewal":
      return testProvider(provider).failRenewal(id);
    case "renew":
      return testProvider(provider).renew(id, "paid");
    case "updateCard":
      return testProvider(provider).updateCard(sub.providerCustomerId, action.last4);
  }
}

/** Where the owner updates the payment method: Stripe's customer portal, or the test form. */
export async function paymentMethodUrl(db: Db, provider: BillingProvider, workspaceId: string, appUrl: string) {
  const sub = await subscriptionOf(db, workspaceId);
  return provider.paymentMethodUrl(sub.providerCustomerId, `${appUrl}/portal/billing`);
}

/** Staff view: every subscription, MRR, paying subscribers and monthly churn (each at the price it pays). */
export async function revenueSummary(db: Db, months = 6, now = new Date()) {
  const [subs, plans, workspaces] = await Promise.all([
    db.subscription.findMany({ orderBy: { createdAt: "desc" } }),
    db.plan.findMany({
      select: { slug: true, name: true, monthlyPriceCents: true, yearlyPriceCents: true, currency: true },
    }),
    db.workspace.findMany({ select: { id: true, name: true } }),
  ]);
  const planBySlug = new Map(plans.map((p) => [p.slug, p]));
  const nameOf = new Map(workspaces.map((w) => [w.id, w.name]));
  // Each subscription's own price (what it is billed), not the plan's list price of today.
  const monthly = (s: (typeof subs)[number]) => (s.interval === "YEAR" ? Math.round(s.priceCents / 12) : s.priceCents);
  const isPaying = (s: (typeof subs)[number]) => s.status === "ACTIVE" || s.status === "PAST_DUE";
  const churn = Array.from({ length: months }, (_, i) => {
    const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (months - 1 - i), 1));
    const end = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
    const activeAtStart = subs.filter((s) => s.createdAt < start && (!s.canceledAt || s.canceledAt >= start)).length;
    const canceled = subs.filter((s) => s.canceledAt && s.canceledAt >= start && s.canceledAt < end).length;
    const started = subs.filter((s) => s.createdAt >= start && s.createdAt < end).length;
    return {
      month: start.toISOString().slice(0, 7),
      activeAtStart,
      started,
      canceled,
      churnRate: activeAtStart ? canceled / activeAtStart : 0,
    };
  });
  return {
    mrrCents: subs.filter(isPaying).reduce((sum, s) => sum + monthly(s), 0),
    currency: plans[0]?.currency ?? "usd",
    activeSubscribers: subs.filter((s) => s.status === "ACTIVE" || s.status === "TRIALING" || s.status === "PAST_DUE")
      .length,
    churn,
    subscriptions: subs.map((s) => ({
      id: s.id,
      workspaceName: nameOf.get(s.workspaceId) ?? "(deleted workspace)",
      plan: planBySlug.get(s.planSlug)?.name ?? s.planSlug,
      interval: s.interval,
      status: s.status,
      cancelAtPeriodEnd: s.cancelAtPeriodEnd,
      monthlyCents: isPaying(s) ? monthly(s) : 0,
      since: s.createdAt,
    })),
  };
}
