import { afterAll, beforeAll, expect, it } from "vitest";
import { seedDatabase } from "../../prisma/seed";
import { type SessionUser, toSessionUser } from "../accounts/session";
import { createTestDatabase, describeDb, type TestDatabase } from "../testing/database";
import { subscribe } from "../testing/subscriptions";
import { callerFor } from "../testing/trpc";

describeDb("design requests", () => {
  let database: TestDatabase;
  let client: SessionUser;
  let otherClient: SessionUser;
  let designer: SessionUser;
  let wsA = "";
  let wsB = "";

  beforeAll(async () => {
    database = await createTestDatabase();
    const db = database.prisma;
    await seedDatabase(db, { demoAccounts: false });
    client = toSessionUser(await db.user.create({ data: { email: "client@a.example" } }));
    otherClient = toSessionUser(await db.user.create({ data: { email: "client@b.example" } }));
    designer = toSessionUser(
      await db.user.create({ data: { email: "designer@studio.example", staffRole: "DESIGNER" } }),
    );
    for (const [user, name] of [
      [client, "A"],
      [otherClient, "B"],
    ] as const) {
      const ws = await db.workspace.create({
        data: { name, slug: name.toLowerCase(), memberships: { create: { userId: user.id, role: "OWNER" } } },
      });
      await subscribe(db, ws.id);
      if (name === "A") wsA = ws.id;
      else wsB = ws.id;
    }
  });
  afterAll(() => database?.close());

  it("queues requests of the studio's service types; with one slot only the first is active", async () => {
    const api = await callerFor(database.prisma, client);
    await expect(
      api.requests.create({ workspaceId: wsA, title: "Logo", type: "no-such-service", brief: "…" }),
    ).rejects.toThrow("Choose a request type");
    // A due date that has passed is refused with a sentence naming the field; today is fine.
    const day = (offset: number) =>
      new Date(`${new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10)}T00:00:00Z`);
    const brief = { workspaceId: wsA, title: "Logo", type: "web-design", brief: "…" };
    const refusal = (dueDate: Date) =>
      api.requests.create({ ...brief, dueDate }).then(
        () => null,
        (error) => error.cause?.issues?.map((i: { path: string[]; message: string }) => [i.path.join("."), i.message]),
      );
    expect(await refusal(day(-3))).toEqual([["dueDate", "choose today or a later day — that date has passed"]]);
    expect(await refusal(day(900))).toEqual([["dueDate", "choose a day within the next two years"]]);
    expect(await database.prisma.designRequest.count({ where: { workspaceId: wsA } })).toBe(0);
    for (const title of ["Homepage hero", "Pricing page", "Blog template"]) {
      await api.requests.create({
        workspaceId: wsA,
        title,
        type: "web-design",
        brief: `Please design the ${title.toLowerCase()}.`,
      });
    }
    const { open } = await api.requests.list({ workspaceId: wsA });
    expect(open.map((r) => [r.title, r.status])).toEqual([
      ["Homepage hero", "ACTIVE"],
      ["Pricing page", "QUEUED"],
      ["Blog template", "QUEUED"],
    ]);
  });

  it("reorders the queue, and refuses a reorder based on a stale view", async () => {
    const api = await callerFor(database.prisma, client);
    const queued = (await api.requests.list({ workspaceId: wsA })).open
      .filter((r) => r.status === "QUEUED")
      .map((r) => r.id);
    await api.requests.reorder({ workspaceId: wsA, seen: queued, wanted: [...queued].reverse() });
    const after = (await api.requests.list({ workspaceId: wsA })).open
      .filter((r) => r.status === "QUEUED")
      .map((r) => r.title);
    expect(after).toEqual(["Blog template", "Pricing page"]);
    // Someone else reordered meanwhile: the old view is refused and nothing changes.
    await expect(api.requests.reorder({ workspaceId: wsA, seen: queued, wanted: queued })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(
      api.requests.reorder({ workspaceId: wsA, seen: [...queued].reverse(), wanted: [queued[0] as string] }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(
      (await api.requests.list({ workspaceId: wsA })).open.filter((r) => r.status === "QUEUED").map((r) => r.title),
    ).toEqual(after);
  });

  it("keeps internal notes from clients through every procedure", async () => {
    const api = await callerFor(database.prisma, client);
    const studio = await callerFor(database.prisma, designer);
    const request = (await api.requests.list({ workspaceId: wsA })).open.find((r) => r.status === "ACTIVE") as {
      id: string;
    };
    await api.requests.comment({ workspaceId: wsA, requestId: request.id, body: "Can we try a darker palette?" });
    await studio.requests.staffComment({
      requestId: request.id,
      body: "Client is price sensitive — keep it simple.",
      isInternal: true,
    });
    await studio.requests.staffComment({ requestId: request.id, body: "Sure, a darker version is coming." });
    const seenByClient = await api.requests.byId({ workspaceId: wsA, requestId: request.id });
    expect(seenByClient.comments.map((c) => c.body)).toEqual([
      "Can we try a darker palette?",
      "Sure, a darker version is coming.",
    ]);
    expect(JSON.stringify(seenByClient)).not.toContain("price sensitive");
    const seenByStudio = await studio.requests.staffById({ requestId: request.id });
    expect(seenByStudio.comments.filter((c) => c.isInternal).map((c) => c.body)).toEqual([
      "Client is price sensitive — keep it simple.",
    ]);
    expect(seenByClient.history.map((h) => h.to)).toEqual(["QUEUED", "ACTIVE"]);
  });

  it("never lets a client of B read or change A's requests by id", async () => {
    const b = await callerFor(database.prisma, otherClient);
    const request = (await (await callerFor(database.prisma, client)).requests.list({ workspaceId: wsA })).open.find(
      (r) => r.status === "ACTIVE",
    ) as { id: string };
    await expect(b.requests.byId({ workspaceId: wsA, requestId: request.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(b.requests.byId({ workspaceId: wsB, requestId: request.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(b.requests.cancel({ workspaceId: wsB, requestId: request.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(b.requests.comment({ workspaceId: wsB, requestId: request.id, body: "hi" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await database.prisma.designRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe(
      "ACTIVE",
    );
  });

  it("cancels an active request, frees its slot for the next, and closes its comments", async () => {
    const api = await callerFor(database.prisma, client);
    const active = (await api.requests.list({ workspaceId: wsA })).open.find((r) => r.status === "ACTIVE") as {
      id: string;
    };
    await api.requests.cancel({ workspaceId: wsA, requestId: active.id });
    const { open, finished } = await api.requests.list({ workspaceId: wsA });
    expect(finished.map((r) => r.id)).toEqual([active.id]);
    expect(open.find((r) => r.status === "ACTIVE")?.title).toBe("Blog template");
    await expect(api.requests.comment({ workspaceId: wsA, requestId: active.id, body: "wait" })).rejects.toThrow(
      "canceled",
    );
    // A second click on "Cancel" changes nothing and is no error.
    await expect(api.requests.cancel({ workspaceId: wsA, requestId: active.id })).resolves.toEqual({ ok: true });
    const history = await database.prisma.requestStatusChange.findMany({
      where: { requestId: active.id, toStatus: "CANCELED" },
    });
    expect(history).toHaveLength(1);
  });

  it("sums up the portal home: subscription, counts and recent activity", async () => {
    const summary = await (await callerFor(database.prisma, client)).requests.summary({ workspaceId: wsA });
    expect(summary.subscription?.status).toBe("ACTIVE");
    expect(summary.inProgress).toBe(1);
    expect(summary.queued).toBe(1);
    expect(summary.toReview).toEqual([]);
    expect(summary.recent.length).toBeGreaterThan(0);
  });

  it("attaches the client's own uploads to a new request, and no one else's", async () => {
    const db = database.prisma;
    const upload = (uploadedById: string, name: string) =>
      db.fileAsset.create({
        data: {
          storageKey: `attachments/t/${name}`,
          originalName: name,
          size: 10,
          mime: "application/pdf",
          sha256: "0",
          uploadedById,
        },
      });
    const brief = await upload(client.id, "brief.pdf");
    const logo = await upload(client.id, "logo.ai");
    const foreign = await upload(otherClient.id, "theirs.pdf");
    const api = await callerFor(db, client);
    const base = { workspaceId: wsA, title: "Brand refresh", type: "web-design", brief: "See the attached brief." };

    await expect(api.requests.create({ ...base, attachmentIds: [brief.id, foreign.id] })).rejects.toThrow(
      "no longer available",
    );
    expect(await db.designRequest.count({ where: { title: "Brand refresh" } })).toBe(0);

    const created = await api.requests.create({ ...base, attachmentIds: [brief.id, logo.id] });
    const detail = await api.requests.byId({ workspaceId: wsA, requestId: created.id });
    expect(detail.attachments.map((a) => a.originalName)).toEqual(["brief.pdf", "logo.ai"]);

    // A file goes on one request only.
    await expect(api.requests.create({ ...base, attachmentIds: [brief.id] })).rejects.toThrow("no longer available");
    await expect(
      api.requests.create({ ...base, attachmentIds: Array.from({ length: 11 }, (_, i) => `file${i}`) }),
    ).rejects.toThrow("at most 10");
  });

  it("opens a long thread at its latest comments and a long history at its newest finished requests", async () => {
    const db = database.prisma;
    const api = await callerFor(db, otherClient);
    const studio = await callerFor(db, designer);
    const { id } = await api.requests.create({ workspaceId: wsB, title: "Thread", type: "web-design", brief: "…" });
    for (let i = 1; i <= 5; i++) await api.requests.comment({ workspaceId: wsB, requestId: id, body: `Comment ${i}` });
    await studio.requests.staffComment({ requestId: id, body: "Internal", isInternal: true });
    const page = await api.requests.byId({ workspaceId: wsB, requestId: id, commentLimit: 2 });
    expect(page.comments.map((c) => c.body)).toEqual(["Comment 4", "Comment 5"]);
    expect(page.earlierComments).toBe(3);
    const staffPage = await studio.requests.staffById({ requestId: id, commentLimit: 2 });
    expect(staffPage.comments.map((c) => c.body)).toEqual(["Comment 5", "Internal"]);
    expect(staffPage.earlierComments).toBe(4);

    for (const title of ["Old", "Middle", "Newest"]) {
      const r = await api.requests.create({ workspaceId: wsB, title, type: "web-design", brief: "…" });
      await api.requests.cancel({ workspaceId: wsB, requestId: r.id });
    }
    const list = await api.requests.list({ workspaceId: wsB, finishedLimit: 2 });
    expect(list.finished.map((r) => r.title)).toEqual(["Newest", "Middle"]);
    expect(list.finishedTotal).toBeGreaterThanOrEqual(3);
  });
  it("stores a retried submission once: the same key returns the request and the comment already made", async () => {
    const api = await callerFor(database.prisma, otherClient);
    const db = database.prisma;
    const form = {
      workspaceId: wsB,
      title: "Retried hero",
      type: "web-design",
      brief: "Sent twice over a flaky network.",
      idempotencyKey: crypto.randomUUID(),
    };
    const [first, second] = await Promise.all([api.requests.create(form), api.requests.create(form)]);
    const third = await api.requests.create({ ...form, title: "Edited before the retry" });
    expect(second.id).toBe(first.id);
    expect(third.id).toBe(first.id);
    expect(await db.designRequest.count({ where: { workspaceId: wsB, title: { startsWith: "Retried" } } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "request.created", targetId: first.id } })).toBe(1);
    // The same key from another member, or on another request, is another submission.
    const other = await api.requests.create({ ...form, idempotencyKey: crypto.randomUUID() });
    expect(other.id).not.toBe(first.id);

    const comment = {
      workspaceId: wsB,
      requestId: first.id,
      body: "Sent twice too.",
      idempotencyKey: crypto.randomUUID(),
    };
    const [c1, c2] = await Promise.all([api.requests.comment(comment), api.requests.comment(comment)]);
    expect(c2.id).toBe(c1.id);
    expect((await api.requests.comment({ ...comment, requestId: other.id })).id).not.toBe(c1.id);
    expect(await db.requestComment.count({ where: { requestId: first.id } })).toBe(1);
    // Its email to the studio was committed with it, once.
    expect(
      await db.emailMessage.count({
        where: { to: designer.email, kind: "request-comment", text: { contains: "Sent twice too." } },
      }),
    ).toBe(2);
    await expect(api.requests.create({ ...form, idempotencyKey: "not-a-uuid" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });
});
