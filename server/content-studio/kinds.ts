import { pageCopies } from "../../prisma/seed-content/pages";
import { recordAudit } from "../audit/service";
import { syncPostSearch } from "../blog/service";
import { cacheTags } from "../content/cache-tags";
import { readingMinutes } from "../content/markdown";
import { DomainError } from "../errors";
import { syncFaqSearch } from "../faq/service";
import type { ContentKind } from "../generated/prisma/client";
import { syncTermSearch } from "../glossary/service";
import type { Db } from "../platform/db";
import {
  type CopyPage,
  copyPages,
  type FaqDraft,
  type GlossaryDraft,
  type PageDraft,
  type PlanDraft,
  type PostDraft,
  pageDraft,
  type ServiceDraft,
  type StoryDraft,
  type StudioKind,
} from "./schemas";

export type Tx = Db;
type Data = Record<string, unknown>;

export interface Problem {
  path: (string | number)[];
  message: string;
}

/** Who publishes: a person (with the email the audit log shows), or the scheduler. */
export interface Actor {
  id: string | null;
  name: string;
  email?: string | null;
}

export interface ListRow {
  id: string;
  title: string;
  slug: string | null;
  isPublished: boolean;
  position: number | null;
  category: string | null;
  updatedAt: Date;
}

/**
 * What the studio needs to know about one kind of content: how to read an item into the editor's
 * fields, write published fields back to its table, which pages a change touches, and which checks
 * publishing makes beyond the schema. Kinds are data; the service is the same for all of them.
 */
export interface StudioKindDefinition<D extends Data = Data> {
  db: ContentKind;
  label: string;
  list(db: Db): Promise<ListRow[]>;
  load(db: Db, id: string): Promise<{ data: D; isPublished: boolean; title: string } | null>;
  /** A new item's first fields. */
  blank(): D;
  create(tx: Tx, data: D): Promise<string>;
  /** Writes a draft to the public row and returns the cache tags of the pages it touched. */
  apply(tx: Tx, id: string, data: D, before: D, actor: Actor): Promise<string[]>;
  setPublished(tx: Tx, id: string, isPublished: boolean, data: D): Promise<string[]>;
  /** Checks that need the database (links to other items, uniqueness). */
  check(db: Db, id: string, data: D): Promise<Problem[]>;
  /** Drops what a restored revision links to that no longer exists. */
  repair(db: Db, data: D): Promise<{ data: D; notices: string[] }>;
  path(data: D): string | null;
  title(data: D): string;
  slug(data: D): string | null;
  /** What the editor should know beside the fields (read fresh, never part of a revision). */
  facts?(db: Db, id: string): Promise<Record<string, unknown>>;
}

const orEmpty = (s: string | null | undefined) => s ?? "";
const orNull = (s: string) => (s.trim() === "" ? null : s.trim());

/** Images need alt text to be published: the rule for covers and social images. */
function altProblems(image: string, alt: string, path: string, label: string): Problem[] {
  return image.trim() && !alt.trim() ? [{ path: [path], message: `Describe the ${label} in its alt text.` }] : [];
}

async function slugTaken(isTaken: () => Promise<boolean>, slug: string): Promise<Problem[]> {
  return (await isTaken()) ? [{ path: ["slug"], message: `Another item already uses the address "${slug}".` }] : [];
}

