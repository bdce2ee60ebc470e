import type { BillingInterval, SubscriptionStatus } from "../generated/prisma/enums";

/** A subscription as the billing provider knows it right now. */
export interface SubscriptionSnapshot {
  provider: string;
  customerId: string;
  subscriptionId: string;
  /** Our workspace, from the metadata we attach at checkout. */
  workspaceId: string;
  planSlug: string;
  interval: BillingInterval;
  /** What the provider bills each period for this subscription (not the plan's list price now). */
  priceCents: number;
  currency: string;
  status: SubscriptionStatus;
  currentPeriodStart: Date;
  currentPeriodEnd: Date;
  cancelAtPeriodEnd: boolean;
  pausedAt: Date | null;
  pausedRemainingSeconds: number | null;
  pastDueSince: Date | null;
  canceledAt: Date | null;
  /** A downgrade that takes effect at the end of the period. */
  scheduledChange?: { planSlug: string; interval: BillingInterval; priceCents?: number | null } | null;
  /** Increases with every change of the provider's object; used to ignore stale reads. */
  version: number;
}

/** What a webhook tells us: only which object changed. The state itself is re-read. */
export interface ProviderEvent {
  id: string;
  type: string;
  subscriptionId: string | null;
  payload: unknown;
}

export interface InvoiceLine {
  kind: "plan" | "proration" | "discount";
  description: string;
  amountCents: number;
  periodStart?: Date | null;
  periodEnd?: Date | null;
}

export interface InvoiceSnapshot {
  id: string;
  number: string;
  /** What was charged (or is due): lines + tax. */
  amountCents: number;
  currency: string;
  status: "paid" | "open" | "void" | "uncollectible";
  hostedUrl: string | null;
  issuedAt: Date;
  /** The subscription it bills, when the provider says. */
  subscriptionId?: string | null;
  lines?: InvoiceLine[];
  taxCents?: number;
  periodStart?: Date | null;
  periodEnd?: Date | null;
  /** Stripe's own PDF. */
  pdfUrl?: string | null;
  /** When the provider tries a failed payment again. */
  nextAttemptAt?: Date | null;
  refundedCents?: number;
  /** Why the price differs from last time, e.g. a coupon that ended. */
  notes?: string[];
  /** A once-only coupon on this invoice: the next renewal is at the full price (an email says so). */
  endingCoupon?: string | null;
}

/** What a plan change costs, computed from our records (both providers prorate by the second). */
export interface PlanChangeRequest {
  planSlug: string;
  interval: BillingInterval;
  /** "now": prorated and invoiced at once; "period_end": the next renewal uses the new plan. */
  when: "now" | "period_end";
  /** The moment the preview was computed; the provider prorates as of then. */
  prorationDate: Date;
}

export interface CheckoutRequest {
  checkoutId: string;
  workspaceId: string;
  email: string;
  planSlug: string;
  interval: BillingInterval;
  appUrl: string;
}

/** One interface, two implementations: the built-in test provider and Stripe. */
export interface BillingProvider {
  readonly name: string;
  retrieveSubscription(subscriptionId: string): Promise<SubscriptionSnapshot | null>;
  listInvoices(customerId: string): Promise<InvoiceSnapshot[]>;
  createCheckout(request: CheckoutRequest): Promise<{ sessionId: string; url: string }>;
  changePlan(subscriptionId: string, change: PlanChangeRequest): Promise<void>;
  /** Refunds (part of) a paid invoice; the provider's credit note id when it makes one. */
  refund(invoiceId: string, amountCents: number, reason: string): Promise<{ creditNoteId: string | null }>;
  setCancelAtPeriodEnd(subscriptionId: string, cancel: boolean): Promise<void>;
  pause(subscriptionId: string): Promise<void>;
  resume(subscriptionId: string): Promise<void>;
  /** Where the customer updates their payment method. */
  paymentMethodUrl(customerId: string, returnUrl: string): Promise<string>;
}

/** Event types that can change a subscription; anything else is stored and ignored. */
export const SUBSCRIPTION_EVENT_TYPES = new Set([
  "checkout.session.completed",
  "customer.subscription.created",
  "customer.subscription.updated",
  "customer.subscription.deleted",
  "customer.subscription.paused",
  "customer.subscription.resumed",
  "customer.subscription.trial_will_end",
  "invoice.paid",
  "invoice.payment_failed",
]);

/** What event processing needs from a provider: to re-read state. */
export type ProviderState = Pick<BillingProvider, "name" | "retrieveSubscription" | "listInvoices">;
