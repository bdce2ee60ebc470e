import { syncPostSearch } from "../server/blog/service";
import { readingMinutes } from "../server/content/markdown";
import { syncFaqSearch } from "../server/faq/service";
import { glossarySearchBody } from "../server/glossary/service";
import type { Db } from "../server/platform/db";
import { indexSearchDocument } from "../server/search/service";
import { blogPosts } from "./seed-content/blog";
import { briefTemplates } from "./seed-content/brief-templates";
import { caseStudies } from "./seed-content/case-studies";
import { faqEntries } from "./seed-content/faq";
import { glossaryTerms } from "./seed-content/glossary";
import { pageCopies } from "./seed-content/pages";
import { plans } from "./seed-content/plans";
import { services } from "./seed-content/services";
import { pageImages, serviceVisuals, storyVisuals } from "./seed-content/visuals";
import { demoDesigners, seedDemoHistory } from "./seed-history";

/** A few queued requests so a demo client's portal is not empty; they start once it subscribes. */
const demoRequests: Record<string, { title: string; type: string; brief: string }[]> = {
  "Northwind Outfitters": [
    {
      title: "Spring collection landing page",
      type: "landing-pages",
      brief:
        "A landing page for the **spring outerwear** drop.\n\n- Hero with the new rain shell\n- Three product tiles\n- Sign-up for the launch email\n\nKeep it light: sand and moss colours from the brand book.",
    },
    {
      title: "Size guide redesign",
      type: "web-design",
      brief:
        "Our size guide is a wall of tables. We want a friendlier page: pick a product type, see the chart for it, with a short *how to measure* illustration.",
    },
    {
      title: "Newsletter header",
      type: "web-design",
      brief: "A reusable header image for the monthly newsletter, 1200 × 400, with room for a headline on the left.",
    },
  ],
};

async function seedDemoRequests(db: Db, workspaceId: string, userId: string, workspaceName: string) {
  const requests = demoRequests[workspaceName] ?? [];
  if (!requests.length || (await db.designRequest.count({ where: { workspaceId } }))) return;
  const types = new Set((await db.service.findMany({ select: { slug: true } })).map((x) => x.slug));
  for (const [index, r] of requests.entries()) {
    await db.designRequest.create({
      data: {
        workspaceId,
        title: r.title,
        type: types.has(r.type) ? r.type : "web-design",
        brief: r.brief,
        position: (index + 1) * 1000,
        createdById: userId,
        statusChanges: { create: { toStatus: "QUEUED", actorId: userId, workspaceId } },
      },
    });
  }
}

/**
 * The demo images (public/demo/, made by scripts/generate-visuals.ts): set where a record has none
 * yet — also on databases seeded before images existed — and never over an image someone chose.
 */
async function seedVisuals(db: Db) {
  for (const [slug, v] of Object.entries(serviceVisuals)) {
    await db.service.updateMany({ where: { slug, imagePath: null }, data: { imagePath: v.src, imageAlt: v.alt } });
  }
  for (const [slug, v] of Object.entries(storyVisuals)) {
    await db.caseStudy.updateMany({
      where: { slug, imagePath: null },
      data: { imagePath: v.after.src, imageAlt: v.after.alt },
    });
    await db.caseStudy.updateMany({
      where: { slug, beforePath: null },
      data: { beforePath: v.before.src, beforeAlt: v.before.alt },
    });
    await db.caseStudy.updateMany({ where: { slug, logoUrl: null }, data: { logoUrl: v.logo } });
  }
  await db.pageImage.createMany({
    data: pageImages.map((p) => ({
      page: p.page,
      slot: p.slot,
      imagePath: p.src,
      imageAlt: p.alt,
      caption: p.caption ?? null,
      width: p.width,
      height: p.height,
      position: p.position,
    })),
    skipDuplicates: true,
  });
}

/** Demo accounts for a local run; sign in by email link, read it at /dev/mailbox. */
interface DemoAccount {
  email: string;
  name: string;
  what: string;
  staffRole?: "ADMIN" | "DESIGNER";
  workspace?: string;
}

export const demoAccounts: DemoAccount[] = [
  { email: "admin@atelier.example", name: "Ada Admin", staffRole: "ADMIN" as const, what: "studio admin" },
  {
    email: "designer@atelier.example",
    name: "Dario Designer",
    staffRole: "DESIGNER" as const,
    what: "studio designer",
  },
  ...demoDesigners.map((d) => ({
    email: d.email,
    name: d.name,
    staffRole: "DESIGNER" as const,
    what: "studio designer (demo history)",
  })),
  {
    email: "nora@northwind.example",
    name: "Nora Lind",
    workspace: "Northwind Outfitters",
    what: "client, owner of Northwind Outfitters",
  },
  {
    email: "gabe@globex.example",
    name: "Gabe Ortiz",
    workspace: "Globex Logistics",
    what: "client, owner of Globex Logistics",
  },
];

export interface SeedReport {
  glossaryTermsCreated: number;
  blogPostsCreated: number;
  faqEntriesCreated: number;
  servicesCreated: number;
  caseStudiesCreated: number;
  plansCreated: number;
  pageCopiesCreated: number;
  demoAccountsCreated: number;
}

/**
 * Idempotent: creates what is missing and never overwrites what exists, so content edited in the
 * back office survives every restart.
 */