const glossary: StudioKindDefinition<GlossaryDraft> = {
  db: "GLOSSARY",
  label: "Glossary term",
  async list(db) {
    const rows = await db.glossaryTerm.findMany({
      select: { id: true, term: true, slug: true, status: true, category: true, updatedAt: true },
    });
    return rows.map((r) => ({
      id: r.id,
      title: r.term,
      slug: r.slug,
      isPublished: r.status === "PUBLISHED",
      position: null,
      category: r.category,
      updatedAt: r.updatedAt,
    }));
  },
  async load(db, id) {
    const t = await db.glossaryTerm.findUnique({ where: { id }, include: { related: { select: { slug: true } } } });
    if (!t) return null;
    return {
      isPublished: t.status === "PUBLISHED",
      title: t.term,
      data: {
        slug: t.slug,
        term: t.term,
        pronunciation: t.pronunciation,
        summary: t.summary,
        category: t.category as GlossaryDraft["category"],
        sections: t.sections as GlossaryDraft["sections"],
        related: t.related.map((r) => r.slug).sort(),
        seoTitle: orEmpty(t.seoTitle),
        seoDescription: orEmpty(t.seoDescription),
        seoImage: orEmpty(t.seoImage),
        seoImageAlt: "",
      },
    };
  },
  blank: () => ({
    slug: "",
    term: "",
    pronunciation: "",
    summary: "",
    category: "frontend",
    sections: [{ heading: "", body: "" }],
    related: [],
    seoTitle: "",
    seoDescription: "",
    seoImage: "",
    seoImageAlt: "",
  }),
  async create(tx, data) {
    const row = await tx.glossaryTerm.create({
      data: {
        slug: data.slug,
        term: data.term,
        pronunciation: data.pronunciation,
        summary: data.summary,
        category: data.category,
        sections: data.sections,
        status: "DRAFT",
      },
    });
    return row.id;
  },
  async apply(tx, id, data, before) {
    await tx.glossaryTerm.update({
      where: { id },
      data: {
        slug: data.slug,
        term: data.term.trim(),
        pronunciation: data.pronunciation.trim(),
        summary: data.summary.trim(),
        category: data.category,
        sections: data.sections.map((s) => ({ heading: s.heading.trim(), body: s.body.trim() })),
        related: { set: data.related.map((slug) => ({ slug })) },
        seoTitle: orNull(data.seoTitle),
        seoDescription: orNull(data.seoDescription),
        seoImage: orNull(data.seoImage),
      },
    });
    await syncTermSearch(tx, id);
    const isRenamed = data.term.trim() !== before.term || data.slug !== before.slug;
    return [
      cacheTags.glossaryTerm(data.slug),
      cacheTags.glossaryTerm(before.slug),
      cacheTags.glossaryList,
      cacheTags.search,
      ...(isRenamed ? [cacheTags.glossaryNames] : []),
    ];
  },
  async setPublished(tx, id, isPublished, data) {
    const row = await tx.glossaryTerm.findUniqueOrThrow({ where: { id }, select: { publishedAt: true } });
    await tx.glossaryTerm.update({
      where: { id },
      data: {
        status: isPublished ? "PUBLISHED" : "DRAFT",
        ...(isPublished && !row.publishedAt && { publishedAt: new Date() }),
      },
    });
    await syncTermSearch(tx, id);
    return [cacheTags.glossaryTerm(data.slug), cacheTags.glossaryList, cacheTags.glossaryNames, cacheTags.search];
  },
  async check(db, id, data) {
    const problems: Problem[] = [];
    problems.push(
      ...(await slugTaken(
        async () => (await db.glossaryTerm.count({ where: { slug: data.slug, NOT: { id } } })) > 0,
        data.slug,
      )),
    );
    const self = await db.glossaryTerm.findUnique({ where: { id }, select: { slug: true } });
    const found = new Set(
      (await db.glossaryTerm.findMany({ where: { slug: { in: data.related } }, select: { slug: true } })).map(
        (r) => r.slug,
      ),
    );
    data.related.forEach((slug, i) => {
      if (slug === self?.slug || slug === data.slug)
        problems.push({ path: ["related", i], message: "A term cannot be related to itself." });
      else if (!found.has(slug))
        problems.push({ path: ["related", i], message: `The related term "${slug}" does not exist: remove it.` });
    });
    problems.push(...altProblems(data.seoImage, data.seoImageAlt, "seoImageAlt", "social image"));
    return problems;
  },
  async repair(db, data) {
    const found = new Set(
      (await db.glossaryTerm.findMany({ where: { slug: { in: data.related } }, select: { slug: true } })).map(
        (r) => r.slug,
      ),
    );
    const gone = data.related.filter((s) => !found.has(s));
    return {
      data: { ...data, related: data.related.filter((s) => found.has(s)) },
      notices: gone.map((s) => `The related term "${s}" no longer exists, so the link to it was dropped.`),
    };
  },
  path: (d) => (d.slug ? `/glossary/${d.slug}` : null),
  title: (d) => d.term || "Untitled term",
  slug: (d) => d.slug,
};

