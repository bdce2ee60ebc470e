import type { SessionUser } from "../accounts/session";
import { sessionTokenFrom } from "../accounts/session";
import { isDatabaseUnavailable } from "../errors";
import { type Db, db as defaultDb } from "../platform/db";
import { logger } from "../platform/logger";
import { type LiveBus, liveBus } from "./bus";
import type { LiveEvent, LiveTopic } from "./events";

/** Timings and limits of a stream; tests shorten them. */
export interface LiveStreamLimits {
  /** A comment line this often, so proxies and load balancers keep an idle stream open. */
  heartbeatMs: number;
  /** How often the session and the person's memberships are read again. */
  recheckMs: number;
  /** A stream ends after this long and the browser opens a new one (serverless time limits, fresh topics). */
  maxLifetimeMs: number;
  /** Streams one person may hold open on one instance; more are refused (the browser polls instead). */
  maxStreamsPerUser: number;
}

export const defaultLiveLimits: LiveStreamLimits = {
  heartbeatMs: 20_000,
  recheckMs: 30_000,
  maxLifetimeMs: 4 * 60_000,
  maxStreamsPerUser: 5,
};

export interface LiveStreamOptions {
  /** The signed-in session: the same helper the tRPC context uses (tests pass their own). */
  getSession: () => Promise<{ user: SessionUser; expires: string } | null>;
  db?: Db;
  bus?: LiveBus;
  limits?: Partial<LiveStreamLimits>;
}

type Closer = (reason?: "renew" | "signed-out") => void;
const globalForStreams = globalThis as unknown as {
  atelierLiveStreams?: Map<string, number>;
  atelierLiveClosers?: Set<Closer>;
  atelierLiveShutdownHook?: boolean;
};
globalForStreams.atelierLiveStreams ??= new Map<string, number>();
globalForStreams.atelierLiveClosers ??= new Set<Closer>();
const openStreams = globalForStreams.atelierLiveStreams;
const closers = globalForStreams.atelierLiveClosers;
/** Each open stream's request signal, held strongly while the stream is open (see handleLiveStream). */
const keepAlive = new Map<Closer, AbortSignal | undefined>();

/**
 * Ends every stream this instance holds, telling browsers to reconnect at once (to another
 * instance when this one is draining). Without it a draining server would wait minutes for them.
 */
export function endAllLiveStreams() {
  for (const close of [...closers]) close("renew");
}

/** Once per process, and only beside the server's own SIGTERM handling (never instead of it). */
function endStreamsOnShutdown() {
  if (globalForStreams.atelierLiveShutdownHook || process.listenerCount("SIGTERM") === 0) return;
  globalForStreams.atelierLiveShutdownHook = true;
  process.once("SIGTERM", endAllLiveStreams);
}

/** How many live streams this instance holds for a person (tests, metrics). */
export const liveStreamsOf = (userId: string) => openStreams.get(userId) ?? 0;

const refusal = (status: number, code: string, message: string, headers: Record<string, string> = {}) =>
  Response.json({ error: { code, message } }, { status, headers: { "Cache-Control": "no-store", ...headers } });

/**
 * What a person's stream may hear: their own notifications, each workspace they belong to, and the
 * studio's events when they are staff. Null when the session behind the stream has ended.
 */
async function audienceOf(db: Db, userId: string, sessionToken: string | null): Promise<Set<LiveTopic> | null> {
  const [session, user, memberships] = await Promise.all([
    sessionToken
      ? db.session.findUnique({ where: { sessionToken }, select: { userId: true, expires: true } })
      : Promise.resolve(undefined),
    db.user.findUnique({ where: { id: userId }, select: { staffRole: true } }),
    db.membership.findMany({ where: { userId }, select: { workspaceId: true }, take: 500 }),
  ]);
  if (!user) return null;
  // undefined: no cookie to check (a caller that proved itself otherwise); null: signed out or revoked.
  if (session === null || (session && (session.userId !== userId || session.expires <= new Date()))) return null;
  const topics = new Set<LiveTopic>([
    `user:${userId}`,
    ...memberships.map((m): LiveTopic => `workspace:${m.workspaceId}`),
  ]);
  if (user.staffRole) topics.add("staff");
  return topics;
}

/**
 * GET /api/live: a server-sent event stream of what changed for the signed-in person — event kind
 * and ids only; the browser refetches through tRPC, so the procedures still decide what it may read.
 * Browsers only: API tokens are refused (integrators have webhooks).
 */
