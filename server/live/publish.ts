import type { Db } from "../platform/db";
import { logger } from "../platform/logger";
import { liveBus } from "./bus";
import type { LiveTopic, RequestChange } from "./events";

/**
 * What domains call after a change has committed. Each says only what changed; none throws or
 * fails the change it follows (the browser also refetches on reconnect and while polling).
 */

/** These people's notification counts changed. */
export async function publishNotifications(userIds: Iterable<string>) {
  const topics = [...new Set(userIds)].map((id): LiveTopic => `user:${id}`);
  if (topics.length) await liveBus().publish({ topics, event: { kind: "notifications" } });
}

/**
 * A request (or its workspace's queue) changed. Clients of the workspace and the studio hear it;
 * an internal note reaches the staff only.
 */
export async function publishRequestChange(change: {
  change: RequestChange;
  workspaceId: string;
  requestId: string | null;
  isInternal?: boolean;
}) {
  const topics: LiveTopic[] = change.isInternal ? ["staff"] : [`workspace:${change.workspaceId}`, "staff"];
  await liveBus().publish({
    topics,
    event: { kind: "request", change: change.change, workspaceId: change.workspaceId, requestId: change.requestId },
  });
}

/** For callers that know only the request: looks up its workspace first (one indexed read). */
export async function publishRequestChangeById(db: Db, requestId: string, change: RequestChange) {
  try {
    const request = await db.designRequest.findUnique({ where: { id: requestId }, select: { workspaceId: true } });
    if (request) await publishRequestChange({ change, workspaceId: request.workspaceId, requestId });
  } catch (error) {
    logger.warn({ err: error, requestId }, "live updates: could not announce a change");
  }
}
