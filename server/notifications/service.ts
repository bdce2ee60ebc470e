import { serverEnv } from "../env";
import type { NotificationKind, RequestStatus } from "../generated/prisma/enums";
import { publishNotifications } from "../live/publish";
import { emailWrites } from "../mail/outbox";
import type { Db } from "../platform/db";
import { logger } from "../platform/logger";
import { layoutEmail, type OutgoingEmail } from "../platform/mailer";

/** Something that happened on a design request that people may want to hear about. */
export type RequestEvent =
  | {
      kind: "status";
      requestId: string;
      actorId: string | null;
      from: RequestStatus | null;
      to: RequestStatus;
      note?: string;
    }
  | { kind: "comment"; requestId: string; actorId: string; isInternal: boolean; body: string }
  | { kind: "deliverable"; requestId: string; actorId: string; version: number; note?: string | null };

export const notificationKinds: { kind: NotificationKind; label: string; description: string }[] = [
  {
    kind: "REQUEST_STATUS",
    label: "Request status",
    description: "A request starts, is approved, sent back for a revision or canceled.",
  },
  { kind: "REQUEST_COMMENT", label: "Comments", description: "Someone comments on a request you follow." },
  { kind: "REQUEST_DELIVERABLE", label: "Deliverables", description: "A new version is ready for review." },
];

const kindOf = { status: "REQUEST_STATUS", comment: "REQUEST_COMMENT", deliverable: "REQUEST_DELIVERABLE" } as const;

