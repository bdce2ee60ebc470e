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

/** The part of a billing provider that keeps our state right (checkout and portal come with it). */
export interface BillingProvider {
  readonly name: string;
  retrieveSubscription(subscriptionId: string): Promise<SubscriptionSnapshot | null>;
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
