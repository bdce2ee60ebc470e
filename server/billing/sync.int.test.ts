import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestDatabase, describeDb, type TestDatabase } from "../testing/database";
import type { ProviderEvent, ProviderState, SubscriptionSnapshot } from "./provider";
import { applySnapshot, handleProviderEvent } from "./sync";

/** A deterministic pseudo-random generator, so a failing seed can be replayed. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const DAY = 86_400_000;
const start = new Date("2026-11-01T00:00:00Z");

/** The life of one subscription, as the provider would change it, one version per change. */
function lifecycle(workspaceId: string, subscriptionId: string): { type: string; snapshot: SubscriptionSnapshot }[] {
  const base: SubscriptionSnapshot = {
    provider: "fake",
    customerId: `cus_${workspaceId}`,
    subscriptionId,
    workspaceId,
    planSlug: "studio",
    interval: "MONTH",
    priceCents: 449_500,
    currency: "usd",
    status: "TRIALING",
    currentPeriodStart: start,
    currentPeriodEnd: new Date(start.getTime() + 30 * DAY),
    cancelAtPeriodEnd: false,
    pausedAt: null,
    pausedRemainingSeconds: null,
    pastDueSince: null,
    canceledAt: null,
    version: 1,
  };
  const steps: [string, Partial<SubscriptionSnapshot>][] = [
    ["customer.subscription.created", {}],
    ["invoice.paid", { status: "ACTIVE" }],
    ["invoice.payment_failed", { status: "PAST_DUE", pastDueSince: new Date(start.getTime() + 31 * DAY) }],
    ["invoice.paid", { status: "ACTIVE", pastDueSince: null }],
    ["customer.subscription.updated", { planSlug: "scale" }],
    [
      "customer.subscription.paused",
      { status: "PAUSED", pausedAt: new Date(start.getTime() + 40 * DAY), pausedRemainingSeconds: 20 * 86_400 },
    ],
    ["customer.subscription.resumed", { status: "ACTIVE", pausedAt: null, pausedRemainingSeconds: null }],
    ["customer.subscription.updated", { cancelAtPeriodEnd: true }],
    ["customer.subscription.updated", { cancelAtPeriodEnd: false }],
    ["customer.subscription.deleted", { status: "CANCELED", canceledAt: new Date(start.getTime() + 90 * DAY) }],
  ];
  let current = base;
  return steps.map(([type, change], i) => {
    current = { ...current, ...change, version: i + 1 };
    return { type, snapshot: current };
  });
}

/**
 * A provider whose reads can be slow: a read returns the state at the moment it was asked, even if
 * the answer arrives after newer changes — the reorderings a real network produces. It can also
 * fail a read, like an outage.
 */
class SlowProvider implements ProviderState {
  readonly name = "fake";
  private states = new Map<string, SubscriptionSnapshot>();
  constructor(
    private readonly random: () => number,
    private readonly failureRate = 0,
  ) {}
  set(snapshot: SubscriptionSnapshot) {
    this.states.set(snapshot.subscriptionId, snapshot);
  }
  async listInvoices() {
    return [];
  }
  async retrieveSubscription(id: string) {
    const seen = this.states.get(id) ?? null;
    const shouldFail = this.random() < this.failureRate;
    await new Promise((r) => setTimeout(r, Math.floor(this.random() * 4)));
    if (shouldFail) throw new Error("provider unavailable");
    return seen;
  }
}

const comparable = (row: Record<string, unknown> | null) =>
  row && {
    status: row.status,
    planSlug: row.planSlug,
    cancelAtPeriodEnd: row.cancelAtPeriodEnd,
    pausedRemainingSeconds: row.pausedRemainingSeconds,
    pastDueSince: row.pastDueSince,
    canceledAt: row.canceledAt,
    providerVersion: Number(row.providerVersion),
  };