export async function seedDatabase(db: Db, options: { demoAccounts: boolean }): Promise<SeedReport> {
  const existing = new Set((await db.glossaryTerm.findMany({ select: { slug: true } })).map((t) => t.slug));
  const missing = glossaryTerms.filter((t) => !existing.has(t.slug));
  const now = new Date();
  if (missing.length) {
    await db.glossaryTerm.createMany({
      data: missing.map((t) => ({
        slug: t.slug,
        term: t.term,
        pronunciation: t.pronunciation,
        summary: t.summary,
        sections: t.sections,
        category: t.category,
        seoDescription: t.seoDescription,
        status: "PUBLISHED" as const,
        publishedAt: now,
      })),
      skipDuplicates: true,
    });
    await db.$transaction(
      missing.map((t) =>
        db.glossaryTerm.update({
          where: { slug: t.slug },
          data: { related: { connect: t.related.map((slug) => ({ slug })) } },
        }),
      ),
      // 78 updates in one transaction: Prisma's 5 s default fails a first start on a busy machine.
      { timeout: 60_000, maxWait: 20_000 },
    );
  }

  // Search documents for the new terms (the editor keeps them in step from then on).
  for (const t of missing) {
    const row = await db.glossaryTerm.findUniqueOrThrow({ where: { slug: t.slug }, select: { id: true } });
    await indexSearchDocument(db, {
      kind: "GLOSSARY",
      refId: row.id,
      title: t.term,
      body: glossarySearchBody(t),
      url: `/glossary/${t.slug}`,
      publishedAt: now,
    });
  }

  const existingPosts = new Set((await db.blogPost.findMany({ select: { slug: true } })).map((p) => p.slug));
  const newPosts = blogPosts.filter((p) => !existingPosts.has(p.slug));
  for (const p of newPosts) {
    const row = await db.blogPost.create({
      data: { ...p, publishedAt: new Date(p.publishedAt), status: "PUBLISHED", readingMinutes: readingMinutes(p.body) },
    });
    await syncPostSearch(db, row.id);
  }

  // FAQ entries have no natural key: seed them only into an empty table.
  let faqEntriesCreated = 0;
  if ((await db.faqEntry.count()) === 0) {
    for (const f of faqEntries) {
      const row = await db.faqEntry.create({ data: { ...f, status: "PUBLISHED" } });
      await syncFaqSearch(db, row.id);
      faqEntriesCreated++;
    }
  }

  const existingServices = new Set((await db.service.findMany({ select: { slug: true } })).map((x) => x.slug));
  const newServices = services.filter((x) => !existingServices.has(x.slug));
  await db.service.createMany({
    data: newServices.map((x) => ({
      ...x,
      briefTemplate: briefTemplates[x.slug] ?? "",
      position: services.indexOf(x),
      status: "PUBLISHED" as const,
    })),
  });
  // Services seeded before brief templates existed get theirs; a template the studio wrote stays.
  for (const [slug, briefTemplate] of Object.entries(briefTemplates))
    await db.service.updateMany({ where: { slug, briefTemplate: "" }, data: { briefTemplate } });

  const existingCases = new Set((await db.caseStudy.findMany({ select: { slug: true } })).map((x) => x.slug));
  const newCases = caseStudies.filter((x) => !existingCases.has(x.slug));
  await db.caseStudy.createMany({
    data: newCases.map(({ services: serviceSlugs, ...x }) => ({
      ...x,
      serviceSlugs,
      position: caseStudies.findIndex((c) => c.slug === x.slug),
      status: "PUBLISHED" as const,
      publishedAt: now,
    })),
  });

  await seedVisuals(db);

  // The home page's and /about's copy: a page that has a row keeps it, whatever the studio made of it.
  const existingCopies = new Set((await db.pageCopy.findMany({ select: { slug: true } })).map((x) => x.slug));
  const newCopies = Object.values(pageCopies).filter((c) => !existingCopies.has(c.page));
  await db.pageCopy.createMany({
    data: newCopies.map(({ page, ...fields }) => ({ slug: page, fields, status: "PUBLISHED" as const })),
    skipDuplicates: true,
  });

  const existingPlans = new Set((await db.plan.findMany({ select: { slug: true } })).map((x) => x.slug));
  const newPlans = plans.filter((x) => !existingPlans.has(x.slug));
  await db.plan.createMany({ data: newPlans });

  // A demo coupon for the test checkout.
  await db.coupon.upsert({
    where: { code: "WELCOME10" },
    create: { code: "WELCOME10", percentOff: 10, duration: "ONCE", maxRedemptions: 100 },
    update: {},
  });

  let demoAccountsCreated = 0;
  if (options.demoAccounts) {
    for (const account of demoAccounts) {
      const found = await db.user.findUnique({ where: { email: account.email }, select: { id: true } });
      if (found) continue;
      const user = await db.user.create({
        data: { email: account.email, name: account.name, staffRole: account.staffRole ?? null, emailVerified: now },
      });
      if (account.workspace) {
        const slug = account.workspace.toLowerCase().replace(/[^a-z0-9]+/g, "-");
        const workspace = await db.workspace.upsert({
          where: { slug },
          create: { name: account.workspace, slug },
          update: {},
        });
        await db.membership.create({ data: { workspaceId: workspace.id, userId: user.id, role: "OWNER" } });
        await db.user.update({ where: { id: user.id }, data: { activeWorkspaceId: workspace.id } });
        await seedDemoRequests(db, workspace.id, user.id, account.workspace);
      }
      demoAccountsCreated++;
    }
    await seedDemoHistory(db, now);
  }
  return {
    glossaryTermsCreated: missing.length,
    blogPostsCreated: newPosts.length,
    faqEntriesCreated,
    servicesCreated: newServices.length,
    caseStudiesCreated: newCases.length,
    plansCreated: newPlans.length,
    pageCopiesCreated: newCopies.length,
    demoAccountsCreated,
  };
}
