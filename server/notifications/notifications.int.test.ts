import { afterAll, beforeAll, expect, it } from "vitest";
import { seedDatabase } from "../../prisma/seed";
import { type SessionUser, toSessionUser } from "../accounts/session";
import { createTestDatabase, describeDb, type TestDatabase } from "../testing/database";
import { subscribe } from "../testing/subscriptions";
import { callerFor } from "../testing/trpc";

describeDb("notifications", () => {
  let database: TestDatabase;
  let owner: SessionUser;
  let member: SessionUser;
  let designer: SessionUser;
  let otherDesigner: SessionUser;
  let outsider: SessionUser;
  let ws = "";

  beforeAll(async () => {
    database = await createTestDatabase();
    const db = database.prisma;
    await seedDatabase(db, { demoAccounts: false });
    owner = toSessionUser(await db.user.create({ data: { email: "owner@a.example", name: "Olivia" } }));
    member = toSessionUser(await db.user.create({ data: { email: "member@a.example" } }));
    outsider = toSessionUser(await db.user.create({ data: { email: "someone@b.example" } }));
    designer = toSessionUser(
      await db.user.create({ data: { email: "dana@studio.example", name: "Dana", staffRole: "DESIGNER" } }),
    );
    otherDesigner = toSessionUser(
      await db.user.create({ data: { email: "eli@studio.example", staffRole: "DESIGNER" } }),
    );
    ws = (
      await db.workspace.create({
        data: {
          name: "A",
          slug: "a",
          memberships: {
            create: [
              { userId: owner.id, role: "OWNER" },
              { userId: member.id, role: "MEMBER" },
            ],
          },
        },
      })
    ).id;
    await subscribe(db, ws);
  });
  afterAll(() => database?.close());

  const inbox = (user: SessionUser) =>
    database.prisma.notification.findMany({ where: { userId: user.id }, orderBy: { createdAt: "asc" } });
  const mail = (user: SessionUser) =>
    database.prisma.emailMessage.findMany({ where: { to: user.email }, orderBy: { createdAt: "asc" } });
  const clear = async () => {
    await database.prisma.notification.deleteMany();
    await database.prisma.emailMessage.deleteMany();
  };

  it("tells the right people about each step, never the one who did it, and keeps internal notes from clients", async () => {
    const db = database.prisma;
    const client = await callerFor(db, owner);
    const studio = await callerFor(db, designer);
    const request = await client.requests.create({
      workspaceId: ws,
      title: "Pricing page",
      type: "web-design",
      brief: "…",
    });

    // It started by itself: the other client hears; staff hear because nobody is assigned yet.
    expect((await inbox(member)).map((n) => n.title)).toEqual(["Work has started on “Pricing page”"]);
    expect((await inbox(owner)).map((n) => n.title)).toEqual(["Work has started on “Pricing page”"]);
    expect((await inbox(designer)).map((n) => n.title)).toEqual(["“Pricing page” is ready to start"]);
    expect((await inbox(outsider)).length).toBe(0);
    await clear();

    await studio.requests.assign({ requestId: request.id, designerId: designer.id });
    await studio.requests.staffComment({
      requestId: request.id,
      body: "Client is picky about blues",
      isInternal: true,
    });
    expect(await inbox(owner)).toEqual([]);
    expect(await inbox(member)).toEqual([]);
    expect(await mail(owner)).toEqual([]);

    await client.requests.comment({ workspaceId: ws, requestId: request.id, body: "Please use our navy." });
    // Assigned now: only the assignee hears from the studio side, not the whole team.
    const toDesigner = await inbox(designer);
    expect(toDesigner.map((n) => [n.title, n.body, n.href])).toEqual([
      ["New comment on “Pricing page”", "Olivia: Please use our navy.", `/admin/requests/${request.id}`],
    ]);
    expect(await inbox(otherDesigner)).toEqual([]);
    expect((await inbox(member))[0]?.href).toBe(`/portal/requests/${request.id}`);
    const [email] = await mail(designer);
    expect(email).toMatchObject({
      subject: "New comment on “Pricing page”",
      kind: "request-comment",
      status: "PENDING",
    });
    expect(email?.text).toContain(`/admin/requests/${request.id}`);
    await clear();

    const file = await db.fileAsset.create({
      data: {
        storageKey: "images/t/v1.png",
        originalName: "v1.png",
        size: 1,
        mime: "image/png",
        sha256: "0",
        uploadedById: designer.id,
      },
    });
    await studio.requests.deliver({ requestId: request.id, fileId: file.id, note: "First take" });
    expect((await inbox(owner)).map((n) => n.title)).toEqual(["Version 1 of “Pricing page” is ready for your review"]);
    expect((await mail(member)).map((m) => m.subject)).toEqual([
      "Version 1 of “Pricing page” is ready for your review",
    ]);
    expect(await inbox(designer)).toEqual([]);
    await clear();

    await client.requests.requestRevision({ workspaceId: ws, requestId: request.id, feedback: "Bigger headline" });
    expect((await inbox(designer)).map((n) => [n.title, n.body])).toEqual([
      ["Revision requested on “Pricing page”", "Olivia: Bigger headline"],
    ]);
    expect((await inbox(member)).map((n) => n.title)).toEqual(["Revision requested on “Pricing page”"]);
    expect(await inbox(owner)).toEqual([]);
  });

  it("honours each person's preferences per kind and channel", async () => {
    await clear();
    const db = database.prisma;
    const memberApi = await callerFor(db, member);
    const prefs = await memberApi.notifications.preferences();
    expect(prefs.map((p) => [p.kind, p.inApp, p.email])).toEqual([
      ["REQUEST_STATUS", true, true],
      ["REQUEST_COMMENT", true, true],
      ["REQUEST_DELIVERABLE", true, true],
    ]);
    await memberApi.notifications.setPreference({ kind: "REQUEST_COMMENT", inApp: true, email: false });
    await memberApi.notifications.setPreference({ kind: "REQUEST_STATUS", inApp: false, email: false });

    const studio = await callerFor(db, designer);
    const client = await callerFor(db, owner);
    const request = await client.requests.create({
      workspaceId: ws,
      title: "About page",
      type: "web-design",
      brief: "…",
    });
    await studio.requests.staffComment({ requestId: request.id, body: "Starting soon" });
    await client.requests.cancel({ workspaceId: ws, requestId: request.id });

    expect((await inbox(member)).map((n) => n.kind)).toEqual(["REQUEST_COMMENT"]);
    expect(await mail(member)).toEqual([]);
    // The owner kept the defaults and hears about the comment by both channels.
    expect((await inbox(owner)).map((n) => n.kind)).toEqual(["REQUEST_COMMENT"]);
    expect((await mail(owner)).map((m) => m.kind)).toEqual(["request-comment"]);
  });

  it("lists, counts and marks read only the caller's own notifications", async () => {
    const db = database.prisma;
    const ownerApi = await callerFor(db, owner);
    const outsiderApi = await callerFor(db, outsider);
    const mine = await db.notification.findMany({ where: { userId: owner.id }, select: { id: true } });
    expect(mine.length).toBeGreaterThan(0);
    await db.notification.createMany({
      data: Array.from({ length: 25 }, (_, i) => ({
        userId: owner.id,
        kind: "REQUEST_STATUS" as const,
        title: `Old ${i}`,
        body: "…",
        href: "/portal",
        createdAt: new Date(Date.now() - (i + 1) * 60_000),
      })),
    });
    const total = mine.length + 25;
    const first = await ownerApi.notifications.list({ limit: 20 });
    expect(first.items).toHaveLength(20);
    expect(first.unread).toBe(total);
    const second = await ownerApi.notifications.list({ limit: 20, cursor: first.nextCursor });
    expect(second.items).toHaveLength(total - 20);
    expect(second.nextCursor).toBeNull();
    expect(new Set([...first.items, ...second.items].map((n) => n.id)).size).toBe(total);

    // Someone else's ids change nothing.
    expect(await outsiderApi.notifications.markRead({ ids: mine.map((n) => n.id) })).toEqual({ marked: 0 });
    expect((await ownerApi.notifications.unreadCount()).count).toBe(total);
    expect(await ownerApi.notifications.markRead({ ids: [mine[0]?.id ?? ""] })).toEqual({ marked: 1 });
    expect((await ownerApi.notifications.unreadCount()).count).toBe(total - 1);
    // Opening a request reads its notifications, and only those (and only the caller's).
    const aboutOne = await db.notification.findFirstOrThrow({ where: { userId: owner.id, requestId: { not: null } } });
    const sameRequest = await db.notification.count({
      where: { userId: owner.id, requestId: aboutOne.requestId, readAt: null },
    });
    expect(await outsiderApi.notifications.markRead({ requestId: aboutOne.requestId ?? "" })).toEqual({ marked: 0 });
    expect(await ownerApi.notifications.markRead({ requestId: aboutOne.requestId ?? "" })).toEqual({
      marked: sameRequest,
    });
    const left = total - 1 - sameRequest;
    expect((await ownerApi.notifications.unreadCount()).count).toBe(left);
    expect(await ownerApi.notifications.markAllRead()).toEqual({ marked: left });
    expect((await ownerApi.notifications.unreadCount()).count).toBe(0);
    expect((await outsiderApi.notifications.list({})).items).toEqual([]);
  });
});
