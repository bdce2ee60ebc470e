import { randomUUID } from "node:crypto";
import { DomainError } from "../errors";
import type { BillingInterval, Prisma } from "../generated/prisma/client";
import { taxContext, taxOn } from "../invoices/tax";
import type { Db } from "../platform/db";
import { type Discount, discounted, discountLabel } from "./discount";
import { type PlanPrice, periodMs, quotePlanChange } from "./proration";
import type {
  BillingProvider,
  CheckoutRequest,
  InvoiceLine,
  InvoiceSnapshot,
  PlanChangeRequest,
  SubscriptionSnapshot,
} from "./provider";
import { pauseWindow, resumedPeriod } from "./state";
import { handleProviderEvent } from "./sync";

/** The days a failed payment is tried again after (as Stripe's smart retries roughly do). */
export const RETRY_AFTER_DAYS = 3;
const DAY = 86_400_000;

/** Creates a provider object unless one with its id exists (the first write wins). */
async function createOnce(db: Db, args: { data: Prisma.TestProviderObjectCreateInput }) {
  try {
    await db.testProviderObject.create(args);
  } catch (error) {
    if ((error as { code?: string }).code !== "P2002") throw error;
  }
}

type Stored<T> = Omit<
  T,
  "currentPeriodStart" | "currentPeriodEnd" | "pausedAt" | "pastDueSince" | "canceledAt" | "issuedAt"
> &
  Record<string, unknown>;

function reviveSubscription(data: Record<string, unknown>, version: number): SubscriptionSnapshot {
  const date = (v: unknown) => (v ? new Date(String(v)) : null);
  return {
    ...(data as unknown as SubscriptionSnapshot),
    currentPeriodStart: date(data.currentPeriodStart) as Date,
    currentPeriodEnd: date(data.currentPeriodEnd) as Date,
    pausedAt: date(data.pausedAt),
    pastDueSince: date(data.pastDueSince),
    canceledAt: date(data.canceledAt),
    scheduledChange: (data.scheduledChange as SubscriptionSnapshot["scheduledChange"]) ?? null,
    version,
  };
}

type StoredInvoice = Stored<InvoiceSnapshot> & {
  customerId: string;
  issuedAt: string;
  periodStart?: string | null;
  periodEnd?: string | null;
  nextAttemptAt?: string | null;
};

const reviveInvoice = (d: StoredInvoice): InvoiceSnapshot => {
  const date = (v: unknown) => (v ? new Date(String(v)) : null);
  return {
    id: d.id,
    number: d.number,
    amountCents: d.amountCents,
    currency: d.currency,
    status: d.status,
    hostedUrl: d.hostedUrl,
    issuedAt: new Date(d.issuedAt),
    subscriptionId: (d.subscriptionId as string | undefined) ?? null,
    lines: ((d.lines as InvoiceLine[] | undefined) ?? []).map((l) => ({
      ...l,
      periodStart: date(l.periodStart),
      periodEnd: date(l.periodEnd),
    })),
    taxCents: (d.taxCents as number | undefined) ?? 0,
    periodStart: date(d.periodStart),
    periodEnd: date(d.periodEnd),
    pdfUrl: null,
    nextAttemptAt: date(d.nextAttemptAt),
    refundedCents: (d.refundedCents as number | undefined) ?? 0,
    notes: (d.notes as string[] | undefined) ?? [],
    endingCoupon: (d.endingCoupon as string | undefined) ?? null,
  };
};

/**
 * The built-in provider used when Stripe is not configured. It keeps its own records (the way
 * Stripe keeps them on its servers), has its own checkout page, and announces every change with
 * an event that goes through the same handler as Stripe's webhooks.
 */
export class TestBillingProvider implements BillingProvider {
  readonly name = "test";
  constructor(
    private readonly db: Db,
    private readonly plans: (planSlug: string, interval: BillingInterval) => Promise<PlanPrice>,
  ) {}

  private async object(id: string) {
    return this.db.testProviderObject.findUnique({ where: { id } });
  }

  private async emit(type: string, subscriptionId: string | null, eventId = `tevt_${randomUUID()}`) {
    await handleProviderEvent(this.db, this, {
      id: eventId,
      type,
      subscriptionId,
      payload: { type, subscriptionId },
    });
  }

