import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { seedDatabase } from "../../prisma/seed";
import { type SessionUser, toSessionUser } from "../accounts/session";
import { downloadableFile } from "../files/access";
import { storeImage } from "../files/service";
import { LocalDiskStorage } from "../platform/storage";
import { createTestDatabase, describeDb, type TestDatabase } from "../testing/database";
import { solidPng } from "../testing/images";
import { subscribe } from "../testing/subscriptions";
import { callerFor } from "../testing/trpc";

describeDb("request workflow: deliver, review, revise, approve", () => {
  let database: TestDatabase;
  let client: SessionUser;
  let stranger: SessionUser;
  let designer: SessionUser;
  let other: SessionUser;
  let ws = "";
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "atelier-deliverables-"));
  const store = new LocalDiskStorage(root);

  beforeAll(async () => {
    database = await createTestDatabase();
    const db = database.prisma;
    await seedDatabase(db, { demoAccounts: false });
    client = toSessionUser(await db.user.create({ data: { email: "c@a.example" } }));
    stranger = toSessionUser(await db.user.create({ data: { email: "c@b.example" } }));
    designer = toSessionUser(await db.user.create({ data: { email: "d1@studio.example", staffRole: "DESIGNER" } }));
    other = toSessionUser(await db.user.create({ data: { email: "d2@studio.example", staffRole: "DESIGNER" } }));
    ws = (
      await db.workspace.create({
        data: { name: "A", slug: "a", memberships: { create: { userId: client.id, role: "OWNER" } } },
      })
    ).id;
    await subscribe(db, ws);
  });
  afterAll(async () => {
    await database?.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  const upload = async (rgb: [number, number, number]) =>
    (
      await storeImage(database.prisma, store, {
        data: solidPng(8, 8, rgb),
        originalName: "design.png",
        uploadedById: designer.id,
      })
    ).id;

  it("runs a request through two versions; the next request starts by itself", async () => {
    const api = await callerFor(database.prisma, client);
    const studio = await callerFor(database.prisma, designer);
    const first = await api.requests.create({
      workspaceId: ws,
      title: "Landing page",
      type: "landing-pages",
      brief: "…",
    });
    const second = await api.requests.create({
      workspaceId: ws,
      title: "Email header",
      type: "web-design",
      brief: "…",
    });
    expect(first.status).toBe("ACTIVE");
    expect(second.status).toBe("QUEUED");

    // It started assigned: to the designer with the fewest requests in flight (both have none:
    // the one who joined first).
    expect((await api.requests.byId({ workspaceId: ws, requestId: first.id })).assignee?.id).toBe(designer.id);
    // A request left without a designer (theirs left the studio): two take next at once, one gets it.
    await database.prisma.designRequest.update({ where: { id: first.id }, data: { assigneeId: null } });
    const taken = await Promise.all([
      studio.requests.takeNext(),
      (await callerFor(database.prisma, other)).requests.takeNext(),
    ]);
    expect(taken.filter((t) => t.requestId === first.id)).toHaveLength(1);
    await studio.requests.assign({ requestId: first.id, designerId: designer.id });

    const v1 = await studio.requests.deliver({
      requestId: first.id,
      fileId: await upload([200, 0, 0]),
      note: "First take",
    });
    expect(v1.version).toBe(1);
    // Under review the request keeps its slot: the next one still waits.
    expect((await database.prisma.designRequest.findUniqueOrThrow({ where: { id: second.id } })).status).toBe("QUEUED");
    await expect(studio.requests.deliver({ requestId: first.id, fileId: await upload([1, 1, 1]) })).rejects.toThrow(
      "Only a request in progress",
    );

    await api.requests.requestRevision({ workspaceId: ws, requestId: first.id, feedback: "Bigger headline, please." });
    expect((await database.prisma.designRequest.findUniqueOrThrow({ where: { id: first.id } })).status).toBe("ACTIVE");

    const v2 = await studio.requests.deliver({
      requestId: first.id,
      fileId: await upload([0, 0, 200]),
      note: "Bigger headline",
    });
    expect(v2.version).toBe(2);
    await expect(api.requests.approve({ workspaceId: ws, requestId: first.id, version: 1 })).rejects.toThrow(
      "not the latest",
    );
    // A double click on "Approve": approved once, no error for the second.
    await Promise.all([
      api.requests.approve({ workspaceId: ws, requestId: first.id, version: 2 }),
      api.requests.approve({ workspaceId: ws, requestId: first.id, version: 2 }),
    ]);
    await expect(api.requests.approve({ workspaceId: ws, requestId: first.id, version: 2 })).resolves.toEqual({
      ok: true,
    });
    expect(await database.prisma.requestStatusChange.count({ where: { requestId: first.id, toStatus: "DONE" } })).toBe(
      1,
    );

    const detail = await api.requests.byId({ workspaceId: ws, requestId: first.id });
    expect(detail.status).toBe("DONE");
    // Approval freed the slot: the next request started by itself.
    expect((await database.prisma.designRequest.findUniqueOrThrow({ where: { id: second.id } })).status).toBe("ACTIVE");
    // Approval freed the slot: the next request started by itself.
    expect((await database.prisma.designRequest.findUniqueOrThrow({ where: { id: second.id } })).status).toBe("ACTIVE");
    expect(detail.history.map((h) => h.to)).toEqual([
      "QUEUED",
      "ACTIVE",
      "IN_REVIEW",
      "REVISION",
      "ACTIVE",
      "IN_REVIEW",
      "DONE",
    ]);
    // The client asked for the revision; the steps Atelier took by itself are credited to Atelier.
    const byClient = detail.history[0]?.by ?? "";
    expect(byClient).not.toBe("Atelier");
    expect(detail.history.map((h) => `${h.from ?? "∅"}→${h.to} ${h.by}`)).toEqual([
      `∅→QUEUED ${byClient}`,
      "QUEUED→ACTIVE Atelier",
      `ACTIVE→IN_REVIEW ${detail.history[2]?.by}`,
      `IN_REVIEW→REVISION ${byClient}`,
      "REVISION→ACTIVE Atelier",
      `ACTIVE→IN_REVIEW ${detail.history[5]?.by}`,
      `IN_REVIEW→DONE ${byClient}`,
    ]);
    expect(detail.history[2]?.by).not.toBe(byClient);
    const versions = await api.requests.deliverables({ workspaceId: ws, requestId: first.id });
    expect(versions.map((v) => [v.version, Boolean(v.approvedAt)])).toEqual([
      [2, true],
      [1, false],
    ]);
    const figures = await studio.requests.turnaround();
    expect(figures.averageHoursToFirstDelivery).not.toBeNull();
    expect(figures.revisionsPerRequest).toBeCloseTo(1);
  });

  it("lets only staff and the workspace's members download delivered files", async () => {
    const delivered = await database.prisma.deliverable.findFirstOrThrow();
    expect(
      await downloadableFile(database.prisma, delivered.fileId, { id: client.id, staffRole: null }),
    ).not.toBeNull();
    expect(
      await downloadableFile(database.prisma, delivered.fileId, { id: designer.id, staffRole: "DESIGNER" }),
    ).not.toBeNull();
    expect(await downloadableFile(database.prisma, delivered.fileId, { id: stranger.id, staffRole: null })).toBeNull();
    expect(await downloadableFile(database.prisma, delivered.fileId, null)).toBeNull();
    const undelivered = await upload([9, 9, 9]);
    expect(await downloadableFile(database.prisma, undelivered, { id: client.id, staffRole: null })).toBeNull();
  });

  it("keeps the board and staff actions away from clients", async () => {
    const api = await callerFor(database.prisma, client);
    await expect(api.requests.board({})).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(api.requests.takeNext()).rejects.toMatchObject({ code: "FORBIDDEN" });
    const board = await (await callerFor(database.prisma, designer)).requests.board({});
    expect(board.every((r) => ["QUEUED", "ACTIVE", "IN_REVIEW", "REVISION"].includes(r.status))).toBe(true);
  });

  it("lists every file a workspace exchanged — attachments and versions — to its members only", async () => {
    const db = database.prisma;
    const api = await callerFor(db, client);
    const { files, hasMore } = await api.requests.files({ workspaceId: ws });
    expect(hasMore).toBe(false);
    const versions = files.filter((f) => f.kind === "deliverable");
    expect(versions.length).toBeGreaterThanOrEqual(2);
    expect(versions[0]).toMatchObject({ mime: "image/png", originalName: "design.png" });
    expect(typeof versions[0]?.size).toBe("number");
    expect(versions[0]?.at).toBeInstanceOf(Date);
    // Newest first.
    const times = files.map((f) => f.at.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    const strangerApi = await callerFor(db, stranger);
    await expect(strangerApi.requests.files({ workspaceId: ws })).rejects.toThrow();
  });
});