describeDb("billing events converge", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database?.close());

  async function workspace(name: string) {
    return (
      await database.prisma.workspace.create({ data: { name, slug: `${name}-${Math.random().toString(36).slice(2)}` } })
    ).id;
  }

  it("in-order delivery ends in the provider's final state", async () => {
    const ws = await workspace("in-order");
    const provider = new SlowProvider(rng(1));
    const steps = lifecycle(ws, `sub_${ws}`);
    for (const [i, step] of steps.entries()) {
      provider.set(step.snapshot);
      expect(
        await handleProviderEvent(database.prisma, provider, {
          id: `evt_${ws}_${i}`,
          type: step.type,
          subscriptionId: step.snapshot.subscriptionId,
          payload: {},
        }),
      ).toBe("processed");
    }
    const row = await database.prisma.subscription.findUnique({ where: { workspaceId: ws } });
    expect(comparable(row)).toMatchObject({ status: "CANCELED", providerVersion: steps.length });
  });

  it("random orders, duplicates, concurrent slow reads and failed reads converge to the same state (40 seeds)", async () => {
    for (let seed = 1; seed <= 40; seed++) {
      const random = rng(seed);
      const ws = await workspace(`seed-${seed}`);
      const provider = new SlowProvider(random, 0.15);
      const steps = lifecycle(ws, `sub_${ws}`);
      const events: ProviderEvent[] = steps.map((s, i) => ({
        id: `evt_${ws}_${i}`,
        type: s.type,
        subscriptionId: s.snapshot.subscriptionId,
        payload: {},
      }));
      // Each change is followed, at random later points, by one to three deliveries of its event.
      const schedule: ({ change: number } | { deliver: number })[] = [];
      const pending: number[] = [];
      for (let i = 0; i < steps.length; i++) {
        schedule.push({ change: i });
        const copies = 1 + Math.floor(random() * 3);
        for (let c = 0; c < copies; c++) pending.push(i);
        while (pending.length && random() < 0.5)
          schedule.push({ deliver: pending.splice(Math.floor(random() * pending.length), 1)[0] as number });
      }
      while (pending.length)
        schedule.push({ deliver: pending.splice(Math.floor(random() * pending.length), 1)[0] as number });

      const inFlight: Promise<unknown>[] = [];
      for (const action of schedule) {
        if ("change" in action) provider.set((steps[action.change] as (typeof steps)[number]).snapshot);
        else inFlight.push(handleProviderEvent(database.prisma, provider, events[action.deliver] as ProviderEvent));
        if (random() < 0.5) await new Promise((r) => setTimeout(r, Math.floor(random() * 3)));
      }
      await Promise.all(inFlight);
      // The provider retries what failed, as Stripe does, until every event is processed.
      for (let round = 0; round < 10; round++) {
        const unprocessed = await database.prisma.billingEvent.findMany({
          where: { eventId: { startsWith: `evt_${ws}_` }, processedAt: null },
        });
        if (unprocessed.length === 0) break;
        await Promise.all(
          unprocessed.map((e) =>
            handleProviderEvent(database.prisma, provider, events.find((x) => x.id === e.eventId) as ProviderEvent),
          ),
        );
      }

      const row = await database.prisma.subscription.findUnique({ where: { workspaceId: ws } });
      const final = steps.at(-1)?.snapshot as SubscriptionSnapshot;
      expect(comparable(row), `seed ${seed}`).toEqual({
        status: final.status,
        planSlug: final.planSlug,
        cancelAtPeriodEnd: final.cancelAtPeriodEnd,
        pausedRemainingSeconds: final.pausedRemainingSeconds,
        pastDueSince: final.pastDueSince,
        canceledAt: final.canceledAt,
        providerVersion: final.version,
      });
      expect(
        await database.prisma.billingEvent.count({ where: { eventId: { startsWith: `evt_${ws}_` } } }),
        `seed ${seed}: each event stored once`,
      ).toBe(steps.length);
    }
  });

  it("never lets an older snapshot overwrite a newer one, and ignores unknown workspaces and event types", async () => {
    const ws = await workspace("stale");
    const [v1, v2] = lifecycle(ws, `sub_${ws}`);
    expect(await applySnapshot(database.prisma, (v2 as { snapshot: SubscriptionSnapshot }).snapshot)).toBe("created");
    expect(await applySnapshot(database.prisma, (v1 as { snapshot: SubscriptionSnapshot }).snapshot)).toBe("stale");
    expect((await database.prisma.subscription.findUniqueOrThrow({ where: { workspaceId: ws } })).status).toBe(
      "ACTIVE",
    );

    const provider = new SlowProvider(rng(7));
    const ghost = lifecycle("no-such-workspace", "sub_ghost")[0] as { snapshot: SubscriptionSnapshot };
    provider.set(ghost.snapshot);
    expect(
      await handleProviderEvent(database.prisma, provider, {
        id: "evt_ghost",
        type: "customer.subscription.created",
        subscriptionId: "sub_ghost",
        payload: {},
      }),
    ).toBe("ignored");
    expect(
      await handleProviderEvent(database.prisma, provider, {
        id: "evt_other",
        type: "customer.tax_id.created",
        subscriptionId: null,
        payload: {},
      }),
    ).toBe("ignored");
    expect(
      await handleProviderEvent(database.prisma, provider, {
        id: "evt_other",
        type: "customer.tax_id.created",
        subscriptionId: null,
        payload: {},
      }),
    ).toBe("duplicate");
  });
});
