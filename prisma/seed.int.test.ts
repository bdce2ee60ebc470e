import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestDatabase, describeDb, type TestDatabase } from "../server/testing/database";
import { demoAccounts, seedDatabase } from "./seed";
import { blogPosts } from "./seed-content/blog";
import { caseStudies } from "./seed-content/case-studies";
import { faqEntries } from "./seed-content/faq";
import { glossaryTerms } from "./seed-content/glossary";
import { plans } from "./seed-content/plans";
import { services } from "./seed-content/services";

describeDb("seed", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database?.close());

  it("creates the content and demo accounts on an empty database", async () => {
    const report = await seedDatabase(database.prisma, { demoAccounts: true });
    expect(report).toEqual({
      glossaryTermsCreated: glossaryTerms.length,
      blogPostsCreated: blogPosts.length,
      faqEntriesCreated: faqEntries.length,
      servicesCreated: services.length,
      caseStudiesCreated: caseStudies.length,
      plansCreated: plans.length,
      pageCopiesCreated: 2,
      demoAccountsCreated: demoAccounts.length,
    });
    expect(await database.prisma.searchDocument.count()).toBe(
      glossaryTerms.length + blogPosts.length + faqEntries.length,
    );
    const backend = await database.prisma.glossaryTerm.findUniqueOrThrow({
      where: { slug: "backend" },
      include: { related: { select: { slug: true } } },
    });
    expect(backend).toMatchObject({ term: "Backend", pronunciation: "[bak-end]", status: "PUBLISHED" });
    expect(backend.related.length).toBeGreaterThanOrEqual(3);
    const admin = await database.prisma.user.findUniqueOrThrow({ where: { email: "admin@atelier.example" } });
    expect(admin.staffRole).toBe("ADMIN");
    // Nora's workspace has a queue waiting for her to subscribe.
    const northwind = await database.prisma.designRequest.findMany({
      where: {
        workspaceId: (await database.prisma.workspace.findUniqueOrThrow({ where: { slug: "northwind-outfitters" } }))
          .id,
      },
      orderBy: { position: "asc" },
    });
    expect(northwind.map((r) => [r.status, r.type])).toEqual([
      ["QUEUED", "landing-pages"],
      ["QUEUED", "web-design"],
      ["QUEUED", "web-design"],
    ]);
  });

  it("is idempotent and never overwrites content edited since", async () => {
    await database.prisma.glossaryTerm.update({
      where: { slug: "backend" },
      data: { summary: "Edited by the studio." },
    });
    const home = await database.prisma.pageCopy.findUniqueOrThrow({ where: { slug: "home" } });
    expect(home.fields).toMatchObject({ heroHeading: "Design that ships, on a subscription." });
    await database.prisma.pageCopy.update({
      where: { slug: "home" },
      data: { fields: { ...(home.fields as object), heroHeading: "Edited hero." } },
    });
    // The demo accounts' three requests plus a year of demo history (prisma/seed-history.ts).
    const requestsBefore = await database.prisma.designRequest.count();
    expect(requestsBefore).toBeGreaterThan(3);
    const report = await seedDatabase(database.prisma, { demoAccounts: true });
    expect(Object.values(report).every((n) => n === 0)).toBe(true);
    const backend = await database.prisma.glossaryTerm.findUniqueOrThrow({ where: { slug: "backend" } });
    expect(backend.summary).toBe("Edited by the studio.");
    const edited = await database.prisma.pageCopy.findUniqueOrThrow({ where: { slug: "home" } });
    expect((edited.fields as { heroHeading: string }).heroHeading).toBe("Edited hero.");
    expect(await database.prisma.designRequest.count()).toBe(requestsBefore);
    expect(await database.prisma.glossaryTerm.count()).toBe(glossaryTerms.length);
  });
});
