import { recordAudit } from "../audit/service";
import type { Prisma } from "../generated/prisma/client";
import { syncInvoices } from "../invoices/record";
import type { Db } from "../platform/db";
import { logger } from "../platform/logger";
import { fillActiveSlots } from "../requests/activation";
import { emitWebhookEvent } from "../webhooks/service";
import { announceSubscriptionChange, announceTrialEnding } from "./notices";
import {
  type ProviderEvent,
  type ProviderState,
  SUBSCRIPTION_EVENT_TYPES,
  type SubscriptionSnapshot,
} from "./provider";

export type EventOutcome = "processed" | "duplicate" | "ignored" | "failed";

function snapshotData(s: SubscriptionSnapshot) {
  return {
    provider: s.provider,
    providerCustomerId: s.customerId,
    providerSubscriptionId: s.subscriptionId,
    planSlug: s.planSlug,
    interval: s.interval,
    priceCents: s.priceCents,
    currency: s.currency,
    status: s.status,
    currentPeriodStart: s.currentPeriodStart,
    currentPeriodEnd: s.currentPeriodEnd,
    cancelAtPeriodEnd: s.cancelAtPeriodEnd,
    pausedAt: s.pausedAt,
    pausedRemainingSeconds: s.pausedRemainingSeconds,
    pastDueSince: s.pastDueSince,
    canceledAt: s.canceledAt,
    scheduledPlanSlug: s.scheduledChange?.planSlug ?? null,
    scheduledInterval: s.scheduledChange?.interval ?? null,
    scheduledPriceCents: s.scheduledChange?.priceCents ?? null,
    providerVersion: BigInt(s.version),
  } satisfies Prisma.SubscriptionUncheckedUpdateInput;
}

/**
 * Writes a snapshot unless a newer version of the same subscription is already stored: whatever
 * order reads finish in, the stored state only moves forward. A workspace's new subscription
 * replaces a canceled one.
 */
export async function applySnapshot(
  db: Db,
  snapshot: SubscriptionSnapshot,
): Promise<"created" | "updated" | "stale" | "unknown-workspace"> {
  const before = await db.subscription.findUnique({
    where: { workspaceId: snapshot.workspaceId },
    select: {
      providerSubscriptionId: true,
      status: true,
      planSlug: true,
      interval: true,
      cancelAtPeriodEnd: true,
      scheduledPlanSlug: true,
      scheduledInterval: true,
    },
  });
  const result = await writeSnapshot(db, snapshot);
  if (result === "created" || result === "updated") {
    // A subscription that starts, resumes, recovers or gains slots lets queued requests start.
    await fillActiveSlots(db, snapshot.workspaceId);
    await announceSubscriptionChange(db, before, snapshot);
  }
  return result;
}

async function writeSnapshot(
  db: Db,
  snapshot: SubscriptionSnapshot,
): Promise<"created" | "updated" | "stale" | "unknown-workspace"> {
  const workspace = await db.workspace.findUnique({ where: { id: snapshot.workspaceId }, select: { id: true } });
  if (!workspace) return "unknown-workspace";
  const data = snapshotData(snapshot);
  const newer = await db.subscription.updateMany({
    where: { providerSubscriptionId: snapshot.subscriptionId, providerVersion: { lt: data.providerVersion } },
    data,
  });
  if (newer.count === 1) return "updated";
  if (
    await db.subscription.findUnique({
      where: { providerSubscriptionId: snapshot.subscriptionId },
      select: { id: true },
    })
  )
    return "stale";
  const replaced = await db.subscription.updateMany({
    where: { workspaceId: snapshot.workspaceId, status: "CANCELED" },
    data,
  });
  if (replaced.count === 1) return "updated";
  try {
    await db.subscription.create({ data: { ...data, workspaceId: snapshot.workspaceId } });
    return "created";
  } catch (error) {
    // Another reader created it at the same moment: retry once as an update.
    if ((error as { code?: string }).code !== "P2002") throw error;
    const retry = await db.subscription.updateMany({
      where: { providerSubscriptionId: snapshot.subscriptionId, providerVersion: { lt: data.providerVersion } },
      data,
    });
    return retry.count === 1 ? "updated" : "stale";
  }
}