  private async updateSubscription(
    id: string,
    change: (
      s: SubscriptionSnapshot & { discount?: Discount | null },
    ) => Partial<SubscriptionSnapshot> & Record<string, unknown>,
    eventType = "customer.subscription.updated",
    /** Writes that belong to this change (an invoice); run only by the change that won. */
    after?: (version: number, before: SubscriptionSnapshot) => Promise<void>,
  ) {
    const row = await this.object(id);
    if (row?.kind !== "subscription") throw new DomainError("NOT_FOUND", "No such subscription at the provider.");
    const data = row.data as Record<string, unknown>;
    const current = { ...reviveSubscription(data, row.version), discount: (data.discount as Discount) ?? null };
    const next = { ...data, ...current, ...change(current) };
    // Conditional on the version read: two changes at once cannot both apply.
    const { count } = await this.db.testProviderObject.updateMany({
      where: { id, version: row.version },
      data: { data: next as unknown as Prisma.InputJsonValue, version: row.version + 1 },
    });
    if (count === 0)
      throw new DomainError("CONFLICT", "The subscription changed at the same moment; please try again.");
    await after?.(row.version + 1, current);
    await this.emit(eventType, id);
  }

  async retrieveSubscription(id: string) {
    const row = await this.object(id);
    if (row?.kind !== "subscription") return null;
    const sub = reviveSubscription(row.data as Record<string, unknown>, row.version);
    // Objects written before subscriptions kept their price: the list price was what they paid.
    if (typeof sub.priceCents !== "number") sub.priceCents = (await this.plans(sub.planSlug, sub.interval)).priceCents;
    sub.currency ??= "usd";
    return sub;
  }

  /** What a subscription pays per period: its own price, or for a scheduled change the price fixed then. */
  private async priceOf(s: SubscriptionSnapshot, next: "current" | "after-renewal"): Promise<PlanPrice> {
    const change = next === "after-renewal" ? s.scheduledChange : null;
    const planSlug = change?.planSlug ?? s.planSlug;
    const interval = change?.interval ?? s.interval;
    const list = await this.plans(planSlug, interval);
    const kept = change ? change.priceCents : s.priceCents;
    return { ...list, priceCents: typeof kept === "number" ? kept : list.priceCents };
  }

  async listInvoices(customerId: string): Promise<InvoiceSnapshot[]> {
    const rows = await this.db.testProviderObject.findMany({
      where: { kind: "invoice" },
      orderBy: { createdAt: "desc" },
    });
    return rows
      .map((r) => r.data as StoredInvoice)
      .filter((d) => d.customerId === customerId)
      .map(reviveInvoice);
  }

  async createCheckout(request: CheckoutRequest) {
    const sessionId = `tcs_${randomUUID().replaceAll("-", "")}`;
    return { sessionId, url: `${request.appUrl}/billing/test-checkout/${sessionId}` };
  }

  /** An invoice with its lines; tax is added from the workspace's country at the time it is issued. */
  private async invoice(input: {
    id: string;
    customerId: string;
    subscriptionId: string;
    workspaceId: string;
    lines: InvoiceLine[];
    status: InvoiceSnapshot["status"];
    periodStart: Date;
    periodEnd: Date;
    notes?: string[];
    endingCoupon?: string | null;
  }) {
    const net = input.lines.reduce((sum, l) => sum + l.amountCents, 0);
    const { tax } = await taxContext(this.db, input.workspaceId);
    const taxCents = taxOn(Math.max(0, net), tax);
    const count = await this.db.testProviderObject.count({ where: { kind: "invoice" } });
    await createOnce(this.db, {
      data: {
        id: input.id,
        kind: "invoice",
        data: {
          id: input.id,
          customerId: input.customerId,
          subscriptionId: input.subscriptionId,
          number: `TEST-${String(count + 1).padStart(5, "0")}`,
          amountCents: Math.max(0, net) + taxCents,
          taxCents,
          currency: "usd",
          status: input.status,
          hostedUrl: null,
          lines: input.lines.map((l) => ({
            ...l,
            periodStart: l.periodStart?.toISOString() ?? null,
            periodEnd: l.periodEnd?.toISOString() ?? null,
          })),
          periodStart: input.periodStart.toISOString(),
          periodEnd: input.periodEnd.toISOString(),
          nextAttemptAt: input.status === "open" ? new Date(Date.now() + RETRY_AFTER_DAYS * DAY).toISOString() : null,
          notes: input.notes ?? [],
          endingCoupon: input.endingCoupon ?? null,
          issuedAt: new Date().toISOString(),
        },
      },
    });
  }

