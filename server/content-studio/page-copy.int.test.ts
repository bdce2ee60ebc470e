import { afterAll, beforeAll, expect, it } from "vitest";
import { seedDatabase } from "../../prisma/seed";
import { aboutCopy, homeCopy } from "../../prisma/seed-content/pages";
import { invalidationLog } from "../platform/cache";
import { createTestDatabase, describeDb, type TestDatabase } from "../testing/database";
import { createPeople, type People } from "../testing/people";
import { callerFor } from "../testing/trpc";
import { draftAt } from "./service";

describeDb("content studio: the home page's and /about's copy", () => {
  let database: TestDatabase;
  let people: People;
  const admin = () => callerFor(database.prisma, people.users.admin);
  const idOf = async (slug: string) =>
    (await database.prisma.pageCopy.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDatabase(database.prisma, { demoAccounts: false });
    people = await createPeople(database.prisma);
  });
  afterAll(() => database?.close());

  it("serves the seeded copy: exactly the text the pages had", async () => {
    const visitor = await callerFor(database.prisma);
    expect(await visitor.pages.home()).toEqual(homeCopy);
    expect(await visitor.pages.about()).toEqual(aboutCopy);
    const { items } = await (await admin()).contentStudio.list({ kind: "page", status: "all" });
    expect(items.map((i) => [i.title, i.slug, i.isPublished])).toEqual([
      ["About page", "about", true],
      ["Home page", "home", true],
    ]);
  });

  it("shows an edit of the home copy to visitors only once it is published, and expires the home page's tag", async () => {
    const studio = (await admin()).contentStudio;
    const visitor = await callerFor(database.prisma);
    const id = await idOf("home");
    const opened = await studio.item({ kind: "page", id });
    expect(opened.path).toBe("/");
    const data = { ...(opened.data as typeof homeCopy), heroHeading: "Design, shipped weekly." };
    const { version } = await studio.save({ kind: "page", id, baseVersion: opened.version, data });

    expect((await visitor.pages.home()).heroHeading).toBe(homeCopy.heroHeading);
    // Draft mode reads the draft at the page's address.
    const draft = await draftAt(database.prisma, "page", "home");
    expect((draft?.data as typeof homeCopy | undefined)?.heroHeading).toBe("Design, shipped weekly.");

    const before = invalidationLog.length;
    await studio.publish({ kind: "page", id, version });
    expect(invalidationLog.slice(before)).toContain("pages:copy:home");
    expect(invalidationLog.slice(before)).not.toContain("pages:copy:about");
    expect((await visitor.pages.home()).heroHeading).toBe("Design, shipped weekly.");
    expect((await visitor.pages.about()).heading).toBe(aboutCopy.heading);

    // The seed runs on every start and never puts the old text back.
    await seedDatabase(database.prisma, { demoAccounts: false });
    expect((await visitor.pages.home()).heroHeading).toBe("Design, shipped weekly.");
  });

  it("refuses to publish empty copy or another page's fields, and refuses to unpublish or create a page", async () => {
    const studio = (await admin()).contentStudio;
    const id = await idOf("about");
    const opened = await studio.item({ kind: "page", id });
    const { version } = await studio.save({
      kind: "page",
      id,
      baseVersion: opened.version,
      data: { ...(opened.data as typeof aboutCopy), heading: " ", principles: [] },
    });
    const refusal = await studio.publish({ kind: "page", id, version }).catch((e) => e);
    expect(refusal.code).toBe("BAD_REQUEST");
    expect(refusal.message).toMatch(/Add the page's heading/);

    const crossed = await studio.save({ kind: "page", id, baseVersion: version, data: homeCopy });
    const wrongPage = await studio.publish({ kind: "page", id, version: crossed.version }).catch((e) => e);
    expect(wrongPage.message).toMatch(/belongs to another page/);

    await expect(studio.unpublish({ kind: "page", id })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(studio.create({ kind: "page", data: { page: "home" } } as never)).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    expect((await (await callerFor(database.prisma)).pages.about()).heading).toBe(aboutCopy.heading);
  });

  it("publishes the hero picture chosen from the library to the home page; a picture of unknown size or without alt text is refused", async () => {
    const studio = (await admin()).contentStudio;
    const visitor = await callerFor(database.prisma);
    const id = await idOf("home");
    const asset = await database.prisma.mediaAsset.create({
      data: {
        path: "/media/hero-test/studio-at-work.webp",
        fileName: "studio-at-work.webp",
        mime: "image/webp",
        size: 1000,
        width: 1400,
        height: 1000,
        alt: "Two designers at a wall of printed layouts",
        file: {
          create: {
            storageKey: "media/hero-test",
            originalName: "studio-at-work.webp",
            mime: "image/webp",
            size: 1000,
            sha256: "0".repeat(64),
          },
        },
      },
    });
    const opened = await studio.item({ kind: "page", id });
    expect((opened.data as typeof homeCopy).heroImage).toBe(homeCopy.heroImage);
    const save = async (patch: Partial<typeof homeCopy>, baseVersion: number) =>
      studio.save({ kind: "page", id, baseVersion, data: { ...(opened.data as typeof homeCopy), ...patch } });

    const unknown = await save({ heroImage: "/demo/home/nowhere.webp" }, opened.version);
    await expect(studio.publish({ kind: "page", id, version: unknown.version })).rejects.toThrow(
      "Choose the hero picture from the media library",
    );
    const noAlt = await save({ heroImage: asset.path, heroImageAlt: " " }, unknown.version);
    await expect(studio.publish({ kind: "page", id, version: noAlt.version })).rejects.toThrow(
      "Describe the hero picture in its alt text.",
    );
    const good = await save({ heroImage: asset.path, heroImageAlt: asset.alt }, noAlt.version);
    const before = invalidationLog.length;
    await studio.publish({ kind: "page", id, version: good.version });
    expect(invalidationLog.slice(before)).toEqual(expect.arrayContaining(["pages:copy:home", "pages:images:home"]));
    expect(await visitor.media.pageImages({ page: "home" })).toEqual([
      expect.objectContaining({ slot: "hero", imagePath: asset.path, imageAlt: asset.alt, width: 1400, height: 1000 }),
    ]);
    expect((await visitor.pages.home()).heroImage).toBe(asset.path);
    // The copy's JSON never holds the picture: PageImage is the one place it is kept.
    const row = await database.prisma.pageCopy.findUniqueOrThrow({ where: { id } });
    expect(row.fields).not.toHaveProperty("heroImage");
    // The library now names the home page as a use of the image.
    await expect((await admin()).media.delete({ id: asset.id })).rejects.toThrow(/Home/);
  });

  it("is for admins: a designer cannot edit the pages' copy", async () => {
    const designer = (await callerFor(database.prisma, people.users.designer)).contentStudio;
    await expect(designer.item({ kind: "page", id: await idOf("home") })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
