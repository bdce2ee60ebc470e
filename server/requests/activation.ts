import { canStartNewWork } from "../billing/state";
import { serverEnv } from "../env";
import type { Db } from "../platform/db";

/**
 * The one place the plan limit lives: a workspace has at most N requests ACTIVE, N from its plan,
 * and only while its subscription allows new work. Queued requests (revisions first, then queue
 * order) fill free slots. The workspace row is locked for the duration, so two activations running
 * at once — two designers delivering, a client reordering — can never exceed N.
 */
export async function fillActiveSlots(db: Db, workspaceId: string, now = new Date()): Promise<string[]> {
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
    const active = await tx.designRequest.count({ where: { workspaceId, status: "ACTIVE" } });
    const free = (plan?.activeRequestLimit ?? 0) - active;
    if (free <= 0) return [];
    const next = await tx.designRequest.findMany({
      where: { workspaceId, status: { in: ["REVISION", "QUEUED"] } },
      orderBy: [{ status: "desc" }, { position: "asc" }, { createdAt: "asc" }],
      take: free,
      select: { id: true, status: true },
    });
    for (const request of next) {
      await tx.designRequest.update({
        where: { id: request.id },
        data: { status: "ACTIVE", activatedAt: request.status === "QUEUED" ? now : undefined },
      });
      await tx.requestStatusChange.create({
        data: { requestId: request.id, fromStatus: request.status, toStatus: "ACTIVE" },
      });
    }
    return next.map((r) => r.id);
  });
}