  /** The lines of a period of a plan, with a coupon as its own line. */
  private periodLines(plan: PlanPrice, start: Date, end: Date, discount: Discount | null): InvoiceLine[] {
    const interval = plan.interval;
    const lines: InvoiceLine[] = [
      {
        kind: "plan",
        description: `${plan.planName} (${interval === "YEAR" ? "yearly" : "monthly"}) ${start.toISOString().slice(0, 10)} – ${end.toISOString().slice(0, 10)}`,
        amountCents: plan.priceCents,
        periodStart: start,
        periodEnd: end,
      },
    ];
    const off = plan.priceCents - discounted(plan.priceCents, discount);
    if (discount && off > 0)
      lines.push({ kind: "discount", description: discountLabel(discount, interval), amountCents: -off });
    return lines;
  }

  /**
   * The test checkout page's "Pay" button: creates the customer, subscription and first invoice.
   * Their ids derive from the checkout session, so running it again for the same session (a
   * retry after a crash half-way) finishes what is missing and creates nothing twice.
   */
  async completeCheckout(input: {
    checkoutSessionId: string;
    workspaceId: string;
    email: string;
    planSlug: string;
    interval: BillingInterval;
    discount?: Discount | null;
  }) {
    const customerId = `tcus_${input.workspaceId}`;
    await this.db.testProviderObject.upsert({
      where: { id: customerId },
      create: {
        id: customerId,
        kind: "customer",
        data: { email: input.email, workspaceId: input.workspaceId, card: { brand: "visa", last4: "4242" } },
      },
      update: {},
    });
    const now = new Date();
    const ref = input.checkoutSessionId.replace(/^tcs_/, "");
    const subscriptionId = `tsub_${ref}`;
    // The list price at checkout is this subscription's price until it changes plan.
    const price = await this.plans(input.planSlug, input.interval);
    const snapshot: SubscriptionSnapshot = {
      provider: this.name,
      customerId,
      subscriptionId,
      workspaceId: input.workspaceId,
      planSlug: input.planSlug,
      interval: input.interval,
      priceCents: price.priceCents,
      currency: "usd",
      status: "ACTIVE",
      currentPeriodStart: now,
      currentPeriodEnd: new Date(now.getTime() + periodMs(input.interval)),
      cancelAtPeriodEnd: false,
      pausedAt: null,
      pausedRemainingSeconds: null,
      pastDueSince: null,
      canceledAt: null,
      version: 1,
    };
    // A "forever" coupon stays on the subscription for every renewal; a "once" coupon is
    // remembered only so that the first renewal can say it ended.
    const stored = {
      ...snapshot,
      discount: input.discount?.duration === "FOREVER" ? input.discount : null,
      endingDiscount: input.discount?.duration === "ONCE" ? input.discount : null,
    };
    await createOnce(this.db, {
      data: { id: subscriptionId, kind: "subscription", data: stored as unknown as Prisma.InputJsonValue },
    });
    await this.invoice({
      id: `tin_${ref}`,
      customerId,
      subscriptionId,
      workspaceId: input.workspaceId,
      lines: this.periodLines(price, snapshot.currentPeriodStart, snapshot.currentPeriodEnd, input.discount ?? null),
      status: "paid",
      periodStart: snapshot.currentPeriodStart,
      periodEnd: snapshot.currentPeriodEnd,
      endingCoupon: input.discount?.duration === "ONCE" ? discountLabel(input.discount, input.interval) : null,
    });
    // Fixed event ids: a repeat is a duplicate the handler skips, or reprocesses if it failed.
    await this.emit("customer.subscription.created", subscriptionId, `tevt_${ref}_created`);
    await this.emit("invoice.paid", subscriptionId, `tevt_${ref}_paid`);
    return { subscriptionId, customerId };
  }

