import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { afterAll, beforeAll, expect, it } from "vitest";
import { PrismaClient } from "../generated/prisma/client";
import { LocalDiskStorage } from "../platform/storage";
import { createTestDatabase, describeDb, type TestDatabase } from "../testing/database";
import { solidPng } from "../testing/images";
import { handleImageUpload } from "./http";
import { HERO_IMAGE_MAX_BYTES, sanitizeFileName, sniffImage, storeImage } from "./service";

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
    // A body larger than the limit is cut off while streaming, whatever Content-Length said.
    const stream = new ReadableStream({
      start(controller) {
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
