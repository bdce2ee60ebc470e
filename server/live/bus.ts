import Redis from "ioredis";
import { serverEnv } from "../env";
import { logger } from "../platform/logger";
import { type LiveEnvelope, type LiveEvent, type LiveTopic, parseEnvelope } from "./events";

export type LiveListener = (event: LiveEvent) => void;

/** One stream's interest: the topics it may hear, changeable while it is open (a new membership). */
export interface LiveSubscription {
  setTopics(topics: Iterable<LiveTopic>): void;
  unsubscribe(): void;
}

export interface LiveBus {
  readonly kind: "memory" | "redis";
  /** Never throws: a live update that cannot be sent is logged; the change it follows stands. */
  publish(envelope: LiveEnvelope): Promise<void>;
  subscribe(topics: Iterable<LiveTopic>, listener: LiveListener): LiveSubscription;
  /** How many streams listen on this instance (metrics, tests). */
  listenerCount(): number;
  close(): Promise<void>;
}

/** The in-process half every bus has: hands each envelope to the local streams that may hear it. */
class LocalListeners {
  private readonly entries = new Set<{ topics: Set<LiveTopic>; listener: LiveListener }>();

  add(topics: Iterable<LiveTopic>, listener: LiveListener): LiveSubscription {
    const entry = { topics: new Set(topics), listener };
    this.entries.add(entry);
    return {
      setTopics: (next) => {
        entry.topics = new Set(next);
      },
      unsubscribe: () => {
        this.entries.delete(entry);
      },
    };
  }

  dispatch(envelope: LiveEnvelope) {
    for (const entry of [...this.entries]) {
      // A resync concerns everyone; anything else only the streams holding one of its topics.
      if (envelope.event.kind !== "resync" && !envelope.topics.some((t) => entry.topics.has(t))) continue;
      try {
        entry.listener(envelope.event);
      } catch (error) {
        logger.warn({ err: error }, "live updates: a listener failed");
      }
    }
  }

  get size() {
    return this.entries.size;
  }
}

/** One instance: events go straight to this process's streams. */
export class MemoryLiveBus implements LiveBus {
  readonly kind = "memory" as const;
  private readonly local = new LocalListeners();

  async publish(envelope: LiveEnvelope) {
    if (envelope.topics.length || envelope.event.kind === "resync") this.local.dispatch(envelope);
  }

  subscribe(topics: Iterable<LiveTopic>, listener: LiveListener) {
    return this.local.add(topics, listener);
  }

  listenerCount() {
    return this.local.size;
  }

  async close() {}
}

export interface RedisLiveBusOptions {
  url: string;
  /** The pub/sub channel; tests give each run its own. */
  channel?: string;
}

/**
 * N instances: every event is published on one Redis channel and each instance hands what it
 * receives to its own streams (one subscriber connection per instance, whatever the streams).
 * An instance hears its own events back through Redis, so each stream gets every event once.
 * While Redis does not answer, events stay on the instance that made them (its own streams still
 * hear them); when the subscriber connects again, every stream is told to refetch (resync),
 * since it may have missed events meanwhile.
 */
export class RedisLiveBus implements LiveBus {
  readonly kind = "redis" as const;
  private readonly local = new LocalListeners();
  private readonly channel: string;
  private readonly publisher: Redis;
  private subscriber: Redis | null = null;
  private subscribed: Promise<void> | null = null;
  private lastWarning = 0;

  constructor(private readonly options: RedisLiveBusOptions) {
    this.channel = options.channel ?? "atelier:live";
    // The rate limiter's settings: fail fast while Redis is away rather than queueing behind it.
    this.publisher = new Redis(options.url, { maxRetriesPerRequest: 1, enableOfflineQueue: false });
    this.publisher.on("error", () => {});
  }

  async publish(envelope: LiveEnvelope) {
    try {
      await this.firstConnection();
      await this.publisher.publish(this.channel, JSON.stringify(envelope));
    } catch (error) {
      this.warn(error, "publish");
      this.local.dispatch(envelope);
    }
  }

  subscribe(topics: Iterable<LiveTopic>, listener: LiveListener) {
    void this.ready().catch(() => {});
    return this.local.add(topics, listener);
  }

  /** Resolves once this instance listens on the channel (the subscriber connects on first use). */
  ready(): Promise<void> {
    if (!this.subscriber) {
      const subscriber = new Redis(this.options.url, { maxRetriesPerRequest: null });
      this.subscriber = subscriber;
      subscriber.on("error", (error) => this.warn(error, "subscribe"));
      subscriber.on("message", (channel, raw) => {
        if (channel !== this.channel) return;
        const envelope = parseEnvelope(raw);
        if (envelope) this.local.dispatch(envelope);
      });
      let wasConnected = false;
      subscriber.on("ready", () => {
        // ioredis subscribes again by itself after a reconnect; what was said meanwhile is lost.
        if (wasConnected) this.local.dispatch({ topics: [], event: { kind: "resync" } });
        wasConnected = true;
      });
      this.subscribed = subscriber.subscribe(this.channel).then(() => undefined);
    }
    return this.subscribed as Promise<void>;
  }

  listenerCount() {
    return this.local.size;
  }

  async close() {
    this.publisher.disconnect();
    this.subscriber?.disconnect();
  }

  /** A publisher still making its first connection is waited for briefly; one that lost Redis is not. */
  private async firstConnection() {
    const status = this.publisher.status;
    if (status === "ready" || (status !== "wait" && status !== "connecting" && status !== "connect")) return;
    await new Promise<void>((resolve, reject) => {
      const onReady = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        this.publisher.off("ready", onReady);
        reject(new Error("Redis did not connect in time"));
      }, 1_000);
      this.publisher.once("ready", onReady);
    });
  }

  private warn(error: unknown, what: string) {
    if (Date.now() - this.lastWarning < 30_000) return;
    this.lastWarning = Date.now();
    logger.warn(
      { err: error },
      `live updates: Redis did not answer (${what}); streams on this instance hear only its own events meanwhile`,
    );
  }
}

const globalForLive = globalThis as unknown as { atelierLiveBus?: LiveBus };

/** This process's bus: Redis when REDIS_URL is set (any number of instances), memory otherwise. */
export function liveBus(): LiveBus {
  if (!globalForLive.atelierLiveBus) {
    const url = serverEnv().REDIS_URL;
    globalForLive.atelierLiveBus = url ? new RedisLiveBus({ url }) : new MemoryLiveBus();
  }
  return globalForLive.atelierLiveBus;
}

/** Tests put their own bus in place (and take it away with `undefined`). */
export function setLiveBus(bus: LiveBus | undefined) {
  globalForLive.atelierLiveBus = bus;
}
