import { canStartNewWork } from "../billing/state";
import { serverEnv } from "../env";
import { notifySafely } from "../notifications/service";
import type { Db } from "../platform/db";
import { announceTransition } from "./events";

/** Requests that hold one of the plan's slots: being worked on, with the client, or in revision. */
export const IN_FLIGHT = ["ACTIVE", "IN_REVIEW", "REVISION"] as const;

/**
 * The one place the plan limit lives: a workspace has at most N requests in flight, N from its
 * plan, and new ones start only while its subscription allows new work. A request keeps its slot
 * from activation until it is approved or canceled; queued requests fill free slots in order. The
 * workspace row is locked for the duration, so two activations running at once — a client
 * approving while another cancels — can never exceed N.
 */
export async function fillActiveSlots(db: Db, workspaceId: string, now = new Date()): Promise<string[]> {
  const started = await activate(db, workspaceId, now);
  // Announced once the transaction has committed (and outside the workspace lock).
  for (const requestId of started) {
    await notifySafely(db, { kind: "status", requestId, actorId: null, from: "QUEUED", to: "ACTIVE" });
    await announceTransition(db, requestId, "QUEUED", "ACTIVE");
  }
  return started;
}

function activate(db: Db, workspaceId: string, now: Date): Promise<string[]> {
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Workspace" WHERE id = ${workspaceId} FOR UPDATE`;
    const subscription = await tx.subscription.findUnique({
      where: { workspaceId },
      select: { status: true, pastDueSince: true, planSlug: true },
    });
    if (!canStartNewWork(subscription, now, serverEnv().BILLING_GRACE_DAYS)) return [];
    const plan = await tx.plan.findUnique({
      where: { slug: subscription?.planSlug ?? "" },
      select: { activeRequestLimit: true },
    });
    const inFlight = await tx.designRequest.count({ where: { workspaceId, status: { in: [...IN_FLIGHT] } } });
    const free = (plan?.activeRequestLimit ?? 0) - inFlight;
    if (free <= 0) return [];
    const next = await tx.designRequest.findMany({
      where: { workspaceId, status: "QUEUED" },
      orderBy: [{ position: "asc" }, { createdAt: "asc" }],
      take: free,
      select: { id: true },
    });
    for (const request of next) {
      await tx.designRequest.update({ where: { id: request.id }, data: { status: "ACTIVE", activatedAt: now } });
      await tx.requestStatusChange.create({
        data: { requestId: request.id, workspaceId, fromStatus: "QUEUED", toStatus: "ACTIVE" },
      });
    }
    return next.map((r) => r.id);
  });
}
