import { randomBytes } from "node:crypto";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { tcpRelay } from "../testing/tcp-relay";
import { type LiveBus, MemoryLiveBus, RedisLiveBus, setLiveBus } from "./bus";
import { type LiveEnvelope, type LiveEvent, type LiveTopic, parseEnvelope } from "./events";
import { publishNotifications, publishRequestChange } from "./publish";

/** A stream's view of the bus: every event it heard, in order. */
function listen(bus: LiveBus, topics: LiveTopic[]) {
  const heard: LiveEvent[] = [];
  const subscription = bus.subscribe(topics, (event) => heard.push(event));
  return { heard, subscription };
}

const comment = (workspaceId: string, requestId = "req-1"): LiveEvent => ({
  kind: "request",
  change: "comment",
  workspaceId,
  requestId,
});

describe("live bus in one process (no Redis)", () => {
  afterEach(() => setLiveBus(undefined));

  it("hands each event only to the streams holding one of its topics", async () => {
    const bus = new MemoryLiveBus();
    setLiveBus(bus);
    const olivia = listen(bus, ["user:olivia", "workspace:A"]);
    const bruno = listen(bus, ["user:bruno", "workspace:B"]);
    const dana = listen(bus, ["user:dana", "staff"]);

    await publishNotifications(["olivia", "olivia"]);
    await publishRequestChange({ change: "comment", workspaceId: "A", requestId: "req-1" });
    await publishRequestChange({ change: "comment", workspaceId: "A", requestId: "req-1", isInternal: true });
    await publishRequestChange({ change: "status", workspaceId: "B", requestId: "req-2" });

    // Once per stream, even for a person named twice; A's client never hears B's requests.
    expect(olivia.heard).toEqual([{ kind: "notifications" }, comment("A")]);
    expect(bruno.heard).toEqual([{ kind: "request", change: "status", workspaceId: "B", requestId: "req-2" }]);
    // The studio hears every workspace and its internal notes; no one else hears an internal note.
    expect(dana.heard).toEqual([
      comment("A"),
      comment("A"),
      { kind: "request", change: "status", workspaceId: "B", requestId: "req-2" },
    ]);
    expect(bus.listenerCount()).toBe(3);
  });

  it("follows a stream's changed topics, stops after unsubscribing, and tells everyone to resync", async () => {
    const bus = new MemoryLiveBus();
    const stream = listen(bus, ["user:olivia"]);
    await bus.publish({ topics: ["workspace:A"], event: comment("A") });
    stream.subscription.setTopics(["user:olivia", "workspace:A"]);
    await bus.publish({ topics: ["workspace:A"], event: comment("A") });
    await bus.publish({ topics: [], event: { kind: "resync" } });
    stream.subscription.unsubscribe();
    await bus.publish({ topics: ["workspace:A"], event: comment("A") });
    expect(stream.heard).toEqual([comment("A"), { kind: "resync" }]);
    expect(bus.listenerCount()).toBe(0);
  });

  it("a listener that throws does not keep the event from the others", async () => {
    const bus = new MemoryLiveBus();
    bus.subscribe(["staff"], () => {
      throw new Error("broken listener");
    });
    const other = listen(bus, ["staff"]);
    await expect(bus.publish({ topics: ["staff"], event: comment("A") })).resolves.toBeUndefined();
    expect(other.heard).toHaveLength(1);
  });

  it("reads from the wire only envelopes of the known shape", () => {
    const good: LiveEnvelope = { topics: ["workspace:A", "staff"], event: comment("A") };
    expect(parseEnvelope(JSON.stringify(good))).toEqual(good);
    for (const bad of [
      "not json",
      "null",
      JSON.stringify({ topics: ["everyone"], event: { kind: "notifications" } }),
      JSON.stringify({
        topics: ["staff"],
        event: { kind: "request", change: "delete", workspaceId: "A", requestId: null },
      }),
      JSON.stringify({
        topics: ["staff"],
        event: { kind: "request", change: "status", workspaceId: "<b>", requestId: null },
      }),
      JSON.stringify({ topics: ["staff"], event: { kind: "secrets" } }),
    ]) {
      expect(parseEnvelope(bad)).toBeNull();
    }
    // Nothing beyond the known fields is carried along.
    expect(parseEnvelope(JSON.stringify({ topics: ["staff"], event: { kind: "notifications", body: "hi" } }))).toEqual({
      topics: ["staff"],
      event: { kind: "notifications" },
    });
  });
});

const redisUrl = process.env.TEST_REDIS_URL;
const redisLabel = redisUrl ? "" : " (skipped: TEST_REDIS_URL not set)";

describe.runIf(Boolean(redisUrl))(`live bus across instances over Redis${redisLabel}`, () => {
  const url = redisUrl as string;
  const channel = `atelier:live:test:${randomBytes(6).toString("hex")}`;
  const buses: RedisLiveBus[] = [];
  const instance = (busUrl = url) => {
    const bus = new RedisLiveBus({ url: busUrl, channel });
    buses.push(bus);
    return bus;
  };
  afterAll(async () => {
    for (const bus of buses) await bus.close();
  });

  it("two instances hear each other's events, each stream once, and only on its topics", async () => {
    const one = instance();
    const two = instance();
    const clientOnOne = listen(one, ["user:olivia", "workspace:A"]);
    const designerOnTwo = listen(two, ["user:dana", "staff"]);
    const otherClientOnTwo = listen(two, ["user:bruno", "workspace:B"]);
    await Promise.all([one.ready(), two.ready()]);

    await two.publish({ topics: ["workspace:A", "staff"], event: comment("A") });
    await one.publish({ topics: ["user:olivia"], event: { kind: "notifications" } });
    await one.publish({ topics: ["staff"], event: comment("A", "internal") });

    await vi.waitFor(() => {
      expect(clientOnOne.heard).toEqual([comment("A"), { kind: "notifications" }]);
      expect(designerOnTwo.heard).toEqual([comment("A"), comment("A", "internal")]);
    });
    expect(otherClientOnTwo.heard).toEqual([]);
  });

  it("while Redis is away an instance's own streams still hear it, and after it returns every stream resyncs", async () => {
    const target = new URL(url);
    const outage = tcpRelay(Number(target.port || 6379), target.hostname);
    const port = await outage.start();
    const cutOff = instance(`redis://127.0.0.1:${port}`);
    const stream = listen(cutOff, ["workspace:A"]);
    await cutOff.ready();

    await outage.cut();
    await new Promise((resolve) => setTimeout(resolve, 100));
    await expect(cutOff.publish({ topics: ["workspace:A"], event: comment("A") })).resolves.toBeUndefined();
    expect(stream.heard).toEqual([comment("A")]);

    await outage.start(port);
    await vi.waitFor(() => expect(stream.heard).toContainEqual({ kind: "resync" }), { timeout: 10_000, interval: 100 });
    // And it listens again: an event from another instance arrives.
    await instance().publish({ topics: ["workspace:A"], event: comment("A", "after") });
    await vi.waitFor(() => expect(stream.heard.at(-1)).toEqual(comment("A", "after")), { timeout: 5_000 });
    await outage.cut();
  });
});