  /**
   * Upgrades apply now with a prorated invoice, charged to the card on file; downgrades wait for
   * the renewal (see quotePlanChange). The invoice is written only by the change that won.
   */
  async changePlan(id: string, change: PlanChangeRequest) {
    const sub = await this.retrieveSubscription(id);
    if (!sub) throw new DomainError("NOT_FOUND", "No such subscription at the provider.");
    const [current, target] = await Promise.all([
      this.priceOf(sub, "current"),
      this.plans(change.planSlug, change.interval),
    ]);
    const quote = quotePlanChange({
      current,
      target,
      periodStart: sub.currentPeriodStart,
      periodEnd: sub.currentPeriodEnd,
      at: change.prorationDate,
    });
    if (change.when === "period_end" || quote.when === "period_end") {
      await this.updateSubscription(id, () => ({
        scheduledChange: { planSlug: change.planSlug, interval: change.interval, priceCents: target.priceCents },
      }));
      return;
    }
    await this.updateSubscription(
      id,
      () => ({
        planSlug: change.planSlug,
        interval: change.interval,
        priceCents: target.priceCents,
        scheduledChange: null,
        currentPeriodStart: quote.periodStart,
        currentPeriodEnd: quote.periodEnd,
      }),
      "customer.subscription.updated",
      async (version) => {
        await this.invoice({
          id: `tin_${id.replace(/^tsub_/, "")}_v${version}`,
          customerId: sub.customerId,
          subscriptionId: id,
          workspaceId: sub.workspaceId,
          lines: quote.lines,
          status: "paid",
          periodStart: change.prorationDate,
          periodEnd: quote.periodEnd,
        });
        await this.emit("invoice.paid", id, `tevt_${id}_v${version}_paid`);
      },
    );
  }

  /** Test mode: refunds part or all of a paid invoice, as Stripe's credit note with a refund does. */
  async refund(invoiceId: string, amountCents: number, _reason: string) {
    const row = await this.object(invoiceId);
    if (row?.kind !== "invoice") throw new DomainError("NOT_FOUND", "No such invoice at the provider.");
    const d = row.data as StoredInvoice;
    const refunded = ((d.refundedCents as number | undefined) ?? 0) + amountCents;
    if (d.status !== "paid") throw new DomainError("CONFLICT", "Only a paid invoice can be refunded.");
    if (refunded > d.amountCents) throw new DomainError("BAD_REQUEST", "That is more than what is left to refund.");
    const { count } = await this.db.testProviderObject.updateMany({
      where: { id: invoiceId, version: row.version },
      data: { data: { ...d, refundedCents: refunded } as unknown as Prisma.InputJsonValue, version: row.version + 1 },
    });
    if (count === 0) throw new DomainError("CONFLICT", "The invoice changed at the same moment; please try again.");
    return { creditNoteId: null };
  }

  /**
   * Test mode: the period renews. A scheduled downgrade takes effect, a once-only coupon is gone
   * (the invoice says so), and the card is charged — or declined, which makes the subscription
   * past due with an open invoice that is tried again later.
   */
  async renew(id: string, outcome: "paid" | "declined") {
    const current = await this.retrieveSubscription(id);
    // The renewal bills the subscription's own price (or the one fixed with a scheduled downgrade),
    // never the plan's list price of today. The list price is only for objects older than that rule.
    const renewal = current ? await this.priceOf(current, "after-renewal") : null;
    await this.updateSubscription(
      id,
      (s) => {
        if (s.status !== "ACTIVE" && s.status !== "PAST_DUE")
          throw new DomainError("CONFLICT", "Only an active subscription renews.");
        if (outcome === "declined") return { status: "PAST_DUE", pastDueSince: s.pastDueSince ?? new Date() };
        const planSlug = s.scheduledChange?.planSlug ?? s.planSlug;
        const interval = s.scheduledChange?.interval ?? s.interval;
        const start = new Date();
        return {
          status: "ACTIVE",
          pastDueSince: null,
          planSlug,
          interval,
          priceCents: (s.scheduledChange ? s.scheduledChange.priceCents : s.priceCents) ?? renewal?.priceCents,
          scheduledChange: null,
          endingDiscount: null,
          currentPeriodStart: start,
          currentPeriodEnd: new Date(start.getTime() + periodMs(interval)),
        };
      },
      outcome === "declined" ? "invoice.payment_failed" : "invoice.paid",
      async (version, before) => {
        const after = await this.retrieveSubscription(id);
        if (!after) return;
        const stored = (await this.object(id))?.data as Record<string, unknown>;
        const ending = (before as unknown as { endingDiscount?: Discount | null }).endingDiscount ?? null;
        const price = await this.priceOf(
          { ...before, priceCents: before.priceCents ?? renewal?.priceCents },
          "after-renewal",
        );
        const interval = price.interval;
        const start = outcome === "paid" ? after.currentPeriodStart : before.currentPeriodEnd;
        const end = outcome === "paid" ? after.currentPeriodEnd : new Date(start.getTime() + periodMs(interval));
        const notes = ending
          ? [
              `The coupon ${discountLabel(ending, before.interval)} applied to your first invoice only; this renewal is at the full price.`,
            ]
          : [];
        await this.invoice({
          id: `tin_${id.replace(/^tsub_/, "")}_v${version}`,
          customerId: before.customerId,
          subscriptionId: id,
          workspaceId: before.workspaceId,
          lines: this.periodLines(price, start, end, (stored?.discount as Discount) ?? null),
          status: outcome === "paid" ? "paid" : "open",
          periodStart: start,
          periodEnd: end,
          notes,
        });
      },
    );
  }

