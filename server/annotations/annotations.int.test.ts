import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { seedDatabase } from "../../prisma/seed";
import { type SessionUser, toSessionUser } from "../accounts/session";
import { storeImage } from "../files/service";
import { LocalDiskStorage } from "../platform/storage";
import { createTestDatabase, describeDb, type TestDatabase } from "../testing/database";
import { solidPng } from "../testing/images";
import { subscribe } from "../testing/subscriptions";
import { callerFor } from "../testing/trpc";

describeDb("pinned comments on delivered versions", () => {
  let database: TestDatabase;
  let client: SessionUser;
  let stranger: SessionUser;
  let designer: SessionUser;
  let ws = "";
  let otherWs = "";
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "atelier-pins-"));
  const store = new LocalDiskStorage(root);

  beforeAll(async () => {
    database = await createTestDatabase();
    const db = database.prisma;
    await seedDatabase(db, { demoAccounts: false });
    client = toSessionUser(await db.user.create({ data: { email: "c@a.example", name: "Cleo Client" } }));
    stranger = toSessionUser(await db.user.create({ data: { email: "c@b.example" } }));
    designer = toSessionUser(
      await db.user.create({ data: { email: "d@studio.example", name: "Dana Designer", staffRole: "DESIGNER" } }),
    );
    ws = (
      await db.workspace.create({
        data: { name: "A", slug: "a", memberships: { create: { userId: client.id, role: "OWNER" } } },
      })
    ).id;
    otherWs = (
      await db.workspace.create({
        data: { name: "B", slug: "b", memberships: { create: { userId: stranger.id, role: "OWNER" } } },
      })
    ).id;
    await subscribe(db, ws);
  });
  afterAll(async () => {
    await database?.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  const deliver = async (requestId: string, rgb: [number, number, number]) => {
    const file = await storeImage(database.prisma, store, {
      data: solidPng(16, 8, rgb),
      originalName: "design.png",
      uploadedById: designer.id,
    });
    const studio = await callerFor(database.prisma, designer);
    await studio.requests.deliver({ requestId, fileId: file.id });
    return (await studio.requests.staffDeliverables({ requestId }))[0]?.id as string;
  };

  it("numbers pins, threads replies, resolves and reopens, carries open pins into the revision, hides internal ones", async () => {
    const api = await callerFor(database.prisma, client);
    const studio = await callerFor(database.prisma, designer);
    const request = await api.requests.create({ workspaceId: ws, title: "Hero", type: "web-design", brief: "…" });
    const v1 = await deliver(request.id, [200, 0, 0]);

    const point = await api.annotations.create({
      workspaceId: ws,
      deliverableId: v1,
      x: 0.25,
      y: 0.5,
      body: "Logo bigger",
    });
    const box = await api.annotations.create({
      workspaceId: ws,
      deliverableId: v1,
      x: 0.5,
      y: 0.1,
      width: 0.4,
      height: 0.3,
      body: "Warmer colours here",
    });
    const key = "6f1c7a52-3f0e-4d55-9a53-2a1f3c2b7d11";
    const third = await api.annotations.create({
      workspaceId: ws,
      deliverableId: v1,
      x: 1,
      y: 0,
      body: "Menu",
      idempotencyKey: key,
    });
    // A retried submission (same key) makes no second pin.
    expect(
      await api.annotations.create({
        workspaceId: ws,
        deliverableId: v1,
        x: 1,
        y: 0,
        body: "Menu",
        idempotencyKey: key,
      }),
    ).toEqual(third);
    expect([point.number, box.number, third.number]).toEqual([1, 2, 3]);
    const internal = await studio.annotations.staffCreate({
      deliverableId: v1,
      x: 0.9,
      y: 0.9,
      body: "Client's brand font is not licensed for web",
      isInternal: true,
    });
    expect(internal.number).toBe(1); // numbered apart: the client sees no gap

    await studio.annotations.staffReply({ annotationId: point.id, body: "Will do in v2" });
    await studio.annotations.staffSetResolved({ annotationId: point.id, isResolved: true });
    await studio.annotations.staffSetResolved({ annotationId: point.id, isResolved: true }); // a double click
    await api.annotations.setResolved({ workspaceId: ws, annotationId: third.id, isResolved: true });
    await api.annotations.setResolved({ workspaceId: ws, annotationId: third.id, isResolved: false }); // reopened

    const seen = await api.annotations.list({ workspaceId: ws, requestId: request.id });
    expect(seen.map((p) => [p.number, p.version, p.isResolved, p.isInternal])).toEqual([
      [1, 1, true, false],
      [2, 1, false, false],
      [3, 1, false, false],
    ]);
    expect(seen[0]?.replies.map((r) => [r.author, r.body, r.isFromStudio])).toEqual([
      ["Dana Designer", "Will do in v2", true],
    ]);
    expect(seen[1]).toMatchObject({ x: 0.5, y: 0.1, width: 0.4, height: 0.3, author: "Cleo Client" });
    expect((await studio.annotations.staffList({ requestId: request.id })).filter((p) => p.isInternal)).toHaveLength(1);

    // Internal pins do not exist for clients, through any procedure.
    await expect(
      api.annotations.reply({ workspaceId: ws, annotationId: internal.id, body: "?" }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      api.annotations.setResolved({ workspaceId: ws, annotationId: internal.id, isResolved: true }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const detail = await api.requests.byId({ workspaceId: ws, requestId: request.id });
    expect(JSON.stringify(detail)).not.toContain("brand font");

    // The revision request lists the open pins the client can see, and only those.
    await api.requests.requestRevision({ workspaceId: ws, requestId: request.id, feedback: "" });
    const revision = (await api.requests.byId({ workspaceId: ws, requestId: request.id })).comments.at(-1)?.body ?? "";
    expect(revision).toContain("#2 (v1): Warmer colours here");
    expect(revision).toContain("#3 (v1): Menu");
    expect(revision).not.toContain("Logo bigger");
    expect(revision).not.toContain("brand font");

    // v2: the open pins of v1 are still open and listed with their version; new pins go on v2.
    const v2 = await deliver(request.id, [0, 0, 200]);
    const onV2 = await api.annotations.create({ workspaceId: ws, deliverableId: v2, x: 0.1, y: 0.1, body: "Perfect" });
    expect(onV2.number).toBe(4);
    const after = await api.annotations.list({ workspaceId: ws, requestId: request.id });
    expect(after.filter((p) => !p.isResolved && p.version < 2).map((p) => p.number)).toEqual([2, 3]);
  });

  it("refuses pins outside 0–1, on another workspace's version, on an unknown one, or with half a box", async () => {
    const api = await callerFor(database.prisma, client);
    const outsider = await callerFor(database.prisma, stranger);
    const { id: v1, requestId } = await database.prisma.deliverable.findFirstOrThrow({
      where: { workspaceId: ws, version: 1 },
    });
    await expect(
      api.annotations.create({ workspaceId: ws, deliverableId: v1, x: 1.2, y: 0.5, body: "off the edge" }),
    ).rejects.toThrow("x must be between 0 and 1");
    await expect(
      api.annotations.create({
        workspaceId: ws,
        deliverableId: v1,
        x: 0.8,
        y: 0.5,
        width: 0.5,
        height: 0.1,
        body: "too wide",
      }),
    ).rejects.toThrow("inside the image");
    await expect(
      api.annotations.create({ workspaceId: ws, deliverableId: v1, x: 0.1, y: 0.5, width: 0.5, body: "half a box" }),
    ).rejects.toThrow("both a width and a height");
    await expect(
      outsider.annotations.create({ workspaceId: otherWs, deliverableId: v1, x: 0.5, y: 0.5, body: "peeking" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(outsider.annotations.list({ workspaceId: otherWs, requestId })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      api.annotations.create({ workspaceId: ws, deliverableId: "deleted-version", x: 0.5, y: 0.5, body: "gone" }),
    ).rejects.toThrow("does not exist");
  });
});