export async function handleLiveStream(req: Request, options: LiveStreamOptions): Promise<Response> {
  const limits = { ...defaultLiveLimits, ...options.limits };
  const db = options.db ?? defaultDb();
  const bus = options.bus ?? liveBus();
  if (/^Bearer\s/i.test(req.headers.get("authorization") ?? "")) {
    return refusal(401, "UNAUTHORIZED", "Live updates are for signed-in browsers; API clients can use webhooks.");
  }
  let session: Awaited<ReturnType<LiveStreamOptions["getSession"]>>;
  let topics: Set<LiveTopic> | null;
  const sessionToken = sessionTokenFrom(req.headers);
  try {
    session = await options.getSession();
    topics = session ? await audienceOf(db, session.user.id, sessionToken) : null;
  } catch (error) {
    if (!isDatabaseUnavailable(error) && !(error instanceof Error && error.name === "DatabaseUnavailableError")) {
      logger.error({ err: error }, "live updates: could not open a stream");
      return refusal(
        500,
        "INTERNAL_SERVER_ERROR",
        "Live updates are unavailable right now; the page refreshes by itself.",
      );
    }
    return refusal(
      503,
      "SERVICE_UNAVAILABLE",
      "The service is temporarily unavailable. Please try again in a moment.",
      {
        "Retry-After": "10",
      },
    );
  }
  if (!session || !topics) return refusal(401, "UNAUTHORIZED", "Sign in to receive live updates.");
  const userId = session.user.id;
  if (liveStreamsOf(userId) >= limits.maxStreamsPerUser) {
    return refusal(
      429,
      "TOO_MANY_REQUESTS",
      `You have ${limits.maxStreamsPerUser} live windows open already; this one checks for changes every so often instead.`,
      { "Retry-After": "60" },
    );
  }
  openStreams.set(userId, liveStreamsOf(userId) + 1);
  endStreamsOnShutdown();

  const encoder = new TextEncoder();
  const timers: ReturnType<typeof setTimeout>[] = [];
  let isClosed = false;
  let controllerRef: ReadableStreamDefaultController<Uint8Array> | null = null;
  const subscription = bus.subscribe(topics, (event: LiveEvent) => send(`data: ${JSON.stringify(event)}\n\n`));

  function send(chunk: string) {
    if (isClosed || !controllerRef) return;
    try {
      controllerRef.enqueue(encoder.encode(chunk));
    } catch {
      close();
    }
  }

  function close(reason?: "renew" | "signed-out") {
    if (isClosed) return;
    if (reason) send(`event: end\ndata: ${JSON.stringify({ reason })}\n\n`);
    isClosed = true;
    closers.delete(close);
    keepAlive.delete(close);
    for (const timer of timers) clearTimeout(timer);
    subscription.unsubscribe();
    const left = liveStreamsOf(userId) - 1;
    if (left > 0) openStreams.set(userId, left);
    else openStreams.delete(userId);
    try {
      controllerRef?.close();
    } catch {
      // already closed by the other side
    }
  }

  closers.add(close);

  const expiresInMs = Date.parse(session.expires) - Date.now();
  const endsInMs = Math.max(0, Math.min(limits.maxLifetimeMs, Number.isFinite(expiresInMs) ? expiresInMs : Infinity));
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controllerRef = controller;
      // `retry` is for EventSource clients; ours reconnects with its own backoff.
      send(`retry: 5000\n: connected\n\nevent: ready\ndata: {}\n\n`);
      timers.push(setInterval(() => send(": ping\n\n"), limits.heartbeatMs));
      timers.push(
        setInterval(() => {
          audienceOf(db, userId, sessionToken).then(
            (next) => (next ? subscription.setTopics(next) : close("signed-out")),
            // The database not answering is no reason to end the stream; the next check decides.
            (error) => logger.warn({ err: error }, "live updates: could not re-check a stream's session"),
          );
        }, limits.recheckMs),
      );
      timers.push(setTimeout(() => close(expiresInMs <= limits.maxLifetimeMs ? "signed-out" : "renew"), endsInMs));
    },
    cancel() {
      close();
    },
  });
  // The request's signal follows the caller's through a weak reference (undici): unless something
  // holds it, it can be collected with the Request and its "abort" never comes — the stream would
  // stay counted until its lifetime ends. `closers` holds `close`, and `close` holds the signal.
  const signal = req.signal;
  keepAlive.set(close, signal);
  signal?.addEventListener("abort", () => close(), { once: true });
  if (signal?.aborted) close();

  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      // no-transform keeps compression (and proxies) from buffering the stream.
      "Cache-Control": "no-store, no-transform",
      "X-Accel-Buffering": "no",
    },
  });
}
