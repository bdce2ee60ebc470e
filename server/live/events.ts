/**
 * What a live stream carries: which thing changed, never its content. Browsers refetch through
 * tRPC, so what a person may read is still decided by the procedures.
 */
export type RequestChange =
  /** A comment (or internal note) was added: the conversation. */
  | "comment"
  /** The request moved: created, started, delivered, sent back, approved, canceled. */
  | "status"
  /** Someone else is on it now. */
  | "assigned"
  /** The client reordered the workspace's queue. */
  | "queue";

export type LiveEvent =
  /** The recipient's notifications changed (a new one, or some were read in another tab). */
  | { kind: "notifications" }
  | { kind: "request"; change: RequestChange; workspaceId: string; requestId: string | null }
  /** This instance may have missed events (Redis came back): refetch what is on screen. */
  | { kind: "resync" };

/**
 * Who may hear an event. A stream listens to its person (`user:<id>`), each workspace they are a
 * member of (`workspace:<id>`), and `staff` when they are on the studio's staff.
 */
export type LiveTopic = `user:${string}` | `workspace:${string}` | "staff";

export interface LiveEnvelope {
  topics: LiveTopic[];
  event: LiveEvent;
}

const changes = new Set<string>(["comment", "status", "assigned", "queue"]);
const isTopic = (t: unknown): t is LiveTopic =>
  typeof t === "string" && (t === "staff" || /^(user|workspace):[\w-]{1,64}$/.test(t));
const isId = (v: unknown): v is string => typeof v === "string" && /^[\w-]{1,64}$/.test(v);

/** Reads an envelope from the wire (Redis), refusing anything that is not exactly one of ours. */
export function parseEnvelope(raw: string): LiveEnvelope | null {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof value !== "object" || value === null) return null;
  const { topics, event } = value as { topics?: unknown; event?: Record<string, unknown> };
  if (!Array.isArray(topics) || !topics.every(isTopic) || typeof event !== "object" || event === null) return null;
  if (event.kind === "notifications" || event.kind === "resync") return { topics, event: { kind: event.kind } };
  if (
    event.kind === "request" &&
    typeof event.change === "string" &&
    changes.has(event.change) &&
    isId(event.workspaceId) &&
    (event.requestId === null || isId(event.requestId))
  ) {
    return {
      topics,
      event: {
        kind: "request",
        change: event.change as RequestChange,
        workspaceId: event.workspaceId,
        requestId: event.requestId,
      },
    };
  }
  return null;
}
