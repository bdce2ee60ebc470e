import Stripe from "stripe";
import { DomainError } from "../errors";
import type { BillingInterval, SubscriptionStatus } from "../generated/prisma/enums";
import type {
  BillingProvider,
  CheckoutRequest,
  InvoiceLine,
  InvoiceSnapshot,
  PlanChangeRequest,
  SubscriptionSnapshot,
} from "./provider";
import { pauseWindow } from "./state";

/** The Stripe Price recorded for a plan and interval, with the plan's list price it should bill. */
export interface ListedPrice {
  priceId: string;
  amountCents: number;
  currency: string;
}

export interface StripePrices {
  /** Our plan and interval → the Stripe Price recorded for it and the plan's list price now. */
  priceFor(planSlug: string, interval: BillingInterval): Promise<ListedPrice>;
  /**
   * Records `newId` for the plan and interval if `oldId` is still the one recorded; returns the id
   * recorded afterwards (another instance may have replaced it first).
   */
  replacePrice(planSlug: string, interval: BillingInterval, oldId: string, newId: string): Promise<string>;
  /** A Stripe Price id → our plan and interval, for the Prices recorded on plans now. */
  planFor(priceId: string): Promise<{ planSlug: string; interval: BillingInterval } | null>;
}

/** Set on every Price we make, and on a plan's Price when a new one replaces it: older subscriptions stay mappable. */
const PLAN_KEY = "atelier_plan";
const INTERVAL_KEY = "atelier_interval";

function statusOf(sub: Stripe.Subscription): SubscriptionStatus {
  if (sub.pause_collection) return "PAUSED";
  switch (sub.status) {
    case "active":
      return "ACTIVE";
    case "trialing":
      // Resuming a pause gives the unused days back as a trial until the next charge.
      return sub.metadata?.resumedFromPause ? "ACTIVE" : "TRIALING";
    case "past_due":
    case "unpaid":
    case "incomplete":
      return "PAST_DUE";
    default:
      return "CANCELED";
  }
}

const toDate = (seconds: number | null | undefined) => (seconds ? new Date(seconds * 1000) : null);

/**
 * Stripe behind the provider interface. Our state is always re-read from Stripe; a snapshot's
 * version is the time its read began, so of two reads the later-started one wins.
 */
export class StripeProvider implements BillingProvider {
  readonly name = "stripe";
  constructor(
    private readonly stripe: Stripe,
    private readonly prices: StripePrices,
  ) {}

  static create(
    secretKey: string,
    prices: StripePrices,
    network?: { host: string; port: number; protocol: "http" | "https" },
  ) {
    return new StripeProvider(
      new Stripe(secretKey, { maxNetworkRetries: 2, timeout: 15_000, ...(network ?? {}) }),
      prices,
    );
  }

  async retrieveSubscription(id: string): Promise<SubscriptionSnapshot | null> {
    const readStartedAt = Date.now();
    let sub: Stripe.Subscription;
    try {
      sub = await this.stripe.subscriptions.retrieve(id);
    } catch (error) {
      if ((error as { statusCode?: number }).statusCode === 404) return null;
      throw error;
    }
    const item = sub.items.data[0];
    const plan = item ? await this.planOf(item.price) : null;
    const workspaceId = sub.metadata?.workspaceId;
    if (!plan || !workspaceId) return null;
    const legacy = sub as unknown as { current_period_start?: number; current_period_end?: number };
    const periodStart = item?.current_period_start ?? legacy.current_period_start ?? sub.start_date;
    const periodEnd = item?.current_period_end ?? legacy.current_period_end ?? sub.start_date;
    const status = statusOf(sub);
    const paused = sub.metadata?.pausedRemainingSeconds;
    // A downgrade scheduled for the period end (a subscription schedule); done once the price moved.
    const scheduledPlan = sub.metadata?.scheduledPlan;
    const scheduledInterval = sub.metadata?.scheduledInterval === "YEAR" ? "YEAR" : "MONTH";
    const scheduledPrice = Number(sub.metadata?.scheduledPriceCents);
    const scheduledChange =
      scheduledPlan && (scheduledPlan !== plan.planSlug || scheduledInterval !== plan.interval)
        ? {
            planSlug: scheduledPlan,
            interval: scheduledInterval as BillingInterval,
            priceCents: Number.isInteger(scheduledPrice) ? scheduledPrice : null,
          }
        : null;
    return {
      provider: this.name,
      customerId: typeof sub.customer === "string" ? sub.customer : sub.customer.id,
      subscriptionId: sub.id,
      workspaceId,
      planSlug: plan.planSlug,
      interval: plan.interval,
      // What Stripe bills this subscription: its own Price, whatever the plan's list price is now.
      priceCents: item?.price.unit_amount ?? 0,
      currency: item?.price.currency ?? "usd",
      status,
      currentPeriodStart: toDate(periodStart) as Date,
      currentPeriodEnd: toDate(periodEnd) as Date,
      cancelAtPeriodEnd: sub.cancel_at_period_end,
      pausedAt: status === "PAUSED" ? toDate(Number(sub.metadata?.pausedAt)) : null,
      pausedRemainingSeconds: status === "PAUSED" && paused ? Number(paused) : null,
      pastDueSince: status === "PAST_DUE" ? toDate(Number(sub.metadata?.pastDueSince) || sub.created) : null,
      canceledAt: toDate(sub.canceled_at),
      scheduledChange,
      version: readStartedAt,
    };
  }

