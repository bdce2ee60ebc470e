import { canStartNewWork } from "../billing/state";
import { serverEnv } from "../env";
import { publishRequestChange } from "../live/publish";
import { notifySafely } from "../notifications/service";
import type { Db } from "../platform/db";
import { announceTransition } from "./events";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

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
    await publishRequestChange({ change: "status", workspaceId, requestId });
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
    const everStarted = await tx.designRequest.count({ where: { workspaceId, activatedAt: { not: null } } });
    for (const [index, request] of next.entries()) {
      const assigneeId = await designerFor(tx, workspaceId, everStarted === 0 && index === 0);
      await tx.designRequest.update({
        where: { id: request.id },
        data: { status: "ACTIVE", activatedAt: now, assigneeId },
      });
      await tx.requestStatusChange.create({
        data: { requestId: request.id, workspaceId, fromStatus: "QUEUED", toStatus: "ACTIVE" },
      });
    }
    return next.map((r) => r.id);
  });
}

/**
 * Who works on a request that starts (docs/ARCHITECTURE.md, "Assignment"): the client's first
 * request goes to the designer who made their free hero redesign, as /pricing promises, while
 * that person is still on the studio's staff; any other request goes to the designer with the
 * fewest requests in flight (ties: who joined first), admins only when the studio has no
 * designers; with no staff at all it stays unassigned and shows "Starting — waiting for a designer".
 */
async function designerFor(tx: Tx, workspaceId: string, isFirstRequest: boolean): Promise<string | null> {
  if (isFirstRequest) {
    const lead = await tx.lead.findFirst({
      where: { workspaceId, heroRedesign: { status: "DELIVERED", designerId: { not: null } } },
      orderBy: { wonAt: "desc" },
      select: { heroRedesign: { select: { designerId: true } } },
    });
    const heroDesignerId = lead?.heroRedesign?.designerId;
    if (heroDesignerId) {
      const designer = await tx.user.findFirst({
        where: { id: heroDesignerId, staffRole: { not: null } },
        select: { id: true },
      });
      if (designer) return designer.id;
    }
  }
  const [leastBusy] = await tx.$queryRaw<{ id: string }[]>`
    SELECT u.id FROM "User" u
    LEFT JOIN "DesignRequest" r ON r."assigneeId" = u.id AND r.status IN ('ACTIVE', 'IN_REVIEW', 'REVISION')
    WHERE u."staffRole" IS NOT NULL
    GROUP BY u.id, u."staffRole", u."createdAt"
    ORDER BY (u."staffRole" = 'DESIGNER') DESC, count(r.id) ASC, u."createdAt" ASC, u.id ASC
    LIMIT 1`;
  return leastBusy?.id ?? null;
}