const excerpt = (text: string, max = 240) => {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

type Audience = "client" | "staff";

/**
 * What each event says, and to whom. Clients hear about their workspace's requests; staff hear
 * through the assignee (everyone on the team while nobody is assigned). Internal notes never go
 * to clients. Returns null when the event is not worth a notification for that audience.
 */
/** Status changes with nothing of their own to say; checked before any query is made. */
function isAnnounced(event: RequestEvent) {
  if (event.kind !== "status") return true;
  // Creation is the creator's own act; IN_REVIEW is announced by the deliverable; back to ACTIVE
  // after a revision by the revision.
  return !(event.to === "QUEUED" || event.to === "IN_REVIEW" || (event.to === "ACTIVE" && event.from === "REVISION"));
}

function message(
  event: RequestEvent,
  title: string,
  audience: Audience,
  authorName: string,
  assigneeName: string | null = null,
): { title: string; body: string } | null {
  const quoted = `“${title}”`;
  if (event.kind === "comment") {
    if (event.isInternal && audience === "client") return null;
    return {
      title: `${event.isInternal ? "Internal note" : "New comment"} on ${quoted}`,
      body: `${authorName}: ${excerpt(event.body)}`,
    };
  }
  if (event.kind === "deliverable") {
    return audience === "client"
      ? {
          title: `Version ${event.version} of ${quoted} is ready for your review`,
          body: `${event.note ? `${excerpt(event.note)} — ` : ""}Download it, then approve it or ask for a revision.`,
        }
      : { title: `Version ${event.version} of ${quoted} was delivered`, body: `Delivered by ${authorName}.` };
  }
  switch (event.to) {
    case "ACTIVE":
      return audience === "client"
        ? {
            title: assigneeName ? `Work has started on ${quoted}` : `${quoted} is starting — waiting for a designer`,
            // Names the designer only when one is assigned: it never claims someone is on it.
            body: assigneeName
              ? `${assigneeName} is your designer on it. You will hear from us when it is ready.`
              : "It is next in line; we will tell you as soon as a designer picks it up.",
          }
        : { title: `${quoted} is ready to start`, body: "It holds one of the client's active slots." };
    case "REVISION":
      return {
        title: `Revision requested on ${quoted}`,
        body: event.note ? `${authorName}: ${excerpt(event.note)}` : `${authorName} asked for changes.`,
      };
    case "DONE":
      return {
        title: `${quoted} is approved`,
        body: `${authorName} approved the latest version. The request is done.`,
      };
    case "CANCELED":
      return { title: `${quoted} was canceled`, body: `Canceled by ${authorName}.` };
    default:
      return null;
  }
}

/**
 * Writes the in-app notifications and queues the emails for one event, honouring each person's
 * preferences (no row = both on). The person who caused the event hears nothing. Emails go
 * through the outbox: stored here, sent by the job runner, retried if SMTP fails.
 */
export async function notifyRequestEvent(db: Db, event: RequestEvent): Promise<{ notified: number; emailed: number }> {
  const planned = await planNotifications(db, event);
  await db.$transaction(notificationWrites(db, planned));
  await announceNotifications(planned);
  return { notified: planned.inApp.length, emailed: planned.emails.length };
}

export interface PlannedNotifications {
  inApp: { userId: string; kind: NotificationKind; title: string; body: string; href: string; requestId: string }[];
  emails: OutgoingEmail[];
}
const nothing: PlannedNotifications = { inApp: [], emails: [] };

/** The rows to write for one event (reads only), so a change can commit them with itself. */
export async function planNotifications(db: Db, event: RequestEvent): Promise<PlannedNotifications> {
  if (!isAnnounced(event)) return nothing;
  const request = await db.designRequest.findUnique({
    where: { id: event.requestId },
    select: { title: true, workspaceId: true, assigneeId: true },
  });
  if (!request) return nothing;
  const [members, staff, actor] = await Promise.all([
    db.membership.findMany({
      where: { workspaceId: request.workspaceId },
      select: { user: { select: { id: true, email: true } } },
    }),
    db.user.findMany({
      where: request.assigneeId ? { id: request.assigneeId, staffRole: { not: null } } : { staffRole: { not: null } },
      select: { id: true, email: true },
      take: 100,
    }),
    event.actorId
      ? db.user.findUnique({ where: { id: event.actorId }, select: { name: true, email: true } })
      : Promise.resolve(null),
  ]);
  const authorName = actor ? (actor.name ?? actor.email) : "Atelier";
  const assignee =
    event.kind === "status" && event.to === "ACTIVE" && request.assigneeId
      ? await db.user.findFirst({
          where: { id: request.assigneeId, staffRole: { not: null } },
          select: { name: true, email: true },
        })
      : null;
  const assigneeName = assignee ? (assignee.name ?? assignee.email) : null;
  const kind = kindOf[event.kind];
  const appUrl = serverEnv().APP_URL.replace(/\/$/, "");

  const recipients = new Map<string, { email: string; audience: Audience }>();
  for (const s of staff) recipients.set(s.id, { email: s.email, audience: "staff" });
  // A person who is both staff and a member of the workspace reads it as the client would.
  for (const m of members) recipients.set(m.user.id, { email: m.user.email, audience: "client" });
  if (event.actorId) recipients.delete(event.actorId);
  if (recipients.size === 0) return nothing;

  const preferences = await db.notificationPreference.findMany({
    where: { userId: { in: [...recipients.keys()] }, kind },
    select: { userId: true, inApp: true, email: true },
  });
  const prefOf = new Map(preferences.map((p) => [p.userId, p]));

  const inApp: PlannedNotifications["inApp"] = [];
  const emails: OutgoingEmail[] = [];
  for (const [userId, { email, audience }] of recipients) {
    const text = message(event, request.title, audience, authorName, assigneeName);
    if (!text) continue;
    const href = audience === "client" ? `/portal/requests/${event.requestId}` : `/admin/requests/${event.requestId}`;
    const pref = prefOf.get(userId);
    if (pref?.inApp ?? true) inApp.push({ userId, kind, ...text, href, requestId: event.requestId });
    if (pref?.email ?? true) {
      emails.push(
        await layoutEmail({
          to: email,
          subject: text.title,
          kind: `request-${event.kind}`,
          paragraphs: [text.body, "You can choose which emails you get on your Notifications page."],
          action: { label: "Open the request", url: `${appUrl}${href}` },
        }),
      );
    }
  }
  return { inApp, emails };
}

/** The writes for planned notifications, to run in the caller's transaction. */
export function notificationWrites(db: Db, planned: PlannedNotifications) {
  return [db.notification.createMany({ data: planned.inApp }), ...emailWrites(db, planned.emails).writes];
}

/** After the notifications have committed: each recipient's bell refreshes (server/live/). */
export async function announceNotifications(planned: PlannedNotifications) {
  await publishNotifications(planned.inApp.map((n) => n.userId));
}

/** Planning reads only; if it fails, the change goes ahead without notifications (logged). */
export async function planNotificationsSafely(db: Db, event: RequestEvent): Promise<PlannedNotifications> {
  try {
    return await planNotifications(db, event);
  } catch (error) {
    logger.warn({ err: error, requestId: event.requestId, event: event.kind }, "notification failed");
    return nothing;
  }
}

/**
 * Notifications follow a change that has already happened: if writing them fails the change
 * still stands, so the failure is logged instead of turning a done change into an error.
 */
export async function notifySafely(db: Db, event: RequestEvent) {
  try {
    await notifyRequestEvent(db, event);
  } catch (error) {
    logger.warn({ err: error, requestId: event.requestId, event: event.kind }, "notification failed");
  }
}

export async function listNotifications(db: Db, userId: string, input: { cursor?: string | null; limit: number }) {
  const rows = await db.notification.findMany({
    where: { userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: input.limit + 1,
    ...(input.cursor && { cursor: { id: input.cursor }, skip: 1 }),
    select: { id: true, kind: true, title: true, body: true, href: true, readAt: true, createdAt: true },
  });
  const unread = await db.notification.count({ where: { userId, readAt: null } });
  return {
    items: rows.slice(0, input.limit),
    nextCursor: rows.length > input.limit ? (rows[input.limit - 1]?.id ?? null) : null,
    unread,
  };
}

export const unreadCount = async (db: Db, userId: string) => ({
  count: await db.notification.count({ where: { userId, readAt: null } }),
});

/**
 * Marks notifications read — only ever the caller's own: the given ones, those about one request
 * (opening a request reads what was said about it), or all of them.
 */
export async function markRead(db: Db, userId: string, which: { ids: string[] } | { requestId: string } | "all") {
  const { count } = await db.notification.updateMany({
    where: {
      userId,
      readAt: null,
      ...(which !== "all" && ("ids" in which ? { id: { in: which.ids } } : { requestId: which.requestId })),
    },
    data: { readAt: new Date() },
  });
  // The person's other windows lower their count too.
  if (count) await publishNotifications([userId]);
  return { marked: count };
}

export async function getPreferences(db: Db, userId: string) {
  const rows = await db.notificationPreference.findMany({ where: { userId } });
  return notificationKinds.map((k) => {
    const row = rows.find((r) => r.kind === k.kind);
    return { ...k, inApp: row?.inApp ?? true, email: row?.email ?? true };
  });
}

export function setPreference(
  db: Db,
  userId: string,
  input: { kind: NotificationKind; inApp: boolean; email: boolean },
) {
  return db.notificationPreference.upsert({
    where: { userId_kind: { userId, kind: input.kind } },
    create: { userId, ...input },
    update: { inApp: input.inApp, email: input.email },
    select: { kind: true, inApp: true, email: true },
  });
}