  async listInvoices(customerId: string): Promise<InvoiceSnapshot[]> {
    const page = await this.stripe.invoices.list({ customer: customerId, limit: 24 });
    return page.data.map((inv) => {
      const lines: InvoiceLine[] = (inv.lines?.data ?? []).map((line) => {
        const parent = line.parent as { subscription_item_details?: { proration?: boolean } } | null;
        return {
          kind: parent?.subscription_item_details?.proration ? "proration" : "plan",
          description: line.description ?? "Subscription",
          amountCents: line.amount,
          periodStart: toDate(line.period?.start),
          periodEnd: toDate(line.period?.end),
        };
      });
      const discount = (inv.total_discount_amounts ?? []).reduce((sum, d) => sum + d.amount, 0);
      if (discount > 0) lines.push({ kind: "discount", description: "Discount", amountCents: -discount });
      const refunded = (inv as unknown as { post_payment_credit_notes_amount?: number })
        .post_payment_credit_notes_amount;
      return {
        id: inv.id as string,
        number: inv.number ?? (inv.id as string),
        amountCents: inv.status === "paid" ? inv.amount_paid : inv.amount_due,
        currency: inv.currency,
        status: (inv.status === "draft" ? "open" : inv.status) as InvoiceSnapshot["status"],
        hostedUrl: inv.hosted_invoice_url ?? inv.invoice_pdf ?? null,
        issuedAt: new Date(inv.created * 1000),
        lines,
        taxCents: (inv.total_taxes ?? []).reduce((sum, t) => sum + t.amount, 0),
        periodStart: toDate(inv.period_start),
        periodEnd: toDate(inv.period_end),
        pdfUrl: inv.invoice_pdf ?? null,
        nextAttemptAt: toDate(inv.next_payment_attempt),
        refundedCents: refunded ?? 0,
      };
    });
  }

  /** Our plan and interval of a subscription's Price: a plan's current Price, or one it had before an edit. */
  private async planOf(price: Stripe.Price): Promise<{ planSlug: string; interval: BillingInterval } | null> {
    const current = await this.prices.planFor(price.id);
    if (current) return current;
    const planSlug = price.metadata?.[PLAN_KEY];
    const interval = price.metadata?.[INTERVAL_KEY];
    return planSlug && (interval === "MONTH" || interval === "YEAR") ? { planSlug, interval } : null;
  }

  /**
   * The Price that bills the plan's list price now. A Stripe Price's amount cannot change, so when
   * the plan's price was edited, a new Price (same product) is made on first use and recorded;
   * subscriptions on the old Price keep paying it — an edit never moves existing subscribers.
   */
  private async currentPrice(
    planSlug: string,
    interval: BillingInterval,
  ): Promise<{ id: string; amountCents: number }> {
    const listed = await this.prices.priceFor(planSlug, interval);
    const price = await this.stripe.prices.retrieve(listed.priceId);
    if (price.unit_amount === listed.amountCents && price.currency === listed.currency)
      return { id: price.id, amountCents: listed.amountCents };
    const metadata = { [PLAN_KEY]: planSlug, [INTERVAL_KEY]: interval };
    const created = await this.stripe.prices.create({
      product: typeof price.product === "string" ? price.product : price.product.id,
      unit_amount: listed.amountCents,
      currency: listed.currency,
      recurring: { interval: interval === "YEAR" ? "year" : "month" },
      metadata,
    });
    await this.stripe.prices.update(price.id, { metadata });
    const recorded = await this.prices.replacePrice(planSlug, interval, price.id, created.id);
    if (recorded !== created.id) await this.stripe.prices.update(created.id, { active: false });
    return { id: recorded, amountCents: listed.amountCents };
  }