const post: StudioKindDefinition<PostDraft> = {
  db: "POST",
  label: "Blog post",
  async list(db) {
    const rows = await db.blogPost.findMany({
      select: { id: true, title: true, slug: true, status: true, updatedAt: true },
    });
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      slug: r.slug,
      isPublished: r.status === "PUBLISHED",
      position: null,
      category: null,
      updatedAt: r.updatedAt,
    }));
  },
  async load(db, id) {
    const p = await db.blogPost.findUnique({ where: { id } });
    if (!p) return null;
    return {
      isPublished: p.status === "PUBLISHED",
      title: p.title,
      data: {
        slug: p.slug,
        title: p.title,
        excerpt: p.excerpt,
        body: p.body,
        coverImage: orEmpty(p.coverImage),
        coverAlt: orEmpty(p.coverAlt),
        tags: p.tags,
        author: p.author,
        seoTitle: orEmpty(p.seoTitle),
        seoDescription: orEmpty(p.seoDescription),
        seoImage: orEmpty(p.seoImage),
        seoImageAlt: "",
      },
    };
  },
  blank: () => ({
    slug: "",
    title: "",
    excerpt: "",
    body: "",
    coverImage: "",
    coverAlt: "",
    tags: [],
    author: "",
    seoTitle: "",
    seoDescription: "",
    seoImage: "",
    seoImageAlt: "",
  }),
  async create(tx, data) {
    const row = await tx.blogPost.create({
      data: {
        slug: data.slug,
        title: data.title,
        excerpt: data.excerpt,
        body: data.body,
        author: data.author,
        status: "DRAFT",
      },
    });
    return row.id;
  },
  async apply(tx, id, data, before) {
    await tx.blogPost.update({
      where: { id },
      data: {
        slug: data.slug,
        title: data.title.trim(),
        excerpt: data.excerpt.trim(),
        body: data.body,
        readingMinutes: readingMinutes(data.body),
        coverImage: orNull(data.coverImage),
        coverAlt: orNull(data.coverAlt),
        tags: data.tags,
        author: data.author.trim(),
        seoTitle: orNull(data.seoTitle),
        seoDescription: orNull(data.seoDescription),
        seoImage: orNull(data.seoImage),
      },
    });
    await syncPostSearch(tx, id);
    return [cacheTags.blogPost(data.slug), cacheTags.blogPost(before.slug), cacheTags.blogList, cacheTags.search];
  },
  async setPublished(tx, id, isPublished, data) {
    const row = await tx.blogPost.findUniqueOrThrow({ where: { id }, select: { publishedAt: true } });
    await tx.blogPost.update({
      where: { id },
      data: {
        status: isPublished ? "PUBLISHED" : "DRAFT",
        ...(isPublished && !row.publishedAt && { publishedAt: new Date() }),
      },
    });
    await syncPostSearch(tx, id);
    return [cacheTags.blogPost(data.slug), cacheTags.blogList, cacheTags.search];
  },
  async check(db, id, data) {
    return [
      ...(await slugTaken(
        async () => (await db.blogPost.count({ where: { slug: data.slug, NOT: { id } } })) > 0,
        data.slug,
      )),
      ...altProblems(data.coverImage, data.coverAlt, "coverAlt", "cover image"),
      ...altProblems(data.seoImage, data.seoImageAlt, "seoImageAlt", "social image"),
    ];
  },
  repair: async (_db, data) => ({ data, notices: [] }),
  path: (d) => (d.slug ? `/blog/${d.slug}` : null),
  title: (d) => d.title || "Untitled post",
  slug: (d) => d.slug,
};

