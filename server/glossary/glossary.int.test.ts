import { afterAll, beforeAll, expect, it } from "vitest";
import { seedDatabase } from "../../prisma/seed";
import { toSessionUser } from "../accounts/session";
import { cacheTags } from "../content/cache-tags";
import { invalidationLog } from "../platform/cache";
import { createTestDatabase, describeDb, type TestDatabase } from "../testing/database";
import { callerFor } from "../testing/trpc";

describeDb("glossary", () => {
  let database: TestDatabase;
  const users: Record<"client" | "designer" | "admin", ReturnType<typeof toSessionUser>> = {} as never;

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDatabase(database.prisma, { demoAccounts: false });
    const db = database.prisma;
    users.client = toSessionUser(await db.user.create({ data: { email: "client@example.com" } }));
    users.designer = toSessionUser(await db.user.create({ data: { email: "d@example.com", staffRole: "DESIGNER" } }));
    users.admin = toSessionUser(await db.user.create({ data: { email: "a@example.com", staffRole: "ADMIN" } }));
  });
  afterAll(() => database?.close());

  it("builds the A–Z index with counts per letter and category filters", async () => {
    const caller = await callerFor(database.prisma);
    const all = await caller.glossary.index({});
    expect(all.total).toBe(all.terms.length);
    expect(all.letters.reduce((n, l) => n + l.count, 0)).toBe(all.total);
    const c = await caller.glossary.index({ letter: "c" });
    expect(c.terms.length).toBe(all.letters.find((l) => l.letter === "C")?.count);
    expect(c.terms.every((t) => t.term.toUpperCase().startsWith("C"))).toBe(true);
    const seo = await caller.glossary.index({ category: "seo" });
    expect(seo.terms.length).toBeGreaterThanOrEqual(10);
    expect(seo.terms.every((t) => t.category === "seo")).toBe(true);
  });

  it("orders terms as a reader expects, ignoring case (Cache before CDN), on every page that lists them", async () => {
    const caller = await callerFor(database.prisma);
    const { terms } = await caller.glossary.index({ letter: "C" });
    const names = terms.map((t) => t.term);
    expect(names.indexOf("Caching")).toBeGreaterThanOrEqual(0);
    expect(names.indexOf("Caching")).toBeLessThan(names.indexOf("CDN"));
    expect(names.indexOf("CDN")).toBeLessThan(names.indexOf("CMS"));
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "en", { sensitivity: "base" })));
    const list = await caller.glossary.list({ limit: 100 });
    expect(list.map((t) => t.term)).toEqual(
      [...list.map((t) => t.term)].sort((a, b) => a.localeCompare(b, "en", { sensitivity: "base" })),
    );
    // Walking "next" from the first term visits the index in the same order.
    const cdn = await caller.glossary.bySlug({ slug: "cdn" });
    expect(cdn.previous?.term).toBe(names[names.indexOf("CDN") - 1]);
    expect(cdn.next?.term).toBe(names[names.indexOf("CDN") + 1]);
  });

  it("reads a term with its sections, related terms and A–Z neighbours", async () => {
    const caller = await callerFor(database.prisma);
    const backend = await caller.glossary.bySlug({ slug: "backend" });
    expect(backend.pronunciation).toBe("[bak-end]");
    expect(backend.sections.map((s) => s.heading)).toEqual([
      "Core components",
      "Common technologies",
      "Considerations",
    ]);
    expect(backend.related.length).toBeGreaterThanOrEqual(3);
    expect(backend.previous?.term.localeCompare("Backend")).toBeLessThan(0);
    expect(backend.next?.term.localeCompare("Backend")).toBeGreaterThan(0);
  });

  it("answers an unknown or malformed slug with NOT_FOUND or BAD_REQUEST", async () => {
    const caller = await callerFor(database.prisma);
    await expect(caller.glossary.bySlug({ slug: "no-such-term" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(caller.glossary.bySlug({ slug: "../etc/passwd" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("lets only admins edit; drafts are visible to staff only", async () => {
    const patch = { slug: "wireframe", patch: { summary: "A quick sketch of a page's layout." } };
    await expect((await callerFor(database.prisma)).glossary.update(patch)).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
    await expect((await callerFor(database.prisma, users.client)).glossary.update(patch)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect((await callerFor(database.prisma, users.designer)).glossary.update(patch)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const admin = await callerFor(database.prisma, users.admin);
    await admin.glossary.update(patch);
    await admin.glossary.setStatus({ slug: "wireframe", status: "DRAFT" });

    await expect(
      (await callerFor(database.prisma, users.client)).glossary.bySlug({ slug: "wireframe" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const asDesigner = await (await callerFor(database.prisma, users.designer)).glossary.bySlug({ slug: "wireframe" });
    expect(asDesigner).toMatchObject({ isDraft: true, summary: "A quick sketch of a page's layout." });
    const index = await (await callerFor(database.prisma)).glossary.index({});
    expect(index.terms.map((t) => t.slug)).not.toContain("wireframe");
    await admin.glossary.setStatus({ slug: "wireframe", status: "PUBLISHED" });
  });

  it("invalidates exactly what an edit touches", async () => {
    const admin = await callerFor(database.prisma, users.admin);
    invalidationLog.length = 0;
    await admin.glossary.update({ slug: "backend", patch: { summary: "The server side of a website, explained." } });
    expect(invalidationLog).toEqual([cacheTags.glossaryTerm("backend"), cacheTags.glossaryList, cacheTags.search]);

    invalidationLog.length = 0;
    await admin.glossary.update({ slug: "backend", patch: { term: "Back end" } });
    expect(invalidationLog).toContain(cacheTags.glossaryNames);
    expect(invalidationLog).not.toContain(cacheTags.glossaryTerm("favicon"));
    // The search index follows the rename at once.
    const hits = await (await callerFor(database.prisma)).search.query({ q: "back end", kind: "GLOSSARY", limit: 3 });
    expect(hits.hits[0]?.title).toBe("Back end");
  });

  it("validates edits with field paths and refuses impossible relations", async () => {
    const admin = await callerFor(database.prisma, users.admin);
    await expect(
      admin.glossary.update({ slug: "backend", patch: { sections: [{ heading: "", body: "x" }] } }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(admin.glossary.update({ slug: "backend", patch: { related: ["backend"] } })).rejects.toThrow(
      "cannot be related to itself",
    );
    await expect(admin.glossary.update({ slug: "backend", patch: { related: ["no-such-term"] } })).rejects.toThrow(
      "do not exist",
    );
    await expect(admin.glossary.update({ slug: "nope", patch: { summary: "x" } })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("refuses a section with a lone surrogate as bad input (jsonb cannot store it)", async () => {
    const admin = await callerFor(database.prisma, users.admin);
    await expect(
      admin.glossary.update({ slug: "backend", patch: { sections: [{ heading: "Cache\ud800", body: "x" }] } }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("valid Unicode") });
    await expect(
      admin.glossary.update({ slug: "backend", patch: { sections: [{ heading: "Cache", body: "\udfffx" }] } }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await admin.glossary.update({ slug: "backend", patch: { sections: [{ heading: "Caché 🧑‍🎨", body: "x" }] } });
  });
});
