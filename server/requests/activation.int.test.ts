import { afterAll, beforeAll, expect, it } from "vitest";
import { applySnapshot } from "../billing/sync";
import { createTestDatabase, describeDb, type TestDatabase, testDbKind } from "../testing/database";
import { subscribe } from "../testing/subscriptions";
import { fillActiveSlots } from "./activation";

describeDb("plan limits on active requests", () => {
  let database: TestDatabase;
  let userId = "";

  async function workspaceWith(
    plan: { slug: string; limit: number },
    status: "ACTIVE" | "PAUSED" | "PAST_DUE" | "CANCELED",
    queued: number,
  ) {
    const db = database.prisma;
    await db.plan.upsert({
      where: { slug: plan.slug },
      create: {
        slug: plan.slug,
        name: plan.slug,
        tagline: "",
        monthlyPriceCents: 100,
        yearlyPriceCents: 1000,
        activeRequestLimit: plan.limit,
        features: [],
      },
      update: {},
    });
    const ws = await db.workspace.create({ data: { name: "W", slug: `w-${Math.random().toString(36).slice(2)}` } });
    await subscribe(db, ws.id, { plan: plan.slug, status });
    for (let i = 0; i < queued; i++) {
      await db.designRequest.create({
        data: {
          workspaceId: ws.id,
          title: `Request ${i + 1}`,
          type: "web-design",
          brief: "…",
          position: (i + 1) * 1000,
          createdById: userId,
        },
      });
    }
    return ws.id;
  }
  const active = (workspaceId: string) =>
    database.prisma.designRequest.findMany({ where: { workspaceId, status: "ACTIVE" }, select: { title: true } });

  beforeAll(async () => {
    database = await createTestDatabase();
    userId = (await database.prisma.user.create({ data: { email: "client@example.com" } })).id;
  });
  afterAll(() => database?.close());

  it("activates queued requests in order up to the plan's limit, and the next one when a slot frees", async () => {
    const ws = await workspaceWith({ slug: "duo", limit: 2 }, "ACTIVE", 3); // two slots
    await fillActiveSlots(database.prisma, ws);
    expect((await active(ws)).map((r) => r.title).sort()).toEqual(["Request 1", "Request 2"]);
    await fillActiveSlots(database.prisma, ws);
    expect(await active(ws)).toHaveLength(2);
    const first = await database.prisma.designRequest.findFirstOrThrow({
      where: { workspaceId: ws, title: "Request 1" },
    });
    await database.prisma.designRequest.update({ where: { id: first.id }, data: { status: "IN_REVIEW" } });
    expect(await fillActiveSlots(database.prisma, ws)).toHaveLength(0); // under review: still holds its slot
    await database.prisma.designRequest.update({ where: { id: first.id }, data: { status: "DONE" } });
    expect(await fillActiveSlots(database.prisma, ws)).toHaveLength(1);
    expect((await active(ws)).map((r) => r.title).sort()).toEqual(["Request 2", "Request 3"]);
    const history = await database.prisma.requestStatusChange.findMany({ where: { request: { workspaceId: ws } } });
    expect(history.filter((h) => h.toStatus === "ACTIVE")).toHaveLength(3);
  });

  it("counts requests under review or in revision as holding their slot", async () => {
    const ws = await workspaceWith({ slug: "solo", limit: 1 }, "ACTIVE", 2);
    await database.prisma.designRequest.create({
      data: {
        workspaceId: ws,
        title: "Needs changes",
        type: "web-design",
        brief: "…",
        position: 99_000,
        status: "REVISION",
        createdById: userId,
      },
    });
    expect(await fillActiveSlots(database.prisma, ws)).toEqual([]);
    expect(await active(ws)).toEqual([]);
  });

  it("starts nothing while the subscription is paused, canceled or past due beyond grace — and keeps the queue", async () => {
    for (const status of ["PAUSED", "CANCELED", "PAST_DUE"] as const) {
      const ws = await workspaceWith({ slug: "solo", limit: 1 }, status, 2);
      expect(await fillActiveSlots(database.prisma, ws), status).toEqual([]);
      expect(await database.prisma.designRequest.count({ where: { workspaceId: ws, status: "QUEUED" } })).toBe(2);
    }
  });

  it("starts the queue when the subscription resumes, and more when the plan gains slots", async () => {
    const db = database.prisma;
    await db.plan.upsert({
      where: { slug: "duo" },
      create: {
        slug: "duo",
        name: "duo",
        tagline: "",
        monthlyPriceCents: 200,
        yearlyPriceCents: 2000,
        activeRequestLimit: 2,
        features: [],
      },
      update: {},
    });
    const ws = await workspaceWith({ slug: "solo", limit: 1 }, "PAUSED", 3);
    const now = new Date();
    const snapshot = (version: number, planSlug: string) => ({
      provider: "test",
      customerId: `cus_${ws}`,
      subscriptionId: `sub_${ws}`,
      workspaceId: ws,
      planSlug,
      interval: "MONTH" as const,
      status: "ACTIVE" as const,
      currentPeriodStart: now,
      currentPeriodEnd: new Date(now.getTime() + 30 * 86_400_000),
      cancelAtPeriodEnd: false,
      pausedAt: null,
      pausedRemainingSeconds: null,
      pastDueSince: null,
      canceledAt: null,
      version,
    });
    expect(await applySnapshot(db, snapshot(2, "solo"))).toBe("updated");
    expect(await active(ws)).toEqual([{ title: "Request 1" }]);
    expect(await applySnapshot(db, snapshot(3, "duo"))).toBe("updated");
    expect((await active(ws)).map((r) => r.title).sort()).toEqual(["Request 1", "Request 2"]);
  });

  it.runIf(testDbKind() === "postgres")(
    "never exceeds the limit when activations race on the PostgreSQL server",
    async () => {
      for (let round = 0; round < 5; round++) {
        const ws = await workspaceWith({ slug: "solo", limit: 1 }, "ACTIVE", 4);
        await Promise.all(Array.from({ length: 8 }, () => fillActiveSlots(database.prisma, ws)));
        expect(await active(ws), `round ${round}`).toHaveLength(1);
      }
    },
  );
});