const faq: StudioKindDefinition<FaqDraft> = {
  db: "FAQ",
  label: "FAQ entry",
  async list(db) {
    const rows = await db.faqEntry.findMany({
      select: { id: true, question: true, status: true, category: true, position: true, updatedAt: true },
    });
    return rows.map((r) => ({
      id: r.id,
      title: r.question,
      slug: null,
      isPublished: r.status === "PUBLISHED",
      position: r.position,
      category: r.category,
      updatedAt: r.updatedAt,
    }));
  },
  async load(db, id) {
    const f = await db.faqEntry.findUnique({ where: { id } });
    if (!f) return null;
    return {
      isPublished: f.status === "PUBLISHED",
      title: f.question,
      data: { question: f.question, answer: f.answer, category: f.category },
    };
  },
  blank: () => ({ question: "", answer: "", category: "Process" }),
  async create(tx, data) {
    const last = await tx.faqEntry.aggregate({ where: { category: data.category }, _max: { position: true } });
    const row = await tx.faqEntry.create({
      data: { ...data, status: "DRAFT", position: (last._max.position ?? 0) + 1 },
    });
    return row.id;
  },
  async apply(tx, id, data) {
    await tx.faqEntry.update({
      where: { id },
      data: { question: data.question.trim(), answer: data.answer.trim(), category: data.category.trim() },
    });
    await syncFaqSearch(tx, id);
    return [cacheTags.faq, cacheTags.search];
  },
  async setPublished(tx, id, isPublished) {
    await tx.faqEntry.update({ where: { id }, data: { status: isPublished ? "PUBLISHED" : "DRAFT" } });
    await syncFaqSearch(tx, id);
    return [cacheTags.faq, cacheTags.search];
  },
  check: async () => [],
  repair: async (_db, data) => ({ data, notices: [] }),
  path: () => "/faq",
  title: (d) => d.question || "Untitled question",
  slug: () => null,
};

const service: StudioKindDefinition<ServiceDraft> = {
  db: "SERVICE",
  label: "Service",
  async list(db) {
    const rows = await db.service.findMany({
      select: { id: true, name: true, slug: true, status: true, position: true, updatedAt: true },
    });
    return rows.map((r) => ({
      id: r.id,
      title: r.name,
      slug: r.slug,
      isPublished: r.status === "PUBLISHED",
      position: r.position,
      category: "Services",
      updatedAt: r.updatedAt,
    }));
  },
  async load(db, id) {
    const s = await db.service.findUnique({ where: { id } });
    if (!s) return null;
    return {
      isPublished: s.status === "PUBLISHED",
      title: s.name,
      data: {
        slug: s.slug,
        name: s.name,
        summary: s.summary,
        body: s.body,
        deliverables: s.deliverables,
        imagePath: orEmpty(s.imagePath),
        imageAlt: orEmpty(s.imageAlt),
        seoTitle: orEmpty(s.seoTitle),
        seoDescription: orEmpty(s.seoDescription),
        seoImage: orEmpty(s.seoImage),
        seoImageAlt: "",
      },
    };
  },
  blank: () => ({
    slug: "",
    name: "",
    summary: "",
    body: "",
    deliverables: [],
    imagePath: "",
    imageAlt: "",
    seoTitle: "",
    seoDescription: "",
    seoImage: "",
    seoImageAlt: "",
  }),
  async create(tx, data) {
    const last = await tx.service.aggregate({ _max: { position: true } });
    const row = await tx.service.create({
      data: {
        slug: data.slug,
        name: data.name,
        summary: data.summary,
        body: data.body,
        deliverables: data.deliverables,
        status: "DRAFT",
        position: (last._max.position ?? 0) + 1,
      },
    });
    return row.id;
  },
  async apply(tx, id, data) {
    await tx.service.update({
      where: { id },
      data: {
        slug: data.slug,
        name: data.name.trim(),
        summary: data.summary.trim(),
        body: data.body,
        deliverables: data.deliverables.map((d) => d.trim()),
        imagePath: orNull(data.imagePath),
        imageAlt: orNull(data.imageAlt),
        seoTitle: orNull(data.seoTitle),
        seoDescription: orNull(data.seoDescription),
        seoImage: orNull(data.seoImage),
      },
    });
    // One tag for every page that lists or shows services (the index, each page, the home page).
    return [cacheTags.services];
  },
  async setPublished(tx, id, isPublished) {
    await tx.service.update({ where: { id }, data: { status: isPublished ? "PUBLISHED" : "DRAFT" } });
    return [cacheTags.services];
  },
  async check(db, id, data) {
    return [
      ...(await slugTaken(
        async () => (await db.service.count({ where: { slug: data.slug, NOT: { id } } })) > 0,
        data.slug,
      )),
      ...altProblems(data.imagePath, data.imageAlt, "imageAlt", "image"),
      ...altProblems(data.seoImage, data.seoImageAlt, "seoImageAlt", "social image"),
    ];
  },
  repair: async (_db, data) => ({ data, notices: [] }),
  path: (d) => (d.slug ? `/services/${d.slug}` : null),
  title: (d) => d.name || "Untitled service",
  slug: (d) => d.slug,
};

