import { randomUUID } from "node:crypto";
import { DomainError } from "../errors";
import type { BillingInterval, Prisma } from "../generated/prisma/client";
import type { Db } from "../platform/db";
import { type Discount, discounted } from "./discount";
import type { BillingProvider, CheckoutRequest, InvoiceSnapshot, SubscriptionSnapshot } from "./provider";
import { pauseWindow, resumedPeriod } from "./state";
import { handleProviderEvent } from "./sync";

const DAY = 86_400_000;

/** Creates a provider object unless one with its id exists (the first write wins). */
async function createOnce(db: Db, args: { data: Prisma.TestProviderObjectCreateInput }) {
  try {
    await db.testProviderObject.create(args);
  } catch (error) {
    if ((error as { code?: string }).code !== "P2002") throw error;
  }
}

const periodMs = (interval: BillingInterval) => (interval === "YEAR" ? 365 : 30) * DAY;

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
    version,
  };
}

/**
 * The built-in provider used when Stripe is not configured. It keeps its own records (the way
 * Stripe keeps them on its servers), has its own checkout page, and announces every change with
 * an event that goes through the same handler as Stripe's webhooks.
 */
export class TestBillingProvider implements BillingProvider {
  readonly name = "test";
  constructor(
    private readonly db: Db,
    private readonly prices: (planSlug: string, interval: BillingInterval) => Promise<number>,
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
    change: (s: SubscriptionSnapshot) => Partial<SubscriptionSnapshot>,
    eventType = "customer.subscription.updated",
  ) {
    const row = await this.object(id);
    if (row?.kind !== "subscription") throw new DomainError("NOT_FOUND", "No such subscription at the provider.");
    const current = reviveSubscription(row.data as Record<string, unknown>, row.version);
    const next = { ...current, ...change(current) };
    // Conditional on the version read: two changes at once cannot both apply.
    const { count } = await this.db.testProviderObject.updateMany({
      where: { id, version: row.version },
      data: { data: next as unknown as Prisma.InputJsonValue, version: row.version + 1 },
    });
    if (count === 0)
      throw new DomainError("CONFLICT", "The subscription changed at the same moment; please try again.");
    await this.emit(eventType, id);
  }

  async retrieveSubscription(id: string) {
    const row = await this.object(id);
    return row?.kind === "subscription" ? reviveSubscription(row.data as Record<string, unknown>, row.version) : null;
  }

  async listInvoices(customerId: string): Promise<InvoiceSnapshot[]> {
    const rows = await this.db.testProviderObject.findMany({
      where: { kind: "invoice" },
      orderBy: { createdAt: "desc" },
    });
    return rows
      .map((r) => r.data as Stored<InvoiceSnapshot> & { customerId: string; issuedAt: string })
      .filter((d) => d.customerId === customerId)
      .map((d) => ({
        id: d.id,
        number: d.number,
        amountCents: d.amountCents,
        currency: d.currency,
        status: d.status,
        hostedUrl: d.hostedUrl,
        issuedAt: new Date(d.issuedAt),
      }));
  }

  async createCheckout(request: CheckoutRequest) {
    const sessionId = `tcs_${randomUUID().replaceAll("-", "")}`;
    return { sessionId, url: `${request.appUrl}/billing/test-checkout/${sessionId}` };
  }

  private async invoice(
    customerId: string,
    subscriptionId: string,
    amountCents: number,
    status: InvoiceSnapshot["status"],
    id = `tin_${randomUUID().replaceAll("-", "")}`,
  ) {
    const count = await this.db.testProviderObject.count({ where: { kind: "invoice" } });
    await createOnce(this.db, {
      data: {
        id,
        kind: "invoice",
        data: {
          id,
          customerId,
          subscriptionId,
          number: `TEST-${String(count + 1).padStart(5, "0")}`,
          amountCents,
          currency: "usd",
          status,
          hostedUrl: null,
          issuedAt: new Date().toISOString(),
        },
      },
    });
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
    const snapshot: SubscriptionSnapshot = {
      provider: this.name,
      customerId,
      subscriptionId,
      workspaceId: input.workspaceId,
      planSlug: input.planSlug,
      interval: input.interval,
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
    // A "forever" coupon stays on the subscription for every renewal; a "once" coupon does not.
    const stored = { ...snapshot, discount: input.discount?.duration === "FOREVER" ? input.discount : null };
    await createOnce(this.db, {
      data: { id: subscriptionId, kind: "subscription", data: stored as unknown as Prisma.InputJsonValue },
    });
    const price = await this.prices(input.planSlug, input.interval);
    await this.invoice(customerId, subscriptionId, discounted(price, input.discount ?? null), "paid", `tin_${ref}`);
    // Fixed event ids: a repeat is a duplicate the handler skips, or reprocesses if it failed.
    await this.emit("customer.subscription.created", subscriptionId, `tevt_${ref}_created`);
    await this.emit("invoice.paid", subscriptionId, `tevt_${ref}_paid`);
    return { subscriptionId, customerId };
  }

  async changePlan(id: string, planSlug: string, interval: BillingInterval) {
    await this.updateSubscription(id, () => ({ planSlug, interval }));
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
    const sub = await this.retrieveSubscription(id);
    if (!sub) throw new DomainError("NOT_FOUND", "No such subscription at the provider.");
    const row = await this.object(id);
    const discount = ((row?.data as Record<string, unknown> | undefined)?.discount ?? null) as Discount | null;
    await this.invoice(sub.customerId, id, discounted(await this.prices(sub.planSlug, sub.interval), discount), "open");
    await this.updateSubscription(
      id,
      (s) => ({ status: "PAST_DUE", pastDueSince: s.pastDueSince ?? new Date() }),
      "invoice.payment_failed",
    );
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
        await this.db.testProviderObject.update({ where: { id: inv.id }, data: { data: { ...d, status: "paid" } } });
    }
    const subs = await this.db.testProviderObject.findMany({ where: { kind: "subscription" } });
    for (const sub of subs) {
      const d = sub.data as Record<string, unknown>;
      if (d.customerId === customerId && d.status === "PAST_DUE")
        await this.updateSubscription(sub.id, () => ({ status: "ACTIVE", pastDueSince: null }), "invoice.paid");
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
