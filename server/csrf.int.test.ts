import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import type { SessionUser } from "./accounts/session";
import { toSessionUser } from "./accounts/session";
import { handleAttachmentUpload } from "./files/http";
import { LocalDiskStorage } from "./platform/storage";
import { createTestDatabase, describeDb, type TestDatabase } from "./testing/database";
import { httpCall } from "./testing/trpc";

const APP = "http://localhost:3000"; // APP_URL in tests (no APP_URL set: localhost:$PORT)
const url = `${APP}/api/trpc/notifications.markAllRead`;

describeDb("cross-site request forgery", () => {
  let database: TestDatabase;
  let user: SessionUser;
  beforeAll(async () => {
    database = await createTestDatabase();
    user = toSessionUser(await database.prisma.user.create({ data: { email: "victim@example.com" } }));
  });
  beforeEach(async () => {
    await database.prisma.notification.deleteMany();
    await database.prisma.notification.create({
      data: { userId: user.id, kind: "REQUEST_COMMENT", title: "New comment", body: "Hi", href: "/portal" },
    });
  });
  afterAll(() => database?.close());

  const unread = () => database.prisma.notification.count({ where: { userId: user.id, readAt: null } });
  const post = (headers: Record<string, string>, body: BodyInit = "{}") =>
    httpCall(
      database.prisma,
      new Request(url, { method: "POST", headers: { host: "localhost:3000", ...headers }, body }),
      {
        user,
      },
    );

  it.each([
    [
      "a form post (multipart/form-data)",
      () => {
        const form = new FormData();
        form.set("x", "1");
        return form;
      },
    ],
    ["a form post (urlencoded)", () => new URLSearchParams({ x: "1" })],
    ["text/plain", () => new Blob(["{}"], { type: "text/plain" })],
  ])("refuses %s to an input-less mutation with 415 and changes nothing", async (_name, body) => {
    const res = await post({}, body());
    expect(res.status).toBe(415);
    expect((await res.json()).error).toMatch(/application\/json/);
    expect(await unread()).toBe(1);
  });

  it.each([
    ["another port of the same host", { origin: "http://localhost:8080", "content-type": "application/json" }],
    ["another site", { origin: "https://evil.example", "content-type": "application/json" }],
    ["an opaque origin", { origin: "null", "content-type": "application/json" }],
    ["Sec-Fetch-Site: same-site", { "sec-fetch-site": "same-site", "content-type": "application/json" }],
    ["Sec-Fetch-Site: cross-site", { "sec-fetch-site": "cross-site", "content-type": "application/json" }],
  ])("refuses JSON from %s with 403", async (_name, headers) => {
    const res = await post(headers);
    expect(res.status).toBe(403);
    expect(await unread()).toBe(1);
  });

  it("runs the mutation from our own pages", async () => {
    const res = await post({ origin: APP, "sec-fetch-site": "same-origin", "content-type": "application/json" });
    expect(res.status).toBe(200);
    expect(await unread()).toBe(0);
  });

  it("refuses an upload posted from another origin before reading it", async () => {
    const res = await handleAttachmentUpload(
      new Request(`${APP}/api/uploads/attachments`, {
        method: "POST",
        headers: { origin: "http://localhost:8080", host: "localhost:3000", "x-file-name": "brief.txt" },
        body: "hello",
      }),
      { db: database.prisma, storage: new LocalDiskStorage("/nonexistent"), getUser: async () => user },
    );
    expect(res.status).toBe(403);
    expect(await database.prisma.fileAsset.count()).toBe(0);
  });
});