  async setCancelAtPeriodEnd(id: string, cancel: boolean) {
    await this.updateSubscription(id, (s) => {
      if (s.status === "CANCELED") throw new DomainError("CONFLICT", "This subscription has ended.");
      return { cancelAtPeriodEnd: cancel };
    });
  }

  async pause(id: string) {
    await this.updateSubscription(
      id,
      (s) => {
        if (s.status === "PAUSED") throw new DomainError("CONFLICT", "The subscription is already paused.");
        if (s.status !== "ACTIVE") throw new DomainError("CONFLICT", "Only an active subscription can be paused.");
        return { status: "PAUSED", ...pauseWindow(s.currentPeriodEnd, new Date()) };
      },
      "customer.subscription.paused",
    );
  }

  async resume(id: string) {
    await this.updateSubscription(
      id,
      (s) => {
        if (s.status !== "PAUSED") throw new DomainError("CONFLICT", "The subscription is not paused.");
        return {
          status: "ACTIVE",
          pausedAt: null,
          pausedRemainingSeconds: null,
          ...resumedPeriod(s.pausedRemainingSeconds ?? 0, new Date()),
        };
      },
      "customer.subscription.resumed",
    );
  }

  /** Test mode only: the next renewal's payment fails, as an expired card would. */
  async failRenewal(id: string) {
    await this.renew(id, "declined");
  }

  /** Test mode only: a new card pays the open invoices and the subscription is active again. */
  async updateCard(customerId: string, last4: string) {
    const customer = await this.object(customerId);
    if (!customer) throw new DomainError("NOT_FOUND", "No such customer at the provider.");
    const data = customer.data as Record<string, unknown>;
    await this.db.testProviderObject.update({
      where: { id: customerId },
      data: { data: { ...data, card: { brand: "visa", last4 } }, version: { increment: 1 } },
    });
    const invoices = await this.db.testProviderObject.findMany({ where: { kind: "invoice" } });
    for (const inv of invoices) {
      const d = inv.data as Record<string, unknown>;
      if (d.customerId === customerId && d.status === "open")
        await this.db.testProviderObject.update({
          where: { id: inv.id },
          data: { data: { ...d, status: "paid", nextAttemptAt: null }, version: { increment: 1 } },
        });
    }
    const subs = await this.db.testProviderObject.findMany({ where: { kind: "subscription" } });
    for (const sub of subs) {
      const d = sub.data as Record<string, unknown>;
      if (d.customerId === customerId && d.status === "PAST_DUE")
        await this.updateSubscription(
          sub.id,
          (s) => {
            // The paid renewal starts the next period (the failed attempt did not move it).
            const start = new Date();
            const interval = s.scheduledChange?.interval ?? s.interval;
            return {
              status: "ACTIVE",
              pastDueSince: null,
              planSlug: s.scheduledChange?.planSlug ?? s.planSlug,
              interval,
              priceCents: s.scheduledChange ? (s.scheduledChange.priceCents ?? s.priceCents) : s.priceCents,
              scheduledChange: null,
              endingDiscount: null,
              currentPeriodStart: start,
              currentPeriodEnd: new Date(start.getTime() + periodMs(interval)),
            };
          },
          "invoice.paid",
        );
    }
  }

  async card(customerId: string) {
    const customer = await this.object(customerId);
    return (
      ((customer?.data as Record<string, unknown> | undefined)?.card as { brand: string; last4: string } | undefined) ??
      null
    );
  }

  async paymentMethodUrl(_customerId: string, returnUrl: string) {
    return `${returnUrl}#payment-method`;
  }
}
