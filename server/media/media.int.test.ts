import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { TRPCError } from "@trpc/server";
import sharp from "sharp";
import { afterAll, beforeAll, expect, it } from "vitest";
import { seedDatabase } from "../../prisma/seed";
import { expectedAccess } from "../authorization-matrix";
import { handleImageUpload } from "../files/http";
import { storeAttachment, sweepUnattachedFiles } from "../files/service";
import { LocalDiskStorage, type Storage } from "../platform/storage";
import { createTestDatabase, describeDb, type TestDatabase } from "../testing/database";
import { solidPng } from "../testing/images";
import { createPeople, type People } from "../testing/people";
import { callerFor } from "../testing/trpc";
import { serveMedia } from "./http";

describeDb("media library", () => {
  let database: TestDatabase;
  let people: People;
  let root: string;
  let store: LocalDiskStorage;
  const globalStorage = globalThis as unknown as { atelierStorage?: Storage };
  let previousStorage: Storage | undefined;

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDatabase(database.prisma, { demoAccounts: false });
    people = await createPeople(database.prisma);
    root = fs.mkdtempSync(path.join(os.tmpdir(), "atelier-media-"));
    store = new LocalDiskStorage(root);
    // The procedures use the process's storage: point it at this test's directory.
    previousStorage = globalStorage.atelierStorage;
    globalStorage.atelierStorage = store;
  });
  afterAll(async () => {
    globalStorage.atelierStorage = previousStorage;
    await database?.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  /** Uploads through the same route the library page uses (POST /api/uploads/images). */
  async function upload(name: string, body: Buffer, as = people.users.designer) {
    const res = await handleImageUpload(
      new Request("http://localhost/api/uploads/images", {
        method: "POST",
        headers: { "x-file-name": encodeURIComponent(name), "content-length": String(body.length) },
        body: new Uint8Array(body),
      }),
      { db: database.prisma, storage: store, getUser: async () => as },
    );
    return { status: res.status, body: (await res.json()) as { id?: string; error?: string } };
  }

  async function refusal(promise: Promise<unknown>) {
    const error = await promise.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TRPCError);
    return error as TRPCError;
  }

  it("refuses non-images and forged types before anything becomes a library image", async () => {
    const html = await upload("hero.png", Buffer.from("<html><script>alert(1)</script></html>"));
    expect(html.status).toBe(400);
    expect(html.body.error).toMatch(/Only PNG, JPEG and WebP/);
    const svg = await upload(
      "logo.svg",
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="1" height="1"/></svg>'),
    );
    expect(svg.status).toBe(400);
    // A file that came in as a request attachment (a text file) cannot be turned into a library image.
    const text = await storeAttachment(database.prisma, store, {
      data: Buffer.from("just some notes\n"),
      originalName: "notes.txt",
      uploadedById: people.users.designer.id,
    });
    const designer = await callerFor(database.prisma, people.users.designer);
    const error = await refusal(designer.media.create({ fileId: text.id, alt: "Notes" }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toMatch(/Only PNG, JPEG and WebP images/);
    expect(await database.prisma.mediaAsset.count()).toBe(0);
  });

  it("requires alt text, in words a person understands", async () => {
    const { body } = await upload("portrait.png", solidPng(8, 8, [1, 2, 3]));
    const designer = await callerFor(database.prisma, people.users.designer);
    const error = await refusal(designer.media.create({ fileId: body.id as string, alt: "   " }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(JSON.stringify(error)).toMatch(/Describe the image for people who cannot see it/);
    expect(await database.prisma.mediaAsset.count()).toBe(0);
  });

  it("adds an image with its size, serves it under an immutable path and finds it by its alt text", async () => {
    const png = await sharp({ create: { width: 64, height: 40, channels: 3, background: "#4f46e5" } })
      .png()
      .toBuffer();
    const { status, body } = await upload("Spring Hero (final).PNG", png);
    expect(status).toBe(201);
    const designer = await callerFor(database.prisma, people.users.designer);
    const asset = await designer.media.create({
      fileId: body.id as string,
      alt: "The spring hero on a phone",
      focalX: 0.25,
      focalY: 0.75,
    });
    expect(asset).toMatchObject({ width: 64, height: 40, mime: "image/png", fileName: "spring-hero-final.png" });
    expect(asset.path).toBe(`/media/${asset.id}/spring-hero-final.png`);
    // The same upload cannot become two assets.
    expect((await refusal(designer.media.create({ fileId: body.id as string, alt: "Again" }))).code).toBe("CONFLICT");

    const served = await serveMedia({ db: database.prisma, storage: store }, asset.id, "spring-hero-final.png");
    expect(served.status).toBe(200);
    expect(served.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(served.headers.get("content-type")).toBe("image/png");
    expect(Buffer.from(await served.arrayBuffer()).equals(png)).toBe(true);
    expect((await serveMedia({ db: database.prisma, storage: store }, asset.id, "other.png")).status).toBe(404);

    expect((await designer.media.list({ query: "SPRING hero" })).items.map((m) => m.id)).toEqual([asset.id]);
    expect((await designer.media.list({ query: "no such picture" })).items).toEqual([]);
    // Library files are never swept as "unattached uploads".
    await sweepUnattachedFiles(database.prisma, store, 0);
    expect(await database.prisma.fileAsset.count({ where: { id: body.id as string } })).toBe(1);
  });

  it("refuses to delete an image in use and names every place that shows it", async () => {
    const designer = await callerFor(database.prisma, people.users.designer);
    const { body } = await upload(
      "tallyroot-dashboard.webp",
      await sharp(solidPng(20, 10, [9, 9, 9]))
        .webp()
        .toBuffer(),
    );
    const asset = await designer.media.create({ fileId: body.id as string, alt: "Tallyroot's dashboard" });
    const post = await database.prisma.blogPost.findFirstOrThrow({ select: { id: true, title: true } });
    await database.prisma.service.update({
      where: { slug: "web-design" },
      data: { imagePath: asset.path, imageAlt: "Tallyroot's dashboard" },
    });
    await database.prisma.blogPost.update({
      where: { id: post.id },
      data: { body: `Our latest work:\n\n![The dashboard](${asset.path})\n` },
    });
    await database.prisma.pageImage.update({
      where: { page_slot: { page: "home", slot: "hero" } },
      data: { imagePath: asset.path },
    });

    const details = await designer.media.get({ id: asset.id });
    expect(details.usedIn.map((u) => u.label).sort()).toEqual(
      [`the blog post “${post.title}”`, "the page “Home”", "the service “Website Design”"].sort(),
    );
    const error = await refusal(designer.media.delete({ id: asset.id }));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toContain("the service “Website Design”");
    expect(error.message).toContain(`the blog post “${post.title}”`);
    expect(error.message).toContain("the page “Home”");
    expect(await database.prisma.mediaAsset.count({ where: { id: asset.id } })).toBe(1);

    // The home page shows the library image at its focal point.
    await designer.media.update({ id: asset.id, focalX: 0.1, focalY: 0.9 });
    const home = await (await callerFor(database.prisma)).media.pageImages({ page: "home" });
    expect(home.find((i) => i.slot === "hero")?.objectPosition).toBe("10% 90%");

    // Once nothing refers to it, it goes — row, file record and bytes.
    await database.prisma.service.update({
      where: { slug: "web-design" },
      data: { imagePath: "/demo/services/web-design.webp" },
    });
    await database.prisma.blogPost.update({ where: { id: post.id }, data: { body: "Our latest work." } });
    await database.prisma.pageImage.update({
      where: { page_slot: { page: "home", slot: "hero" } },
      data: { imagePath: "/demo/home/hero.webp" },
    });
    const storageKey = (await database.prisma.fileAsset.findUniqueOrThrow({ where: { id: body.id as string } }))
      .storageKey;
    await designer.media.delete({ id: asset.id });
    expect(await database.prisma.mediaAsset.count({ where: { id: asset.id } })).toBe(0);
    expect(await database.prisma.fileAsset.count({ where: { id: body.id as string } })).toBe(0);
    expect(await store.get(storageKey)).toBeNull();
    expect((await refusal(designer.media.get({ id: asset.id }))).code).toBe("NOT_FOUND");
  });

  it("names an image chosen in the content studio: in a draft before it is published, then on the page", async () => {
    const designer = await callerFor(database.prisma, people.users.designer);
    const studio = (await callerFor(database.prisma, people.users.admin)).contentStudio;
    const { body } = await upload("studio-cover.png", solidPng(16, 9, [200, 80, 40]));
    const asset = await designer.media.create({ fileId: body.id as string, alt: "An orange cover" });
    const labels = async () => (await designer.media.get({ id: asset.id })).usedIn;

    // The editor's picker fills the cover's path and alt text; autosave stores it as a draft.
    const post = await database.prisma.blogPost.findFirstOrThrow({
      where: { status: "PUBLISHED" },
      select: { id: true },
    });
    const opened = await studio.item({ kind: "post", id: post.id });
    const data = opened.data as Record<string, unknown>;
    const title = data.title as string;
    const saved = await studio.save({
      kind: "post",
      id: post.id,
      baseVersion: opened.version,
      data: { ...data, coverImage: asset.path, coverAlt: "An orange cover" } as never,
    });
    // The home page's social image, picked the same way in the page copy's editor.
    const home = await database.prisma.pageCopy.findUniqueOrThrow({ where: { slug: "home" }, select: { id: true } });
    const homeOpened = await studio.item({ kind: "page", id: home.id });
    await studio.save({
      kind: "page",
      id: home.id,
      baseVersion: homeOpened.version,
      data: { ...(homeOpened.data as Record<string, unknown>), seoImage: asset.path, seoImageAlt: "Orange" } as never,
    });
    expect(await labels()).toEqual([
      { label: `the draft of the blog post “${title}”`, href: `/admin/content/post/${post.id}` },
      { label: "the draft of the page “Home”", href: `/admin/content/page/${home.id}` },
    ]);
    const refused = await refusal(designer.media.delete({ id: asset.id }));
    expect(refused.code).toBe("CONFLICT");
    expect(refused.message).toContain(`the draft of the blog post “${title}”`);

    // Published, the post itself shows it: named once, as the post.
    await studio.publish({ kind: "post", id: post.id, version: saved.version });
    expect((await labels()).map((u) => u.label)).toEqual([`the blog post “${title}”`, "the draft of the page “Home”"]);

    // A draft that drops it still leaves the published post using it until that is published too.
    const next = await studio.save({
      kind: "post",
      id: post.id,
      baseVersion: saved.version,
      data: { ...data, coverImage: "", coverAlt: "" } as never,
    });
    const homeNow = await studio.item({ kind: "page", id: home.id });
    await studio.save({
      kind: "page",
      id: home.id,
      baseVersion: homeNow.version,
      data: { ...(homeNow.data as Record<string, unknown>), seoImage: "", seoImageAlt: "" } as never,
    });
    expect((await labels()).map((u) => u.label)).toEqual([`the blog post “${title}”`]);
    await studio.publish({ kind: "post", id: post.id, version: next.version });
    expect(await labels()).toEqual([]);
    await designer.media.delete({ id: asset.id });
    expect(await database.prisma.mediaAsset.count({ where: { id: asset.id } })).toBe(0);
  });

  it("lets only staff manage media, and anyone read the page images", async () => {
    for (const path of ["media.list", "media.get", "media.create", "media.update", "media.delete"])
      expect(expectedAccess[path], path).toBe("----YY");
    expect(expectedAccess["media.pageImages"]).toBe("YYYYYY");
    const client = await callerFor(database.prisma, people.users.ownerA);
    expect((await refusal(client.media.list({}))).code).toBe("FORBIDDEN");
    const anonymous = await callerFor(database.prisma);
    expect((await refusal(anonymous.media.delete({ id: "nope" }))).code).toBe("UNAUTHORIZED");
    const clientUpload = await upload("x.png", solidPng(2, 2, [0, 0, 0]), people.users.ownerA);
    expect(clientUpload.status).toBe(403);
  });
});