const story: StudioKindDefinition<StoryDraft> = {
  db: "STORY",
  label: "Customer story",
  async list(db) {
    const rows = await db.caseStudy.findMany({
      select: { id: true, customer: true, slug: true, status: true, industry: true, updatedAt: true },
    });
    return rows.map((r) => ({
      id: r.id,
      title: r.customer,
      slug: r.slug,
      isPublished: r.status === "PUBLISHED",
      position: null,
      category: r.industry,
      updatedAt: r.updatedAt,
    }));
  },
  async load(db, id) {
    const c = await db.caseStudy.findUnique({ where: { id } });
    if (!c) return null;
    return {
      isPublished: c.status === "PUBLISHED",
      title: c.customer,
      data: {
        slug: c.slug,
        customer: c.customer,
        industry: c.industry,
        summary: c.summary,
        quote: c.quote,
        quoteAuthor: c.quoteAuthor,
        results: c.results as StoryDraft["results"],
        body: c.body,
        serviceSlugs: c.serviceSlugs,
        beforePath: orEmpty(c.beforePath),
        beforeAlt: orEmpty(c.beforeAlt),
        imagePath: orEmpty(c.imagePath),
        imageAlt: orEmpty(c.imageAlt),
        seoTitle: orEmpty(c.seoTitle),
        seoDescription: orEmpty(c.seoDescription),
        seoImage: orEmpty(c.seoImage),
        seoImageAlt: "",
      },
    };
  },
  blank: () => ({
    slug: "",
    customer: "",
    industry: "",
    summary: "",
    quote: "",
    quoteAuthor: "",
    results: [],
    body: "",
    serviceSlugs: [],
    beforePath: "",
    beforeAlt: "",
    imagePath: "",
    imageAlt: "",
    seoTitle: "",
    seoDescription: "",
    seoImage: "",
    seoImageAlt: "",
  }),
  async create(tx, data) {
    const row = await tx.caseStudy.create({
      data: {
        slug: data.slug,
        customer: data.customer,
        industry: data.industry,
        summary: data.summary,
        quote: data.quote,
        quoteAuthor: data.quoteAuthor,
        results: data.results,
        body: data.body,
        serviceSlugs: data.serviceSlugs,
        status: "DRAFT",
      },
    });
    return row.id;
  },
  async apply(tx, id, data) {
    await tx.caseStudy.update({
      where: { id },
      data: {
        slug: data.slug,
        customer: data.customer.trim(),
        industry: data.industry.trim(),
        summary: data.summary.trim(),
        quote: data.quote.trim(),
        quoteAuthor: data.quoteAuthor.trim(),
        results: data.results.map((r) => ({ label: r.label.trim(), value: r.value.trim() })),
        body: data.body,
        serviceSlugs: data.serviceSlugs,
        beforePath: orNull(data.beforePath),
        beforeAlt: orNull(data.beforeAlt),
        imagePath: orNull(data.imagePath),
        imageAlt: orNull(data.imageAlt),
        seoTitle: orNull(data.seoTitle),
        seoDescription: orNull(data.seoDescription),
        seoImage: orNull(data.seoImage),
      },
    });
    // Stories show on /customers, their own page, the home page and the services they name.
    return [cacheTags.customers, cacheTags.services];
  },
  async setPublished(tx, id, isPublished) {
    const row = await tx.caseStudy.findUniqueOrThrow({ where: { id }, select: { publishedAt: true } });
    await tx.caseStudy.update({
      where: { id },
      data: {
        status: isPublished ? "PUBLISHED" : "DRAFT",
        ...(isPublished && !row.publishedAt && { publishedAt: new Date() }),
      },
    });
    return [cacheTags.customers, cacheTags.services];
  },
  async check(db, id, data) {
    const problems: Problem[] = [
      ...(await slugTaken(
        async () => (await db.caseStudy.count({ where: { slug: data.slug, NOT: { id } } })) > 0,
        data.slug,
      )),
      ...altProblems(data.beforePath, data.beforeAlt, "beforeAlt", "before image"),
      ...altProblems(data.imagePath, data.imageAlt, "imageAlt", "after image"),
      ...altProblems(data.seoImage, data.seoImageAlt, "seoImageAlt", "social image"),
    ];
    const found = new Set(
      (await db.service.findMany({ where: { slug: { in: data.serviceSlugs } }, select: { slug: true } })).map(
        (s) => s.slug,
      ),
    );
    data.serviceSlugs.forEach((slug, i) => {
      if (!found.has(slug))
        problems.push({ path: ["serviceSlugs", i], message: `The service "${slug}" does not exist: remove it.` });
    });
    return problems;
  },
  async repair(db, data) {
    const found = new Set(
      (await db.service.findMany({ where: { slug: { in: data.serviceSlugs } }, select: { slug: true } })).map(
        (s) => s.slug,
      ),
    );
    const gone = data.serviceSlugs.filter((s) => !found.has(s));
    return {
      data: { ...data, serviceSlugs: data.serviceSlugs.filter((s) => found.has(s)) },
      notices: gone.map((s) => `The service "${s}" no longer exists, so the link to it was dropped.`),
    };
  },
  path: (d) => (d.slug ? `/customers/${d.slug}` : null),
  title: (d) => d.customer || "Untitled story",
  slug: (d) => d.slug,
};

