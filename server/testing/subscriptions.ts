import type { SubscriptionStatus } from "../generated/prisma/enums";
import type { Db } from "../platform/db";

/** A workspace's subscription as the billing sync would have stored it (test provider, monthly). */
export function subscribe(
  db: Db,
  workspaceId: string,
  options: { plan?: string; status?: SubscriptionStatus; priceCents?: number } = {},
) {
  const now = new Date();
  return db.subscription.create({
    data: {
      workspaceId,
      provider: "test",
      providerCustomerId: `cus_${workspaceId}`,
      providerSubscriptionId: `sub_${workspaceId}`,
      planSlug: options.plan ?? "starter",
      interval: "MONTH",
      // The seeded list prices (prisma/seed-content/plans.ts): what the subscription was sold at.
      priceCents: options.priceCents ?? 249_500,
      status: options.status ?? "ACTIVE",
      currentPeriodStart: now,
      currentPeriodEnd: new Date(now.getTime() + 30 * 86_400_000),
      providerVersion: 1n,
      pastDueSince: options.status === "PAST_DUE" ? new Date(now.getTime() - 30 * 86_400_000) : null,
    },
  });
}
