import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { afterAll, beforeAll, expect, it } from "vitest";
import { expectedFileRouteAccess } from "../authorization-matrix";
import { PrismaClient } from "../generated/prisma/client";
import { LocalDiskStorage } from "../platform/storage";
import { createTestDatabase, describeDb, type TestDatabase } from "../testing/database";
import { solidPng } from "../testing/images";
import { downloadableFile } from "./access";
import { handleAttachmentUpload, handleImageUpload } from "./http";
import { classifyAttachment } from "./kinds";
import { handlePreview } from "./previews";
import {
  ATTACHMENT_MAX_BYTES,
  HERO_IMAGE_MAX_BYTES,
  sanitizeFileName,
  sniffImage,
  storeAttachment,
  storeImage,
  sweepUnattachedFiles,
} from "./service";

describeDb("image uploads", () => {
  let database: TestDatabase;
  let root: string;
  let store: LocalDiskStorage;
  let designerId = "";
  const filesOnDisk = () => fs.readdirSync(root, { recursive: true }).filter((f) => String(f).includes("."));

  beforeAll(async () => {
    database = await createTestDatabase();
    root = fs.mkdtempSync(path.join(os.tmpdir(), "atelier-uploads-"));
    store = new LocalDiskStorage(root);
    designerId = (await database.prisma.user.create({ data: { email: "d@example.com", staffRole: "DESIGNER" } })).id;
  });
  afterAll(async () => {
    await database?.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it("recognises images by their bytes, not their names", () => {
    expect(sniffImage(solidPng(2, 2, [255, 0, 0]))).toBe("image/png");
    expect(sniffImage(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe("image/jpeg");
    expect(sniffImage(Buffer.concat([Buffer.from("RIFF"), Buffer.alloc(4), Buffer.from("WEBPVP8 ")]))).toBe(
      "image/webp",
    );
    expect(sniffImage(Buffer.from("<html><script>alert(1)</script></html>"))).toBeNull();
    expect(sniffImage(Buffer.from("GIF89a"))).toBeNull();
  });

  it("keeps names harmless and never uses them as paths", () => {
    expect(sanitizeFileName("../../etc/passwd")).toBe("passwd");
    expect(sanitizeFileName("C:\\Users\\me\\hero<1>.png")).toBe("hero1.png");
    // Right-to-left override and friends would make "invoice\u202Egnp.exe" display as "invoiceexe.png".
    expect(sanitizeFileName("invoice\u202Egnp.exe")).toBe("invoicegnp.exe");
    expect(sanitizeFileName("\u2066a\u2069\u200Fb\u061C\u202Ac\u0085.pdf")).toBe("abc.pdf");
    expect(sanitizeFileName("\u0000\u0007")).toBe("file");
    expect(sanitizeFileName("before 🚀 قبل.png")).toBe("before 🚀 قبل.png");
  });

  it("stores a real image with its size and sha256", async () => {
    const png = solidPng(4, 3, [10, 20, 30]);
    const file = await storeImage(database.prisma, store, {
      data: png,
      originalName: "hero.PNG",
      uploadedById: designerId,
    });
    expect(file).toMatchObject({ mime: "image/png", size: png.length, originalName: "hero.PNG" });
    expect(file.sha256).toMatch(/^[0-9a-f]{64}$/);
    const row = await database.prisma.fileAsset.findUniqueOrThrow({ where: { id: file.id } });
    expect(row.storageKey).toMatch(/^images\/\d{4}\/\d{2}\/[0-9a-f-]{36}\.png$/);
    expect(await store.get(row.storageKey)).toEqual(png);
  });

  it("refuses a .png that is really HTML, an empty file and an oversized one, storing nothing", async () => {
    const before = filesOnDisk().length;
    const rows = await database.prisma.fileAsset.count();
    await expect(
      storeImage(database.prisma, store, {
        data: Buffer.from("<html>hi</html>"),
        originalName: "hero.png",
        uploadedById: designerId,
      }),
    ).rejects.toThrow("checked by content");
    await expect(
      storeImage(database.prisma, store, { data: Buffer.alloc(0), originalName: "x.png", uploadedById: designerId }),
    ).rejects.toThrow("empty");
    const huge = Buffer.concat([solidPng(1, 1, [0, 0, 0]), Buffer.alloc(HERO_IMAGE_MAX_BYTES)]);
    await expect(
      storeImage(database.prisma, store, { data: huge, originalName: "x.png", uploadedById: designerId }),
    ).rejects.toThrow("the limit is 10 MB");
    expect(filesOnDisk().length).toBe(before);
    expect(await database.prisma.fileAsset.count()).toBe(rows);
  });

  it("removes the stored bytes when recording the file fails half way", async () => {
    const pglite = new PGlite();
    const broken = new PrismaClient({ adapter: new PrismaPGlite(pglite) }); // no tables: the insert fails
    const before = filesOnDisk().length;
    await expect(
      storeImage(broken, store, { data: solidPng(1, 1, [1, 2, 3]), originalName: "x.png", uploadedById: designerId }),
    ).rejects.toThrow();
    expect(filesOnDisk().length).toBe(before);
    await broken.$disconnect();
    await pglite.close();
  });

  it("refuses keys that would leave the storage root", async () => {
    await expect(store.put("../outside.png", Buffer.from("x"), "image/png")).rejects.toThrow();
    await expect(store.get("images/../../etc/passwd")).rejects.toThrow();
  });

  it("accepts uploads over HTTP from staff only, with clear errors", async () => {
    const png = solidPng(8, 8, [200, 100, 0]);
    const post = (body: BodyInit, headers: Record<string, string> = {}) =>
      new Request("http://localhost/api/uploads/images", {
        method: "POST",
        body,
        headers: { "x-file-name": "before.png", ...headers },
        duplex: "half",
      } as RequestInit);
    const as = (user: { id: string; staffRole: string | null } | null) => ({
      db: database.prisma,
      storage: store,
      getUser: async () => user,
    });

    const body = () => new Uint8Array(png);
    expect((await handleImageUpload(post(body()), as(null))).status).toBe(401);
    expect((await handleImageUpload(post(body()), as({ id: "client", staffRole: null }))).status).toBe(403);
    const ok = await handleImageUpload(post(body()), as({ id: designerId, staffRole: "DESIGNER" }));
    expect(ok.status).toBe(201);
    expect(await ok.json()).toMatchObject({ mime: "image/png", originalName: "before.png" });

    const declaredTooBig = await handleImageUpload(
      post(body(), { "content-length": String(HERO_IMAGE_MAX_BYTES + 1) }),
      as({ id: designerId, staffRole: "DESIGNER" }),
    );
    expect(declaredTooBig.status).toBe(413);
    // A body larger than the limit is cut off while streaming, whatever Content-Length said (it starts
    // as a real PNG: a forged one is refused on its first bytes, before its size is known).
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(new Uint8Array(png));
        for (let i = 0; i < 12; i++) controller.enqueue(new Uint8Array(1_048_576));
        controller.close();
      },
    });
    const streamedTooBig = await handleImageUpload(post(stream), as({ id: designerId, staffRole: "DESIGNER" }));
    expect(streamedTooBig.status).toBe(413);
    const html = await handleImageUpload(
      post("<html><script>alert(1)</script></html>"),
      as({ id: designerId, staffRole: "DESIGNER" }),
    );
    expect(html.status).toBe(400);
    expect((await html.json()).error).toContain("PNG, JPEG and WebP");
  });
});

describeDb("request attachments", () => {
  let database: TestDatabase;
  let root: string;
  let store: LocalDiskStorage;
  const users: Record<"client" | "teammate" | "stranger" | "designer", { id: string; staffRole: string | null }> = {
    client: { id: "", staffRole: null },
    teammate: { id: "", staffRole: null },
    stranger: { id: "", staffRole: null },
    designer: { id: "", staffRole: "DESIGNER" },
  };
  const filesOnDisk = () => fs.readdirSync(root, { recursive: true }).filter((f) => String(f).includes("."));
  const pdf = Buffer.from("%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
  const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(60, 1)]);
  const upload = (body: BodyInit, name: string, as: keyof typeof users | null, headers: Record<string, string> = {}) =>
    handleAttachmentUpload(
      new Request("http://localhost/api/uploads/attachments", {
        method: "POST",
        body,
        headers: { "x-file-name": encodeURIComponent(name), ...headers },
        duplex: "half",
      } as RequestInit),
      { db: database.prisma, storage: store, getUser: async () => (as ? users[as] : null) },
    );

  beforeAll(async () => {
    database = await createTestDatabase();
    root = fs.mkdtempSync(path.join(os.tmpdir(), "atelier-attachments-"));
    store = new LocalDiskStorage(root);
    for (const key of Object.keys(users) as (keyof typeof users)[]) {
      users[key].id = (
        await database.prisma.user.create({
          data: { email: `${key}@example.com`, staffRole: users[key].staffRole as "DESIGNER" | null },
        })
      ).id;
    }
  });
  afterAll(async () => {
    await database?.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it("accepts design and document types whose content matches their name, and nothing else", () => {
    const ok = (name: string, data: Buffer) => classifyAttachment(name, data);
    expect(ok("brief.pdf", pdf)).toEqual({ mime: "application/pdf", ext: "pdf" });
    expect(ok("logo.ai", pdf)).toMatchObject({ ext: "ai" });
    expect(ok("Homepage.fig", Buffer.from("fig-kiwi\u0000\u0001"))).toMatchObject({ mime: "application/x-figma" });
    expect(ok("copy.docx", zip)).toMatchObject({ ext: "docx" });
    expect(ok("assets.sketch", zip)).toMatchObject({ ext: "sketch" });
    expect(ok("mock.PSD", Buffer.from("8BPS\u0000\u0001"))).toMatchObject({ mime: "image/vnd.adobe.photoshop" });
    expect(ok("walkthrough.mp4", Buffer.concat([Buffer.from([0, 0, 0, 0x20]), Buffer.from("ftypisom")]))).toMatchObject(
      {
        mime: "video/mp4",
      },
    );
    expect(ok("notes.md", Buffer.from("# Brand notes\nUse the **blue**. Привет"))).toMatchObject({ ext: "md" });
    expect(
      ok("icon.svg", Buffer.from('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>')),
    ).toMatchObject({
      mime: "image/svg+xml",
    });
    // Forged: the name says one thing, the bytes another.
    expect(ok("brief.pdf", zip)).toEqual({ error: expect.stringContaining("not a real PDF") });
    expect(ok("logo.png", Buffer.from("<html><script>alert(1)</script>"))).toHaveProperty("error");
    expect(ok("notes.txt", Buffer.from([0x00, 0x01, 0x02]))).toHaveProperty("error");
    expect(ok("icon.svg", Buffer.from("<html><body>not an svg</body></html>"))).toHaveProperty("error");
    // Types we do not take at all, whatever their content.
    expect(ok("setup.exe", Buffer.from("MZ\u0090"))).toEqual({
      error: expect.stringContaining("not a type we accept"),
    });
    expect(ok("page.html", Buffer.from("<html></html>"))).toHaveProperty("error");
    expect(ok("no-extension", pdf)).toHaveProperty("error");
  });

  it("stores an attachment with its sanitized name, size and sha256 under a key of ours", async () => {
    const file = await storeAttachment(database.prisma, store, {
      data: pdf,
      originalName: "../../etc/Brand brief.pdf",
      uploadedById: users.client.id,
    });
    expect(file).toMatchObject({ originalName: "Brand brief.pdf", size: pdf.length, mime: "application/pdf" });
    expect(file.sha256).toBe(createHash("sha256").update(pdf).digest("hex"));
    const row = await database.prisma.fileAsset.findUniqueOrThrow({ where: { id: file.id } });
    expect(row.storageKey).toMatch(/^attachments\/\d{4}\/\d{2}\/[0-9a-f-]{36}\.pdf$/);
    // Downloads stream the bytes from storage.
    const stream = await store.stream(row.storageKey);
    expect(Buffer.from(await new Response(stream).arrayBuffer())).toEqual(pdf);
    expect(await store.stream("attachments/2026/01/missing.pdf")).toBeNull();
  });

  it("takes 50 MB over HTTP, refuses a byte more, forged types and interrupted uploads, and keeps nothing of them", async () => {
    const rows = await database.prisma.fileAsset.count();
    const onDisk = filesOnDisk().length;
    expect((await upload(new Uint8Array(pdf), "brief.pdf", null)).status).toBe(401);

    const atLimit = Buffer.concat([pdf, Buffer.alloc(ATTACHMENT_MAX_BYTES - pdf.length, 0x20)]);
    const big = await upload(new Uint8Array(atLimit), "big brief.pdf", "client");
    expect(big.status).toBe(201);
    expect(await big.json()).toMatchObject({ size: ATTACHMENT_MAX_BYTES });

    const overByOne = (chunks: number) =>
      new ReadableStream({
        start(controller) {
          controller.enqueue(new Uint8Array(pdf));
          for (let i = 0; i < chunks; i++) controller.enqueue(new Uint8Array(1_048_576));
          controller.enqueue(new Uint8Array(1));
          controller.close();
        },
      });
    const tooBig = await upload(overByOne(50), "huge.pdf", "client");
    expect(tooBig.status).toBe(413);
    expect((await tooBig.json()).error).toContain("50 MB");
    const declared = await upload(new Uint8Array(pdf), "huge.pdf", "client", {
      "content-length": String(ATTACHMENT_MAX_BYTES + 1),
    });
    expect(declared.status).toBe(413);

    const forged = await upload(new Uint8Array(zip), "contract.pdf", "client");
    expect(forged.status).toBe(400);
    expect((await forged.json()).error).toContain("not a real PDF");

    // The connection drops after the first megabyte.
    const interrupted = new ReadableStream({
      start(controller) {
        controller.enqueue(new Uint8Array(pdf));
        controller.enqueue(new Uint8Array(1_048_576));
      },
      pull(controller) {
        controller.error(new Error("socket hang up"));
      },
    });
    const cut = await upload(interrupted, "cut.pdf", "client");
    expect(cut.status).toBe(400);
    expect((await cut.json()).error).toContain("interrupted");

    // Only the one good upload was kept.
    expect(await database.prisma.fileAsset.count()).toBe(rows + 1);
    expect(filesOnDisk().length).toBe(onDisk + 1);
  });

  it("lets the uploader, then the request's workspace and staff download an attachment; nobody else", async () => {
    const file = await storeAttachment(database.prisma, store, {
      data: pdf,
      originalName: "brief.pdf",
      uploadedById: users.client.id,
    });
    const can = async (who: keyof typeof users) =>
      Boolean(await downloadableFile(database.prisma, file.id, users[who]));
    expect(await can("client")).toBe(true);
    expect(await can("teammate")).toBe(false);
    expect(await downloadableFile(database.prisma, file.id, null)).toBeNull();

    const workspace = await database.prisma.workspace.create({
      data: {
        name: "Acme",
        slug: "acme-files",
        memberships: {
          create: [
            { userId: users.client.id, role: "OWNER" },
            { userId: users.teammate.id, role: "MEMBER" },
          ],
        },
      },
    });
    await database.prisma.designRequest.create({
      data: {
        workspaceId: workspace.id,
        title: "Landing page",
        type: "web-design",
        brief: "…",
        position: 1000,
        createdById: users.client.id,
        attachments: { create: { fileId: file.id, workspaceId: workspace.id } },
      },
    });
    expect(await can("client")).toBe(true);
    expect(await can("teammate")).toBe(true);
    expect(await can("designer")).toBe(true);
    expect(await can("stranger")).toBe(false);
  });

  it("serves previews and thumbnails under exactly the download rule", async () => {
    const image = await storeAttachment(database.prisma, store, {
      data: solidPng(600, 300, [30, 160, 90]),
      originalName: "mood.png",
      uploadedById: users.client.id,
    });
    const preview = (who: keyof typeof users | null, size = "thumb") =>
      handlePreview(new Request(`http://localhost/api/files/${image.id}/preview?size=${size}`), image.id, {
        db: database.prisma,
        storage: store,
        getUser: async () => (who ? users[who] : null),
      });
    const statuses = async () =>
      Object.fromEntries(
        await Promise.all(
          ([null, "client", "teammate", "stranger", "designer"] as const).map(async (who) => [
            who ?? "anonymous",
            (await preview(who)).status,
          ]),
        ),
      );
    const download = async (who: keyof typeof users | null) =>
      (await downloadableFile(database.prisma, image.id, who ? users[who] : null)) ? 200 : 404;
    // Before it is attached: the uploader (and staff), as for the download.
    expect(await statuses()).toEqual({ anonymous: 404, client: 200, teammate: 404, stranger: 404, designer: 200 });
    const workspace = await database.prisma.workspace.findUniqueOrThrow({ where: { slug: "acme-files" } });
    await database.prisma.designRequest.create({
      data: {
        workspaceId: workspace.id,
        title: "Moodboard",
        type: "web-design",
        brief: "…",
        position: 2000,
        createdById: users.client.id,
        attachments: { create: { fileId: image.id, workspaceId: workspace.id } },
      },
    });
    const after = await statuses();
    const row = async (answer: (who: keyof typeof users | null) => Promise<number>) =>
      (await Promise.all(([null, "client", "teammate", "stranger", "designer"] as const).map(answer)))
        .map((status) => (status === 200 ? "Y" : "-"))
        .join("");
    expect({
      "GET /api/files/<id>": await row(download),
      "GET /api/files/<id>/preview": await row(async (who) => (await preview(who)).status),
    }).toEqual(expectedFileRouteAccess);
    expect(after).toEqual({ anonymous: 404, client: 200, teammate: 200, stranger: 404, designer: 200 });
    const view = await preview("teammate", "view");
    expect(view.headers.get("content-type")).toBe("image/webp");
    expect((await preview("teammate", "huge")).status).toBe(400);
  });

  it("sweeps uploads nobody attached once they are a day old, and never an attached one", async () => {
    const stale = await storeAttachment(database.prisma, store, {
      data: pdf,
      originalName: "forgotten.pdf",
      uploadedById: users.client.id,
    });
    const fresh = await storeAttachment(database.prisma, store, {
      data: pdf,
      originalName: "just-now.pdf",
      uploadedById: users.client.id,
    });
    const dayAgo = new Date(Date.now() - 25 * 3_600_000);
    await database.prisma.fileAsset.updateMany({ data: { createdAt: dayAgo }, where: { id: { not: fresh.id } } });
    const staleKey = (await database.prisma.fileAsset.findUniqueOrThrow({ where: { id: stale.id } })).storageKey;

    const attachedBefore = await database.prisma.requestAttachment.count();
    const removed = await sweepUnattachedFiles(database.prisma, store);
    expect(removed).toBeGreaterThanOrEqual(1);
    expect(await database.prisma.fileAsset.findUnique({ where: { id: stale.id } })).toBeNull();
    expect(await store.get(staleKey)).toBeNull();
    expect(await database.prisma.fileAsset.findUnique({ where: { id: fresh.id } })).not.toBeNull();
    // Attached files (from the test above) are all still there, bytes included.
    const attached = await database.prisma.requestAttachment.findMany({ include: { file: true } });
    expect(attached.length).toBe(attachedBefore);
    for (const a of attached) expect(await store.get(a.file.storageKey)).not.toBeNull();
  });
});