/**
 * Stores the event once by its provider id, then re-reads the subscription it names from the
 * provider and applies that. A duplicate of a processed event changes nothing; a duplicate of an
 * event whose processing failed is processed again. Unknown types are stored and ignored.
 */
export async function handleProviderEvent(
  db: Db,
  provider: ProviderState,
  event: ProviderEvent,
): Promise<EventOutcome> {
  let row: { id: string; processedAt: Date | null; attempts: number };
  try {
    row = await db.billingEvent.create({
      data: {
        provider: provider.name,
        eventId: event.id,
        type: event.type,
        objectId: event.subscriptionId,
        payload: event.payload as Prisma.InputJsonValue,
      },
      select: { id: true, processedAt: true, attempts: true },
    });
  } catch (error) {
    if ((error as { code?: string }).code !== "P2002") throw error;
    row = await db.billingEvent.findUniqueOrThrow({
      where: { provider_eventId: { provider: provider.name, eventId: event.id } },
      select: { id: true, processedAt: true, attempts: true },
    });
    if (row.processedAt) return "duplicate";
  }
  if (!SUBSCRIPTION_EVENT_TYPES.has(event.type) || !event.subscriptionId) {
    await db.billingEvent.update({ where: { id: row.id }, data: { processedAt: new Date() } });
    return "ignored";
  }
  try {
    const snapshot = await provider.retrieveSubscription(event.subscriptionId);
    const result = snapshot ? await applySnapshot(db, snapshot) : "unknown-workspace";
    // Stripe says a trial ends in three days; the event itself is the news (nothing else changed).
    if (snapshot && result !== "unknown-workspace" && event.type === "customer.subscription.trial_will_end")
      await announceTrialEnding(db, snapshot);
    if (snapshot && result !== "unknown-workspace" && event.type.startsWith("invoice."))
      await syncInvoices(db, provider, snapshot);
    await db.billingEvent.update({
      where: { id: row.id },
      data: {
        processedAt: new Date(),
        attempts: { increment: 1 },
        lastError: result === "unknown-workspace" ? "No workspace for this subscription; ignored." : null,
      },
    });
    if (snapshot && (result === "created" || result === "updated")) {
      await recordAudit(db, {
        action: "billing.subscription_synced",
        workspaceId: snapshot.workspaceId,
        target: { type: "subscription", id: snapshot.subscriptionId },
        metadata: {
          source: `provider:${provider.name}`,
          event: event.type,
          status: snapshot.status,
          plan: snapshot.planSlug,
        },
      });
      await emitWebhookEvent(db, "subscription.updated", snapshot.workspaceId, {
        subscriptionId: snapshot.subscriptionId,
        status: snapshot.status,
        planSlug: snapshot.planSlug,
      });
    }
    if (
      snapshot &&
      result !== "unknown-workspace" &&
      (event.type === "invoice.paid" || event.type === "invoice.payment_failed")
    )
      await emitWebhookEvent(db, event.type, snapshot.workspaceId, { subscriptionId: snapshot.subscriptionId });
    return result === "unknown-workspace" ? "ignored" : "processed";
  } catch (error) {
    // Nothing was half-applied (one conditional write); the event stays unprocessed for a retry.
    const message = error instanceof Error ? error.message : String(error);
    logger.warn({ eventId: event.id, err: message }, "billing event processing failed");
    await db.billingEvent.update({
      where: { id: row.id },
      data: { attempts: { increment: 1 }, lastError: message.slice(0, 500) },
    });
    return "failed";
  }
}

/** Re-reads the customer's invoices from the provider (server/invoices/record.ts). */
export { syncInvoices } from "../invoices/record";
