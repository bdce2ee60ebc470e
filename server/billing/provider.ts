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
  status: SubscriptionStatus;
  currentPeriodStart: Date;
  currentPeriodEnd: Date;
  cancelAtPeriodEnd: boolean;
  pausedAt: Date | null;
  pausedRemainingSeconds: number | null;
  pastDueSince: Date | null;
  canceledAt: Date | null;
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

export interface InvoiceSnapshot {
  id: string;
  number: string;
  amountCents: number;
  currency: string;
  status: "paid" | "open" | "void" | "uncollectible";
  hostedUrl: string | null;
  issuedAt: Date;
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
  changePlan(subscriptionId: string, planSlug: string, interval: BillingInterval): Promise<void>;
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
  "invoice.paid",
  "invoice.payment_failed",
]);

/** What event processing needs from a provider: to re-read state. */
export type ProviderState = Pick<BillingProvider, "name" | "retrieveSubscription" | "listInvoices">;
