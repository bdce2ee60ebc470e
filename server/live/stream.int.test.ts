import { randomBytes } from "node:crypto";
import { afterAll, afterEach, beforeAll, expect, it, vi } from "vitest";
import { seedDatabase } from "../../prisma/seed";
import type { SessionUser } from "../accounts/session";
import { createTestDatabase, describeDb, type TestDatabase } from "../testing/database";
import { createPeople, type People } from "../testing/people";
import { subscribe } from "../testing/subscriptions";
import { callerFor, sessionFor } from "../testing/trpc";
import { MemoryLiveBus, setLiveBus } from "./bus";
import type { LiveEvent } from "./events";
import { endAllLiveStreams, handleLiveStream, type LiveStreamLimits, liveStreamsOf } from "./stream";
import { SseParser } from "./wire";

describeDb("live update stream (/api/live)", () => {
  let database: TestDatabase;
  let people: People;
  const bus = new MemoryLiveBus();
  const aborters: AbortController[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDatabase(database.prisma, { demoAccounts: false });
    people = await createPeople(database.prisma);
    await subscribe(database.prisma, people.workspaceA.id, { plan: "growth" });
    await subscribe(database.prisma, people.workspaceB.id);
    setLiveBus(bus);
  });
  afterEach(() => {
    for (const aborter of aborters.splice(0)) aborter.abort();
  });
  afterAll(async () => {
    setLiveBus(undefined);
    await database?.close();
  });

  /** A signed-in browser: a real session row and its cookie. */
  async function browserOf(user: SessionUser) {
    const token = randomBytes(16).toString("hex");
    await database.prisma.session.create({
      data: { sessionToken: token, userId: user.id, expires: new Date(Date.now() + 3_600_000) },
    });
    return { token, cookie: `next-auth.session-token=${token}` };
  }

  /** Opens a stream as `user` and reads it as the browser's hook does. */
  async function open(user: SessionUser | null, options: { limits?: Partial<LiveStreamLimits>; cookie?: string } = {}) {
    const aborter = new AbortController();
    aborters.push(aborter);
    const cookie = options.cookie ?? (user ? (await browserOf(user)).cookie : "");
    const response = await handleLiveStream(
      new Request("http://localhost/api/live", { headers: { cookie }, signal: aborter.signal }),
      { db: database.prisma, bus, getSession: async () => (user ? sessionFor(user) : null), limits: options.limits },
    );
    const events: LiveEvent[] = [];
    const ends: string[] = [];
    let raw = "";
    let isReady = false;
    let isDone = false;
    if (response.ok && response.body) {
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      const parser = new SseParser();
      void (async () => {
        for (;;) {
          const { value, done } = await reader.read().catch(() => ({ value: "", done: true }));
          if (done) break;
          raw += value;
          for (const m of parser.push(value)) {
            if (m.event === "ready") isReady = true;
            else if (m.event === "end") ends.push((JSON.parse(m.data) as { reason: string }).reason);
            else events.push(JSON.parse(m.data) as LiveEvent);
          }
        }
        isDone = true;
      })();
      await vi.waitFor(() => expect(isReady).toBe(true));
    }
    return {
      response,
      events,
      ends,
      raw: () => raw,
      isDone: () => isDone,
      close: () => aborter.abort(),
      aboutRequests: () => events.filter((e) => e.kind === "request"),
    };
  }

  it("refuses anonymous callers and API tokens with 401 and a plain message", async () => {
    const anonymous = await open(null);
    expect(anonymous.response.status).toBe(401);
    expect(await anonymous.response.json()).toEqual({
      error: { code: "UNAUTHORIZED", message: "Sign in to receive live updates." },
    });
    const token = await handleLiveStream(
      new Request("http://localhost/api/live", { headers: { authorization: "Bearer atl_abc_def" } }),
      { db: database.prisma, bus, getSession: async () => sessionFor(people.users.ownerA) },
    );
    expect(token.status).toBe(401);
    // A session whose row is gone (signed out, revoked) opens nothing either.
    const revoked = await open(people.users.ownerA, { cookie: "next-auth.session-token=revoked" });
    expect(revoked.response.status).toBe(401);
  });

  it("is an unbuffered event stream", async () => {
    const stream = await open(people.users.ownerA);
    expect(stream.response.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
    expect(stream.response.headers.get("x-accel-buffering")).toBe("no");
    expect(stream.response.headers.get("cache-control")).toContain("no-transform");
  });

  it("carries the events of the person's own workspaces, and internal notes only to the studio", async () => {
    const { ownerA, memberA, ownerB, designer, admin } = people.users;
    const [a, member, b, studio, boss] = await Promise.all([
      open(ownerA),
      open(memberA),
      open(ownerB),
      open(designer),
      open(admin),
    ]);
    const workspaceId = people.workspaceA.id;
    const clientApi = await callerFor(database.prisma, ownerA);
    const created = await clientApi.requests.create({
      workspaceId,
      title: "Spring landing page",
      type: "web-design",
      brief: "Bright.",
    });
    const requestId = created.id;
    // The board hears of the new request (and of it starting), the workspace's people too.
    await vi.waitFor(() => {
      expect(boss.aboutRequests()).toContainEqual({ kind: "request", change: "status", workspaceId, requestId });
      expect(member.aboutRequests()).toContainEqual({ kind: "request", change: "status", workspaceId, requestId });
    });

    const studioApi = await callerFor(database.prisma, designer);
    await studioApi.requests.staffComment({ requestId, body: "Starting on it today." });
    await studioApi.requests.staffComment({ requestId, body: "Client seems in a hurry.", isInternal: true });
    const comment = { kind: "request", change: "comment", workspaceId, requestId };
    await vi.waitFor(() => {
      expect(a.events).toContainEqual({ kind: "notifications" });
      expect(studio.aboutRequests().filter((e) => e.kind === "request" && e.change === "comment")).toHaveLength(2);
    });
    // The client heard of the comment once, not of the internal note; B's owner heard nothing at all.
    expect(a.aboutRequests().filter((e) => e.kind === "request" && e.change === "comment")).toEqual([comment]);
    expect(member.aboutRequests().filter((e) => e.kind === "request" && e.change === "comment")).toEqual([comment]);
    // A sentinel for B's owner: once it has arrived, anything sent to B earlier would have too.
    const sentinel = async () => {
      await bus.publish({ topics: [`user:${ownerB.id}`], event: { kind: "notifications" } });
      await vi.waitFor(() => expect(b.events.at(-1)).toEqual({ kind: "notifications" }));
    };
    await sentinel();
    expect(b.events).toEqual([{ kind: "notifications" }]);
    // Nothing but kinds and ids travels: no comment text, no titles.
    expect(a.raw()).not.toContain("Starting on it");
    expect(studio.raw()).not.toContain("hurry");
    expect(a.raw()).not.toContain("Spring landing page");

    // Reading the notifications in one window lowers the count in the person's other windows.
    const before = a.events.length;
    await clientApi.notifications.markAllRead();
    await vi.waitFor(() => expect(a.events.slice(before)).toContainEqual({ kind: "notifications" }));
    await sentinel();
    expect(b.events).toEqual([{ kind: "notifications" }, { kind: "notifications" }]);
  });

  it("picks up a new membership while open and ends when the session does", async () => {
    const newcomer = await database.prisma.user.create({ data: { email: "newcomer@example.com" } });
    const user = { id: newcomer.id, email: newcomer.email, name: null, staffRole: null };
    const browser = await browserOf(user);
    const stream = await open(user, { cookie: browser.cookie, limits: { recheckMs: 50 } });
    const queueMove = { kind: "request", change: "queue", workspaceId: people.workspaceB.id, requestId: null } as const;
    await bus.publish({ topics: [`workspace:${people.workspaceB.id}`], event: queueMove });
    // A sentinel to the person: once it has arrived, B's event would have too — and did not.
    await bus.publish({ topics: [`user:${user.id}`], event: { kind: "notifications" } });
    await vi.waitFor(() => expect(stream.events).toEqual([{ kind: "notifications" }]));

    await database.prisma.membership.create({ data: { workspaceId: people.workspaceB.id, userId: user.id } });
    // The stream reads memberships again every 50 ms here: B's events reach it from then on.
    await vi.waitFor(async () => {
      await bus.publish({ topics: [`workspace:${people.workspaceB.id}`], event: queueMove });
      expect(stream.events).toContainEqual(queueMove);
    });
    expect(stream.events[0]).toEqual({ kind: "notifications" });

    await database.prisma.session.delete({ where: { sessionToken: browser.token } });
    await vi.waitFor(() => expect(stream.isDone()).toBe(true));
    expect(stream.ends).toEqual(["signed-out"]);
    expect(liveStreamsOf(user.id)).toBe(0);
  });

  // Streams end on timers: on a loaded machine (CI beside a build) that takes longer than waitFor's 1 s default.
  const SLOW = { timeout: 10_000, interval: 50 };

  it("sends heartbeats, renews itself after its lifetime, caps streams per person, and cleans up on disconnect", async () => {
    const { memberA } = people.users;
    const listenersBefore = bus.listenerCount();
    const beating = await open(memberA, { limits: { heartbeatMs: 20, maxLifetimeMs: 300 } });
    await vi.waitFor(() => expect(beating.raw()).toContain(": ping"), SLOW);
    await vi.waitFor(() => expect(beating.isDone()).toBe(true), SLOW);
    expect(beating.ends).toEqual(["renew"]);

    const limits = { maxStreamsPerUser: 2 };
    const first = await open(memberA, { limits });
    await open(memberA, { limits });
    const third = await open(memberA, { limits });
    expect(third.response.status).toBe(429);
    expect(third.response.headers.get("retry-after")).toBe("60");
    expect((await third.response.json()).error.message).toMatch(/live windows open already/);
    expect(liveStreamsOf(memberA.id)).toBe(2);

    first.close();
    await vi.waitFor(() => expect(liveStreamsOf(memberA.id)).toBe(1), SLOW);
    expect((await open(memberA, { limits })).response.status).toBe(200);
    for (const aborter of aborters.splice(0)) aborter.abort();
    await vi.waitFor(() => {
      expect(liveStreamsOf(memberA.id)).toBe(0);
      expect(bus.listenerCount()).toBe(listenersBefore);
    }, SLOW);

    // A draining instance ends its streams and the browsers reconnect elsewhere at once.
    const draining = [await open(memberA), await open(people.users.ownerB)];
    endAllLiveStreams();
    await vi.waitFor(() => expect(draining.every((d) => d.isDone())).toBe(true), SLOW);
    expect(draining.map((d) => d.ends)).toEqual([["renew"], ["renew"]]);
    expect(liveStreamsOf(memberA.id) + liveStreamsOf(people.users.ownerB.id)).toBe(0);
  });
});
