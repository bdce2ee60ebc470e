import { afterAll, beforeAll, expect, it } from "vitest";
import { seedDatabase } from "../../prisma/seed";
import { invalidationLog } from "../platform/cache";
import { runDueJobs } from "../platform/jobs";
import { createTestDatabase, describeDb, type TestDatabase } from "../testing/database";
import { createPeople, type People } from "../testing/people";
import { subscribe } from "../testing/subscriptions";
import { callerFor } from "../testing/trpc";
import { contentStudioJobs } from "./jobs";
import { KEPT_REVISIONS, previewLinkTarget, redirectFor } from "./service";

describeDb("content studio: drafts, revisions, publishing, schedules, redirects, previews", () => {
  let database: TestDatabase;
  let people: People;
  const admin = () => callerFor(database.prisma, people.users.admin);
  const idOf = async (slug: string) =>
    (await database.prisma.glossaryTerm.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDatabase(database.prisma, { demoAccounts: false });
    people = await createPeople(database.prisma);
  });
  afterAll(() => database?.close());

  it("keeps the public page as published while a draft is saved, and publishes exactly what the editor shows", async () => {
    const studio = (await admin()).contentStudio;
    const id = await idOf("backend");
    const opened = await studio.item({ kind: "glossary", id });
    expect(opened.version).toBe(1);
    const data = { ...(opened.data as Record<string, unknown>), summary: "The server side, in a new draft." };
    const saved = await studio.save({ kind: "glossary", id, baseVersion: 1, data: data as never });
    expect(saved.version).toBe(2);

    const publicCaller = await callerFor(database.prisma);
    expect((await publicCaller.glossary.bySlug({ slug: "backend" })).summary).not.toContain("new draft");
    expect((await studio.item({ kind: "glossary", id })).hasUnpublishedChanges).toBe(true);

    await expect(studio.publish({ kind: "glossary", id, version: 1 })).rejects.toMatchObject({ code: "CONFLICT" });
    const before = invalidationLog.length;
    await studio.publish({ kind: "glossary", id, version: 2 });
    expect(invalidationLog.slice(before)).toEqual(
      expect.arrayContaining(["glossary:term:backend", "glossary:list", "search"]),
    );
    expect(invalidationLog.slice(before)).not.toContain("blog:list");
    expect((await publicCaller.glossary.bySlug({ slug: "backend" })).summary).toBe("The server side, in a new draft.");

    const { revisions } = await studio.revisions({ kind: "glossary", id });
    expect(revisions.map((r) => [r.number, r.isPublished, r.isLive])).toEqual([
      [2, true, true],
      [1, true, false],
    ]);
    expect(revisions[0]?.authorName).toBe(people.users.admin.name ?? people.users.admin.email);
  });

  it("refuses the second, stale save and keeps the first", async () => {
    const studio = (await admin()).contentStudio;
    const id = await idOf("frontend");
    const opened = await studio.item({ kind: "glossary", id });
    const data = opened.data as Record<string, unknown>;
    await studio.save({
      kind: "glossary",
      id,
      baseVersion: opened.version,
      data: { ...data, pronunciation: "[first]" } as never,
    });
    await expect(
      studio.save({
        kind: "glossary",
        id,
        baseVersion: opened.version,
        data: { ...data, pronunciation: "[second]" } as never,
      }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(/saved this item after you opened it/),
    });
    expect(((await studio.item({ kind: "glossary", id })).data as { pronunciation: string }).pronunciation).toBe(
      "[first]",
    );
  });

  it("keeps the newest 50 revisions plus every published one", async () => {
    const studio = (await admin()).contentStudio;
    const id = await idOf("caching");
    let item = await studio.item({ kind: "glossary", id });
    const data = item.data as Record<string, unknown>;
    let version = item.version;
    version = (
      await studio.save({
        kind: "glossary",
        id,
        baseVersion: version,
        data: { ...data, summary: "Published early." } as never,
      })
    ).version;
    await studio.publish({ kind: "glossary", id, version });
    const publishedEarly = version;
    for (let i = 0; i < KEPT_REVISIONS + 10; i++) {
      version = (
        await studio.save({
          kind: "glossary",
          id,
          baseVersion: version,
          data: { ...data, summary: `Edit ${i}` } as never,
        })
      ).version;
    }
    const { revisions } = await studio.revisions({ kind: "glossary", id });
    const numbers = revisions.map((r) => r.number);
    expect(numbers.slice(0, KEPT_REVISIONS)).toEqual(Array.from({ length: KEPT_REVISIONS }, (_, i) => version - i));
    expect(numbers).toContain(publishedEarly);
    expect(numbers).toContain(1); // the published row as it was before the studio
    expect(revisions).toHaveLength(KEPT_REVISIONS + 2);
    item = await studio.item({ kind: "glossary", id });
    expect((item.data as { summary: string }).summary).toBe(`Edit ${KEPT_REVISIONS + 9}`);
  });

  it("refuses to publish a missing field, a broken related term or an image without alt text, saying what to fix", async () => {
    const studio = (await admin()).contentStudio;
    const id = await idOf("api");
    const item = await studio.item({ kind: "glossary", id });
    const data = item.data as Record<string, unknown>;
    const { version } = await studio.save({
      kind: "glossary",
      id,
      baseVersion: item.version,
      data: { ...data, summary: "  ", related: ["no-such-term"], seoImage: "/demo/api.png", seoImageAlt: "" } as never,
    });
    const refusal = await studio.publish({ kind: "glossary", id, version }).catch((e) => e);
    expect(refusal.code).toBe("BAD_REQUEST");
    // Schema problems come first; the database checks run once the fields are complete.
    expect(refusal.message).toMatch(/Add a one-paragraph definition/);
    const fixed = await studio.save({
      kind: "glossary",
      id,
      baseVersion: version,
      data: { ...data, related: ["no-such-term"], seoImage: "/demo/api.png", seoImageAlt: "" } as never,
    });
    const second = await studio.publish({ kind: "glossary", id, version: fixed.version }).catch((e) => e);
    expect(second.message).toMatch(/related term "no-such-term" does not exist/);
    expect(second.message).toMatch(/alt text/);
  });

  it("restores an old revision as a new one, dropping a link to a term deleted since, with a notice", async () => {
    const studio = (await admin()).contentStudio;
    const doomed = await database.prisma.glossaryTerm.create({
      data: {
        slug: "doomed-term",
        term: "Doomed",
        pronunciation: "[d]",
        summary: "s",
        sections: [],
        category: "design",
        status: "PUBLISHED",
      },
    });
    const id = await idOf("seo");
    const item = await studio.item({ kind: "glossary", id });
    const data = item.data as { related: string[] };
    const withLink = await studio.save({
      kind: "glossary",
      id,
      baseVersion: item.version,
      data: { ...data, related: [...data.related, "doomed-term"] } as never,
    });
    const without = await studio.save({
      kind: "glossary",
      id,
      baseVersion: withLink.version,
      data: { ...data, summary: "Later." } as never,
    });
    await database.prisma.glossaryTerm.delete({ where: { id: doomed.id } });

    const diff = await studio.diff({ kind: "glossary", id, from: withLink.version, to: without.version });
    expect(diff.changes.map((c) => c.field).sort()).toEqual(["related", "summary"]);

    const restored = await studio.restore({
      kind: "glossary",
      id,
      number: withLink.version,
      baseVersion: without.version,
    });
    expect(restored.version).toBe(without.version + 1);
    expect(restored.notices).toEqual([
      'The related term "doomed-term" no longer exists, so the link to it was dropped.',
    ]);
    const now = (await studio.item({ kind: "glossary", id })).data as { related: string[] };
    expect(now.related).toEqual(data.related);
    await expect(
      studio.restore({ kind: "glossary", id, number: 9999, baseVersion: restored.version }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("keeps a permanent redirect when a published slug changes, without chains", async () => {
    const studio = (await admin()).contentStudio;
    const id = await idOf("cdn");
    const item = await studio.item({ kind: "glossary", id });
    const data = item.data as Record<string, unknown>;
    const first = await studio.save({
      kind: "glossary",
      id,
      baseVersion: item.version,
      data: { ...data, slug: "content-delivery-network" } as never,
    });
    await studio.publish({ kind: "glossary", id, version: first.version });
    expect(await redirectFor(database.prisma, "/glossary/cdn")).toBe("/glossary/content-delivery-network");
    const second = await studio.save({
      kind: "glossary",
      id,
      baseVersion: first.version,
      data: { ...data, slug: "cdn-network" } as never,
    });
    await studio.publish({ kind: "glossary", id, version: second.version });
    expect(await redirectFor(database.prisma, "/glossary/cdn")).toBe("/glossary/cdn-network");
    expect(await redirectFor(database.prisma, "/glossary/content-delivery-network")).toBe("/glossary/cdn-network");
    // An unknown page's path may hold what PostgreSQL text cannot (the public-site spec asks for
    // /glossary/%00<x>): no redirect, rather than a 500.
    expect(await redirectFor(database.prisma, "/glossary/\u0000<x>")).toBeNull();
    expect(await redirectFor(database.prisma, "/glossary/\udfff")).toBeNull();

    const { redirects } = await studio.redirects();
    expect(redirects.map((r) => r.fromPath)).toEqual(
      expect.arrayContaining(["/glossary/cdn", "/glossary/content-delivery-network"]),
    );
    await expect(
      studio.saveRedirect({ fromPath: "/glossary/cdn-network", toPath: "/glossary/cdn" }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    const manual = await studio.saveRedirect({ fromPath: "/old-about", toPath: "/about" });
    await expect(studio.saveRedirect({ fromPath: "/old-about", toPath: "/" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await studio.deleteRedirect({ id: manual.id });
    expect(await redirectFor(database.prisma, "/old-about")).toBeNull();
  });

  it("publishes on schedule through the job runner, and refuses a schedule in the past", async () => {
    const studio = (await admin()).contentStudio;
    const created = await studio.create({
      kind: "post",
      data: {
        slug: "scheduled-post",
        title: "A scheduled post",
        excerpt: "It appears on its own.",
        body: "Written ahead.",
        coverImage: "",
        coverAlt: "",
        tags: ["process"],
        author: "Atelier",
        seoTitle: "",
        seoDescription: "",
        seoImage: "",
        seoImageAlt: "",
      },
    });
    await expect(
      studio.schedule({ kind: "post", id: created.id, action: "publish", at: new Date(Date.now() - 60_000) }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringMatching(/already passed/) });
    // A cancelled schedule leaves its job behind, which then does nothing.
    await studio.schedule({ kind: "post", id: created.id, action: "publish", at: new Date(Date.now() + 500) });
    await studio.schedule({ kind: "post", id: created.id, action: "publish", at: null });
    await new Promise((r) => setTimeout(r, 700));
    await runDueJobs(database.prisma, contentStudioJobs, { budgetMs: 5_000, concurrency: 1 });
    const publicCaller = await callerFor(database.prisma);
    await expect(publicCaller.blog.bySlug({ slug: "scheduled-post" })).rejects.toMatchObject({ code: "NOT_FOUND" });

    await studio.schedule({ kind: "post", id: created.id, action: "publish", at: new Date(Date.now() + 800) });
    expect((await studio.item({ kind: "post", id: created.id })).publishAt).toBeInstanceOf(Date);
    await new Promise((r) => setTimeout(r, 1_000));
    const counts = await runDueJobs(database.prisma, contentStudioJobs, { budgetMs: 5_000, concurrency: 1 });
    expect(counts.succeeded).toBeGreaterThanOrEqual(1);
    expect((await publicCaller.blog.bySlug({ slug: "scheduled-post" })).title).toBe("A scheduled post");
    expect((await studio.item({ kind: "post", id: created.id })).publishAt).toBeNull();
  });

  it("opens a draft through a preview link until it expires", async () => {
    const studio = (await admin()).contentStudio;
    const id = await idOf("backend");
    const link = await studio.previewLink({ kind: "glossary", id, hours: 1 });
    const token = new URL(link.url, "http://x").searchParams.get("token") as string;
    expect(await previewLinkTarget(database.prisma, token)).toMatchObject({
      kind: "glossary",
      id,
      path: "/glossary/backend",
    });
    expect(await previewLinkTarget(database.prisma, token, new Date(Date.now() + 2 * 3_600_000))).toBeNull();
    expect(await previewLinkTarget(database.prisma, "x".repeat(32))).toBeNull();
    const stored = await database.prisma.contentPreviewLink.findFirstOrThrow({ where: { itemId: id } });
    expect(stored.tokenHash).not.toContain(token);
  });

  it("reorders FAQ entries within a group", async () => {
    const studio = (await admin()).contentStudio;
    const { items } = await studio.list({ kind: "faq", status: "all" });
    const group = items.filter((i) => i.category === items[0]?.category);
    const reversed = group.map((i) => i.id).reverse();
    await studio.reorder({ kind: "faq", ids: reversed });
    const after = (await studio.list({ kind: "faq", status: "all" })).items.filter(
      (i) => i.category === items[0]?.category,
    );
    expect(after.map((i) => i.id)).toEqual(reversed);
    const other = items.find((i) => i.category !== items[0]?.category);
    await expect(
      studio.reorder({ kind: "faq", ids: [reversed[0] as string, other?.id as string] }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });

  it("edits a service: an image needs alt text, a new slug redirects, and services reorder", async () => {
    const studio = (await admin()).contentStudio;
    const { items } = await studio.list({ kind: "service", status: "all" });
    const first = items[0];
    if (!first?.slug) throw new Error("seed has services");
    const item = await studio.item({ kind: "service", id: first.id });
    const data = item.data as Record<string, unknown>;
    const noAlt = await studio.save({
      kind: "service",
      id: first.id,
      baseVersion: item.version,
      data: { ...data, imagePath: "/demo/service.svg", imageAlt: "" } as never,
    });
    await expect(studio.publish({ kind: "service", id: first.id, version: noAlt.version })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringMatching(/Describe the image in its alt text/),
    });
    const fixed = await studio.save({
      kind: "service",
      id: first.id,
      baseVersion: noAlt.version,
      data: {
        ...data,
        slug: `${first.slug}-studio`,
        imagePath: "/demo/service.svg",
        imageAlt: "A wireframe becoming a page",
      } as never,
    });
    await studio.publish({ kind: "service", id: first.id, version: fixed.version });
    expect(await redirectFor(database.prisma, `/services/${first.slug}`)).toBe(`/services/${first.slug}-studio`);
    const publicCaller = await callerFor(database.prisma);
    expect((await publicCaller.services.bySlug({ slug: `${first.slug}-studio` })).imageAlt).toBe(
      "A wireframe becoming a page",
    );

    const reversed = items.map((i) => i.id).reverse();
    await studio.reorder({ kind: "service", ids: reversed });
    expect((await publicCaller.services.list()).map((s) => s.slug)[0]).toBe(items.at(-1)?.slug);
  });

  it("edits a customer story: before/after images need alt text, linked services must exist", async () => {
    const studio = (await admin()).contentStudio;
    const { items } = await studio.list({ kind: "story", status: "all" });
    const first = items[0];
    if (!first) throw new Error("seed has stories");
    const item = await studio.item({ kind: "story", id: first.id });
    const data = item.data as Record<string, unknown>;
    const bad = await studio.save({
      kind: "story",
      id: first.id,
      baseVersion: item.version,
      data: { ...data, beforePath: "/demo/before.png", beforeAlt: "", serviceSlugs: ["no-such-service"] } as never,
    });
    const refusal = await studio.publish({ kind: "story", id: first.id, version: bad.version }).catch((e) => e);
    expect(refusal.message).toMatch(/Describe the before image in its alt text/);
    expect(refusal.message).toMatch(/The service "no-such-service" does not exist/);
    const restored = await studio.restore({
      kind: "story",
      id: first.id,
      number: bad.version,
      baseVersion: bad.version,
    });
    expect(restored.notices).toEqual([
      'The service "no-such-service" no longer exists, so the link to it was dropped.',
    ]);
    const good = await studio.save({
      kind: "story",
      id: first.id,
      baseVersion: restored.version,
      data: {
        ...data,
        beforePath: "/demo/before.png",
        beforeAlt: "The old hero",
        imagePath: "/demo/after.png",
        imageAlt: "The new hero",
      } as never,
    });
    await studio.publish({ kind: "story", id: first.id, version: good.version });
    const publicCaller = await callerFor(database.prisma);
    expect(await publicCaller.customers.bySlug({ slug: first.slug as string })).toMatchObject({
      imageAlt: "The new hero",
    });
  });

  it("edits a plan: new subscriptions pay the new price, subscribers keep theirs, and the change is audited", async () => {
    const studio = (await admin()).contentStudio;
    const starter = await database.prisma.plan.findUniqueOrThrow({ where: { slug: "starter" } });
    await subscribe(database.prisma, people.workspaceA.id, { plan: "starter", priceCents: starter.monthlyPriceCents });
    const opened = await studio.item({ kind: "plan", id: starter.id });
    expect(opened.path).toBe("/pricing?plan=starter");
    expect(opened.facts).toEqual({
      listed: {
        monthlyPriceCents: starter.monthlyPriceCents,
        yearlyPriceCents: starter.yearlyPriceCents,
        activeRequestLimit: starter.activeRequestLimit,
      },
      subscribers: [{ interval: "MONTH", priceCents: starter.monthlyPriceCents, count: 1 }],
    });
    const data = opened.data as Record<string, unknown>;
    const raised = starter.monthlyPriceCents + 20_000;

    // A draft does not change what the pricing page sells.
    const saved = await studio.save({
      kind: "plan",
      id: starter.id,
      baseVersion: opened.version,
      data: { ...data, monthlyPriceCents: raised, yearlyPriceCents: raised * 20 } as never,
    });
    const publicCaller = await callerFor(database.prisma);
    const listed = async () => (await publicCaller.plans.list()).find((p) => p.slug === "starter");
    expect((await listed())?.monthlyPriceCents).toBe(starter.monthlyPriceCents);
    await expect(studio.publish({ kind: "plan", id: starter.id, version: saved.version })).rejects.toThrow(
      "not be more than twelve monthly payments",
    );
    const fixed = await studio.save({
      kind: "plan",
      id: starter.id,
      baseVersion: saved.version,
      data: { ...data, slug: "cheap", monthlyPriceCents: raised, yearlyPriceCents: raised * 10 } as never,
    });
    await expect(studio.publish({ kind: "plan", id: starter.id, version: fixed.version })).rejects.toThrow(
      "identifier cannot change",
    );
    const good = await studio.save({
      kind: "plan",
      id: starter.id,
      baseVersion: fixed.version,
      data: { ...data, monthlyPriceCents: raised, yearlyPriceCents: raised * 10 } as never,
    });
    const before = invalidationLog.length;
    await studio.publish({ kind: "plan", id: starter.id, version: good.version });
    expect(invalidationLog.slice(before)).toEqual(["plans"]);
    expect((await listed())?.monthlyPriceCents).toBe(raised);

    // The subscriber keeps the price they were sold; the audit log says who changed what, and who kept their price.
    const kept = await database.prisma.subscription.findUniqueOrThrow({ where: { workspaceId: people.workspaceA.id } });
    expect(kept.priceCents).toBe(starter.monthlyPriceCents);
    const entry = await database.prisma.auditLog.findFirstOrThrow({
      where: { action: "plan.terms_changed", targetId: starter.id },
    });
    expect(entry.actorEmail).toBe(people.users.admin.email);
    expect(entry.metadata).toMatchObject({
      plan: "starter",
      changes: {
        monthlyPriceCents: { from: starter.monthlyPriceCents, to: raised },
        yearlyPriceCents: { from: starter.yearlyPriceCents, to: raised * 10 },
      },
      subscribers: [{ interval: "MONTH", priceCents: starter.monthlyPriceCents, count: 1 }],
    });
    expect((await studio.item({ kind: "plan", id: starter.id })).facts).toMatchObject({
      listed: { monthlyPriceCents: raised },
    });

    // Unpublishing stops selling it; the subscription stays.
    await studio.unpublish({ kind: "plan", id: starter.id });
    expect(await listed()).toBeUndefined();
    expect(await database.prisma.subscription.count({ where: { planSlug: "starter" } })).toBe(1);
    await database.prisma.plan.update({ where: { id: starter.id }, data: { ...starter, id: undefined } });
    await database.prisma.subscription.delete({ where: { workspaceId: people.workspaceA.id } });
  });

  it("creates a plan as a draft that is not on sale until published, and reorders plans", async () => {
    const studio = (await admin()).contentStudio;
    const { id } = await studio.create({ kind: "plan", data: { name: "Agency", slug: "agency" } });
    await expect((await callerFor(database.prisma)).plans.list()).resolves.not.toContainEqual(
      expect.objectContaining({ slug: "agency" }),
    );
    const opened = await studio.item({ kind: "plan", id });
    await expect(studio.publish({ kind: "plan", id, version: opened.version })).rejects.toThrow("monthly price");
    await expect(studio.create({ kind: "plan", data: { name: "Agency again", slug: "agency" } })).rejects.toThrow(
      'already uses the address "agency"',
    );
    const saved = await studio.save({
      kind: "plan",
      id,
      baseVersion: opened.version,
      data: {
        ...(opened.data as Record<string, unknown>),
        tagline: "For agencies reselling design.",
        monthlyPriceCents: 1_200_000,
        yearlyPriceCents: 12_000_000,
        activeRequestLimit: 4,
        features: ["Four requests at a time"],
      } as never,
    });
    await studio.publish({ kind: "plan", id, version: saved.version });
    const slugs = async () => (await (await callerFor(database.prisma)).plans.list()).map((p) => p.slug);
    expect(await slugs()).toEqual(["starter", "studio", "scale", "agency"]);
    const ids = (await database.prisma.plan.findMany({ orderBy: { position: "asc" } })).map((p) => p.id);
    await studio.reorder({ kind: "plan", ids: [id, ...ids.filter((x) => x !== id)] });
    expect(await slugs()).toEqual(["agency", "starter", "studio", "scale"]);
    await studio.reorder({ kind: "plan", ids });
    await studio.unpublish({ kind: "plan", id });
  });

  it("lists with search and status filters", async () => {
    const studio = (await admin()).contentStudio;
    const found = await studio.list({ kind: "glossary", q: "backe", status: "all" });
    expect(found.items.map((i) => i.slug)).toContain("backend");
    const changed = await studio.list({ kind: "glossary", status: "changed" });
    expect(changed.items.every((i) => i.isPublished && i.hasUnpublishedChanges)).toBe(true);
    expect(changed.items.map((i) => i.slug)).toContain("frontend");
  });

  it("is for admins only: clients and designers are refused", async () => {
    for (const person of ["ownerA", "designer"] as const) {
      const caller = await callerFor(database.prisma, people.users[person]);
      await expect(caller.contentStudio.list({ kind: "glossary", status: "all" })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
  });
});