/** Subscriptions that still pay for a plan (not ended), by interval and the price each pays. */
async function payingSubscribers(db: Db, planSlug: string) {
  const groups = await db.subscription.groupBy({
    by: ["interval", "priceCents"],
    where: { planSlug, status: { not: "CANCELED" } },
    _count: { _all: true },
  });
  return groups
    .map((g) => ({ interval: g.interval, priceCents: g.priceCents, count: g._count._all }))
    .sort((a, b) => a.interval.localeCompare(b.interval) || a.priceCents - b.priceCents);
}

/**
 * Plans on the pricing page. Publishing writes the plan's list price; a subscription keeps the
 * price it was sold at (Subscription.priceCents), so an edit changes what new subscriptions pay and
 * never, silently, what existing ones do. Each price or limit change is in the audit log with the
 * number of subscribers who keep their price. Unpublishing stops selling the plan; its subscribers
 * stay on it. The slug is fixed once created: subscriptions and checkout links name it.
 */
const plan: StudioKindDefinition<PlanDraft> = {
  db: "PLAN",
  label: "Plan",
  async list(db) {
    const rows = await db.plan.findMany({
      select: { id: true, name: true, slug: true, isActive: true, position: true, updatedAt: true },
    });
    return rows.map((r) => ({
      id: r.id,
      title: r.name,
      slug: r.slug,
      isPublished: r.isActive,
      position: r.position,
      category: "Plans",
      updatedAt: r.updatedAt,
    }));
  },
  async load(db, id) {
    const p = await db.plan.findUnique({ where: { id } });
    if (!p) return null;
    return {
      isPublished: p.isActive,
      title: p.name,
      data: {
        slug: p.slug,
        name: p.name,
        tagline: p.tagline,
        monthlyPriceCents: p.monthlyPriceCents,
        yearlyPriceCents: p.yearlyPriceCents,
        activeRequestLimit: p.activeRequestLimit,
        features: p.features,
        isFeatured: p.isFeatured,
      },
    };
  },
  blank: () => ({
    slug: "",
    name: "",
    tagline: "",
    monthlyPriceCents: 0,
    yearlyPriceCents: 0,
    activeRequestLimit: 1,
    features: [],
    isFeatured: false,
  }),
  async create(tx, data) {
    const last = await tx.plan.aggregate({ _max: { position: true } });
    const row = await tx.plan.create({
      data: {
        slug: data.slug,
        name: data.name,
        tagline: data.tagline,
        monthlyPriceCents: data.monthlyPriceCents,
        yearlyPriceCents: data.yearlyPriceCents,
        activeRequestLimit: data.activeRequestLimit,
        features: data.features,
        isFeatured: data.isFeatured,
        isActive: false,
        position: (last._max.position ?? 0) + 1,
      },
    });
    return row.id;
  },
  async apply(tx, id, data, before, actor) {
    await tx.plan.update({
      where: { id },
      data: {
        name: data.name.trim(),
        tagline: data.tagline.trim(),
        monthlyPriceCents: data.monthlyPriceCents,
        yearlyPriceCents: data.yearlyPriceCents,
        activeRequestLimit: data.activeRequestLimit,
        features: data.features.map((f) => f.trim()),
        isFeatured: data.isFeatured,
      },
    });
    const changed = (["monthlyPriceCents", "yearlyPriceCents", "activeRequestLimit"] as const).filter(
      (field) => before[field] !== data[field],
    );
    if (changed.length)
      await recordAudit(tx, {
        action: "plan.terms_changed",
        actor: actor.id && actor.email ? { id: actor.id, email: actor.email } : null,
        target: { type: "plan", id },
        metadata: {
          plan: data.slug,
          by: actor.name,
          changes: Object.fromEntries(changed.map((f) => [f, { from: before[f], to: data[f] }])),
          // They keep the price they pay; the limit applies to them at once (the editor said so).
          subscribers: await payingSubscribers(tx, data.slug),
        },
      });
    // The pricing page, the home page's plans and the checkout read the plans through this one tag.
    return [cacheTags.plans];
  },
  async setPublished(tx, id, isPublished) {
    await tx.plan.update({ where: { id }, data: { isActive: isPublished } });
    return [cacheTags.plans];
  },
  async check(db, id, data) {
    const row = await db.plan.findUnique({ where: { id }, select: { slug: true } });
    return row && row.slug !== data.slug
      ? [
          {
            path: ["slug"],
            message: `A plan's identifier cannot change (subscriptions and checkout links name it): keep "${row.slug}".`,
          },
        ]
      : [];
  },
  repair: async (_db, data) => ({ data, notices: [] }),
  // The pricing page; `?plan=` lets a preview show a plan that is not on sale yet (ignored otherwise).
  path: (d) => (d.slug ? `/pricing?plan=${d.slug}` : "/pricing"),
  title: (d) => d.name || "Untitled plan",
  // Not an address (plans have no page of their own): the identifier, fixed once created.
  slug: (d) => d.slug,
  /** The terms the pricing page sells now, and who pays what, for the editor's "when you publish" note. */
  async facts(db, id) {
    const row = await db.plan.findUnique({
      where: { id },
      select: { slug: true, monthlyPriceCents: true, yearlyPriceCents: true, activeRequestLimit: true },
    });
    if (!row) return { listed: null, subscribers: [] };
    const { slug, ...listed } = row;
    return { listed, subscribers: await payingSubscribers(db, slug) };
  },
};