  async createCheckout(request: CheckoutRequest) {
    const session = await this.stripe.checkout.sessions.create({
      mode: "subscription",
      customer_email: request.email,
      client_reference_id: request.workspaceId,
      line_items: [{ price: (await this.currentPrice(request.planSlug, request.interval)).id, quantity: 1 }],
      allow_promotion_codes: true,
      // Company details for Stripe's own invoices: billing address and VAT id at checkout.
      billing_address_collection: "required",
      tax_id_collection: { enabled: true },
      subscription_data: { metadata: { workspaceId: request.workspaceId } },
      metadata: { workspaceId: request.workspaceId },
      success_url: `${request.appUrl}/portal/billing?welcome=1`,
      cancel_url: `${request.appUrl}/pricing`,
    });
    if (!session.url) throw new DomainError("BAD_REQUEST", "Stripe did not return a checkout page.");
    return { sessionId: session.id, url: session.url };
  }

  /**
   * Upgrades: the price changes now and Stripe invoices the proration at once, as of the preview's
   * moment (`proration_date`), so the charge matches what was shown. Downgrades: a subscription
   * schedule keeps the current price to the period end and then moves to the new one.
   */
  async changePlan(id: string, change: PlanChangeRequest) {
    const sub = await this.stripe.subscriptions.retrieve(id);
    const item = sub.items.data[0];
    if (!item) throw new DomainError("CONFLICT", "This subscription has no plan to change.");
    const { id: price, amountCents } = await this.currentPrice(change.planSlug, change.interval);
    const scheduleId = typeof sub.schedule === "string" ? sub.schedule : (sub.schedule?.id ?? null);
    if (change.when === "now") {
      if (scheduleId) await this.stripe.subscriptionSchedules.release(scheduleId);
      await this.stripe.subscriptions.update(id, {
        items: [{ id: item.id, price }],
        proration_behavior: "always_invoice",
        proration_date: Math.floor(change.prorationDate.getTime() / 1000),
        metadata: { scheduledPlan: "", scheduledInterval: "", scheduledPriceCents: "" },
      });
      return;
    }
    const schedule = scheduleId
      ? await this.stripe.subscriptionSchedules.retrieve(scheduleId)
      : await this.stripe.subscriptionSchedules.create({ from_subscription: id });
    const phaseStart = schedule.phases[0]?.start_date ?? item.current_period_start;
    await this.stripe.subscriptionSchedules.update(schedule.id, {
      end_behavior: "release",
      phases: [
        { items: [{ price: item.price.id, quantity: 1 }], start_date: phaseStart, end_date: item.current_period_end },
        {
          items: [{ price, quantity: 1 }],
          duration: { interval: change.interval === "YEAR" ? "year" : "month", interval_count: 1 },
        },
      ],
    });
    await this.stripe.subscriptions.update(id, {
      metadata: {
        scheduledPlan: change.planSlug,
        scheduledInterval: change.interval,
        scheduledPriceCents: String(amountCents),
      },
    });
  }

  /** A credit note with a refund: Stripe refunds the payment and keeps the credit note. */
  async refund(invoiceId: string, amountCents: number, reason: string) {
    const note = await this.stripe.creditNotes.create({
      invoice: invoiceId,
      amount: amountCents,
      refund_amount: amountCents,
      memo: reason.slice(0, 500),
    });
    return { creditNoteId: note.id };
  }

  async setCancelAtPeriodEnd(id: string, cancel: boolean) {
    await this.stripe.subscriptions.update(id, { cancel_at_period_end: cancel });
  }

  async pause(id: string) {
    const snapshot = await this.retrieveSubscription(id);
    if (!snapshot) throw new DomainError("NOT_FOUND", "No such subscription at Stripe.");
    if (snapshot.status === "PAUSED") throw new DomainError("CONFLICT", "The subscription is already paused.");
    const window = pauseWindow(snapshot.currentPeriodEnd, new Date());
    await this.stripe.subscriptions.update(id, {
      pause_collection: { behavior: "void" },
      metadata: {
        pausedAt: String(Math.floor(window.pausedAt.getTime() / 1000)),
        pausedRemainingSeconds: String(window.pausedRemainingSeconds),
      },
    });
  }

  /** The unused days come back: the next charge moves to now + the days kept at pause. */
  async resume(id: string) {
    const sub = await this.stripe.subscriptions.retrieve(id);
    if (!sub.pause_collection) throw new DomainError("CONFLICT", "The subscription is not paused.");
    const remaining = Number(sub.metadata?.pausedRemainingSeconds ?? 0);
    await this.stripe.subscriptions.update(id, {
      pause_collection: "",
      ...(remaining > 0 && {
        trial_end: Math.floor(Date.now() / 1000) + remaining,
        proration_behavior: "none" as const,
      }),
      metadata: { pausedAt: "", pausedRemainingSeconds: "", resumedFromPause: "1" },
    });
  }

  async paymentMethodUrl(customerId: string, returnUrl: string) {
    const session = await this.stripe.billingPortal.sessions.create({ customer: customerId, return_url: returnUrl });
    return session.url;
  }
}
