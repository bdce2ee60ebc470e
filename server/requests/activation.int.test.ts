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
      priceCents: 100_000,
      currency: "usd",
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

describeDb("assignment when a request starts", () => {
  let database: TestDatabase;
  let clientId = "";

  beforeAll(async () => {
    database = await createTestDatabase();
    clientId = (await database.prisma.user.create({ data: { email: "owner@client.example" } })).id;
    await database.prisma.plan.create({
      data: {
        slug: "solo",
        name: "solo",
        tagline: "",
        monthlyPriceCents: 100,
        yearlyPriceCents: 1000,
        activeRequestLimit: 1,
        features: [],
      },
    });
  });
  afterAll(() => database?.close());

  async function clientWorkspace(queued: number) {
    const db = database.prisma;
    const ws = await db.workspace.create({
      data: {
        name: "Client",
        slug: `c-${Math.random().toString(36).slice(2)}`,
        memberships: { create: { userId: clientId, role: "OWNER" } },
      },
    });
    await subscribe(db, ws.id, { plan: "solo" });
    for (let i = 0; i < queued; i++) {
      await db.designRequest.create({
        data: {
          workspaceId: ws.id,
          title: `Request ${i + 1}`,
          type: "web-design",
          brief: "…",
          position: (i + 1) * 1000,
          createdById: clientId,
        },
      });
    }
    return ws.id;
  }
  const running = (workspaceId: string) =>
    database.prisma.designRequest.findFirstOrThrow({
      where: { workspaceId, status: "ACTIVE" },
      select: { id: true, title: true, assigneeId: true },
    });
  const startedEmail = async (workspaceId: string) => {
    const { title } = await running(workspaceId);
    return database.prisma.emailMessage.findFirstOrThrow({
      where: { to: "owner@client.example", subject: { contains: title }, kind: "request-status" },
      orderBy: { createdAt: "desc" },
      select: { subject: true, text: true },
    });
  };
  const finish = async (workspaceId: string) => {
    const { id } = await running(workspaceId);
    await database.prisma.designRequest.update({ where: { id }, data: { status: "DONE" } });
    await fillActiveSlots(database.prisma, workspaceId);
  };

  it("with nobody on the staff, leaves it visibly waiting and the email names no designer", async () => {
    const ws = await clientWorkspace(1);
    await fillActiveSlots(database.prisma, ws);
    expect((await running(ws)).assigneeId).toBeNull();
    const email = await startedEmail(ws);
    expect(email.subject).toContain("waiting for a designer");
    expect(email.text).not.toMatch(/is your designer|A designer is on it/);
  });

  it("gives the converted client's first request to their hero designer, later ones to the least busy designer", async () => {
    const db = database.prisma;
    const ann = await db.user.create({ data: { email: "ann@studio.example", name: "Ann", staffRole: "DESIGNER" } });
    const ben = await db.user.create({ data: { email: "ben@studio.example", name: "Ben", staffRole: "DESIGNER" } });
    await db.user.create({ data: { email: "ada@studio.example", name: "Ada", staffRole: "ADMIN" } });
    // Ann is busier: two requests in flight elsewhere.
    const busy = await clientWorkspace(0);
    for (const status of ["ACTIVE", "IN_REVIEW"] as const) {
      await db.designRequest.create({
        data: {
          workspaceId: busy,
          title: status,
          type: "web-design",
          brief: "…",
          position: 1,
          createdById: clientId,
          status,
          assigneeId: ann.id,
        },
      });
    }

    const converted = await clientWorkspace(2);
    await db.lead.create({
      data: {
        email: "owner@client.example",
        name: "Owner",
        source: "HERO_REDESIGN",
        stage: "WON",
        wonAt: new Date(),
        workspaceId: converted,
        heroRedesign: { create: { siteUrl: "https://client.example", status: "DELIVERED", designerId: ann.id } },
      },
    });
    await fillActiveSlots(db, converted);
    expect(await running(converted)).toMatchObject({ title: "Request 1", assigneeId: ann.id });
    expect((await startedEmail(converted)).text).toContain("Ann is your designer");

    await finish(converted);
    // Not the first request any more: the least busy designer (Ben, none in flight) — not the idle admin.
    expect(await running(converted)).toMatchObject({ title: "Request 2", assigneeId: ben.id });
    expect((await startedEmail(converted)).text).toContain("Ben is your designer");
  });

  it("falls back to the least busy designer when the hero designer has left the staff", async () => {
    const db = database.prisma;
    const gone = await db.user.create({ data: { email: "gone@studio.example", name: "Gone", staffRole: null } });
    const ws = await clientWorkspace(1);
    await db.lead.create({
      data: {
        email: "owner@client.example",
        name: "Owner",
        source: "HERO_REDESIGN",
        stage: "WON",
        workspaceId: ws,
        heroRedesign: { create: { siteUrl: "https://client.example", status: "DELIVERED", designerId: gone.id } },
      },
    });
    await fillActiveSlots(db, ws);
    const designer = await db.user.findUniqueOrThrow({ where: { id: (await running(ws)).assigneeId ?? "" } });
    expect(designer.staffRole).toBe("DESIGNER");
  });
});