const pageLabels: Record<CopyPage, string> = { home: "Home page", about: "About page" };
const pagePaths: Record<CopyPage, string> = { home: "/", about: "/about" };
const isCopyPage = (s: string): s is CopyPage => (copyPages as readonly string[]).includes(s);

/** The copy of a fixed page, as its row holds it; the seeded text fills what an old row lacks. */
export function pageCopyOf(slug: CopyPage, fields: unknown): PageDraft {
  const parsed = pageDraft.safeParse({ ...pageCopies[slug], ...(fields as object), page: slug });
  return parsed.success ? parsed.data : pageCopies[slug];
}

/** The home page's hero picture as PageImage keeps it (the row the page renders). */
const HERO = { page: "home", slot: "hero" } as const;

/** An image's pixel size: a library image's own, or the current hero's when the path did not change. */
async function imageSize(db: Db, path: string) {
  const asset = await db.mediaAsset.findFirst({ where: { path }, select: { width: true, height: true } });
  if (asset) return asset;
  const current = await db.pageImage.findUnique({ where: { page_slot: HERO } });
  return current?.imagePath === path ? { width: current.width, height: current.height } : null;
}

/** The copy with the hero picture the page shows now (PageImage), whatever the copy's JSON says. */
export async function withHeroImage(db: Db, copy: PageDraft): Promise<PageDraft> {
  if (copy.page !== "home") return copy;
  const hero = await db.pageImage.findUnique({ where: { page_slot: HERO } });
  return { ...copy, heroImage: hero?.imagePath ?? "", heroImageAlt: hero?.imageAlt ?? "" };
}

/** The home page and /about: fixed items (seeded, never created or unpublished), one JSON row each. */
const page: StudioKindDefinition<PageDraft> = {
  db: "PAGE",
  label: "Page",
  async list(db) {
    const rows = await db.pageCopy.findMany({ select: { id: true, slug: true, status: true, updatedAt: true } });
    return rows
      .filter((r) => isCopyPage(r.slug))
      .map((r) => ({
        id: r.id,
        title: pageLabels[r.slug as CopyPage],
        slug: r.slug,
        isPublished: r.status === "PUBLISHED",
        position: null,
        category: null,
        updatedAt: r.updatedAt,
      }));
  },
  async load(db, id) {
    const row = await db.pageCopy.findUnique({ where: { id } });
    if (!row || !isCopyPage(row.slug)) return null;
    return {
      isPublished: row.status === "PUBLISHED",
      title: pageLabels[row.slug],
      data: await withHeroImage(db, pageCopyOf(row.slug, row.fields)),
    };
  },
  blank: () => pageCopies.home,
  async create() {
    throw new DomainError("BAD_REQUEST", "The site's pages are fixed: edit the home page or /about instead.");
  },
  async apply(tx, id, data) {
    const row = await tx.pageCopy.findUniqueOrThrow({ where: { id }, select: { slug: true } });
    if (row.slug !== data.page) throw new DomainError("BAD_REQUEST", "This copy belongs to another page.");
    if (data.page === "about") {
      const { page: _, ...fields } = data;
      await tx.pageCopy.update({ where: { id }, data: { fields } });
      return [cacheTags.pageCopy("about")];
    }
    const { page: _, heroImage, heroImageAlt, ...fields } = data;
    await tx.pageCopy.update({ where: { id }, data: { fields } });
    // The hero picture is the PageImage row the home page renders (sizes known: check() made sure).
    const size = heroImage ? await imageSize(tx, heroImage) : null;
    if (heroImage && size)
      await tx.pageImage.upsert({
        where: { page_slot: HERO },
        create: { ...HERO, imagePath: heroImage, imageAlt: heroImageAlt.trim(), ...size },
        update: { imagePath: heroImage, imageAlt: heroImageAlt.trim(), ...size },
      });
    else if (!heroImage) await tx.pageImage.deleteMany({ where: HERO });
    return [cacheTags.pageCopy("home"), cacheTags.pageImages("home")];
  },
  async setPublished(tx, id, isPublished, data) {
    if (!isPublished)
      throw new DomainError("BAD_REQUEST", "A page of the site cannot be unpublished: publish new copy instead.");
    await tx.pageCopy.update({ where: { id }, data: { status: "PUBLISHED" } });
    return [cacheTags.pageCopy(data.page)];
  },
  async check(db, id, data) {
    const row = await db.pageCopy.findUnique({ where: { id }, select: { slug: true } });
    const problems: Problem[] =
      row && row.slug !== data.page ? [{ path: ["page"], message: "This copy belongs to another page." }] : [];
    if (data.page === "home" && data.heroImage.trim()) {
      problems.push(...altProblems(data.heroImage, data.heroImageAlt, "heroImageAlt", "hero picture"));
      if (!(await imageSize(db, data.heroImage)))
        problems.push({
          path: ["heroImage"],
          message: "Choose the hero picture from the media library (the page needs its size to lay it out).",
        });
    }
    return [...problems, ...altProblems(data.seoImage, data.seoImageAlt, "seoImageAlt", "social image")];
  },
  // A revision is always one page's whole copy; the schema drops fields another page's blank added.
  repair: async (_db, data) => ({ data: pageDraft.safeParse(data).data ?? data, notices: [] }),
  path: (d) => pagePaths[d.page] ?? null,
  title: (d) => pageLabels[d.page] ?? "Page",
  slug: (d) => d.page,
};

export const kinds = { glossary, post, faq, service, story, plan, page } as unknown as Record<
  StudioKind,
  StudioKindDefinition
>;

export const kindOfDb = (db: ContentKind): StudioKind =>
  (Object.entries(kinds).find(([, k]) => k.db === db)?.[0] as StudioKind) ?? "glossary";
