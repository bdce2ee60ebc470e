import "server-only";

import { cookies, draftMode } from "next/headers";
import { notFound, permanentRedirect } from "next/navigation";
import { currentSession } from "../accounts/current-session";
import { getPost } from "../blog/service";
import { cacheTags } from "../content/cache-tags";
import { getCaseStudy } from "../customers/service";
import { getTerm } from "../glossary/service";
import { focalPoints } from "../media/service";
import { listActivePlans } from "../plans/service";
import { cachedRead } from "../platform/cache";
import { db } from "../platform/db";
import { getService } from "../services/service";
import type {
  AboutCopy,
  CopyPage,
  GlossaryDraft,
  HomeCopy,
  PlanDraft,
  PostDraft,
  ServiceDraft,
  StoryDraft,
} from "./schemas";
import { draftAt, getItem, previewLinkTarget, redirectFor } from "./service";

/** The cookie a shared preview link leaves, so the draft stays visible only until the link expires. */
export const PREVIEW_COOKIE = "atelier_preview";

/**
 * In Next's draft mode (entered through /api/draft only), the draft of the item at this address —
 * for staff, or for the holder of an unexpired preview link to that very item. Null otherwise, and
 * always null outside draft mode, so public renders never read cookies and stay cacheable.
 */
async function previewable(kind: "glossary" | "post" | "service" | "story" | "page", slug: string) {
  if (!(await draftMode()).isEnabled) return null;
  const item = await draftAt(db(), kind, slug);
  if (!item) return null;
  const session = await currentSession();
  if (session?.user.staffRole) return item;
  const token = (await cookies()).get(PREVIEW_COOKIE)?.value;
  const target = token ? await previewLinkTarget(db(), token) : null;
  return target && target.kind === kind && target.id === item.id ? item : null;
}

/** The glossary page's data from the draft, in the same shape as the published read. */
export async function previewTerm(slug: string) {
  const item = await previewable("glossary", slug);
  if (!item) return null;
  const draft = item.data as GlossaryDraft;
  const row = await db().glossaryTerm.findUniqueOrThrow({ where: { id: item.id }, select: { slug: true } });
  const base = await getTerm(db(), row.slug, { id: "preview", email: "", name: null, staffRole: "ADMIN" });
  const related = await db().glossaryTerm.findMany({
    where: { slug: { in: draft.related } },
    select: { slug: true, term: true, summary: true },
  });
  return {
    ...base,
    slug: draft.slug || base.slug,
    term: draft.term,
    pronunciation: draft.pronunciation,
    summary: draft.summary,
    category: draft.category,
    sections: draft.sections,
    related,
    seoTitle: draft.seoTitle || null,
    seoDescription: draft.seoDescription || null,
    seoImage: draft.seoImage || null,
    isPreview: true,
  };
}

export async function previewPost(slug: string) {
  const item = await previewable("post", slug);
  if (!item) return null;
  const draft = item.data as PostDraft;
  const row = await db().blogPost.findUniqueOrThrow({ where: { id: item.id }, select: { slug: true } });
  const base = await getPost(db(), row.slug, { id: "preview", email: "", name: null, staffRole: "ADMIN" });
  return {
    ...base,
    slug: draft.slug || base.slug,
    title: draft.title,
    excerpt: draft.excerpt,
    body: draft.body,
    coverImage: draft.coverImage || null,
    coverAlt: draft.coverAlt || null,
    tags: draft.tags,
    author: draft.author,
    seoTitle: draft.seoTitle || null,
    seoDescription: draft.seoDescription || null,
    seoImage: draft.seoImage || null,
    isPreview: true,
  };
}

export async function previewService(slug: string) {
  const item = await previewable("service", slug);
  if (!item) return null;
  const draft = item.data as ServiceDraft;
  const row = await db().service.findUniqueOrThrow({ where: { id: item.id }, select: { slug: true } });
  const base = await getService(db(), row.slug, { isDraftVisible: true });
  return {
    ...base,
    slug: draft.slug || base.slug,
    name: draft.name,
    summary: draft.summary,
    body: draft.body,
    deliverables: draft.deliverables,
    imagePath: draft.imagePath || null,
    imageAlt: draft.imageAlt || null,
    seoTitle: draft.seoTitle || null,
    seoDescription: draft.seoDescription || null,
    seoImage: draft.seoImage || null,
    isPreview: true,
  };
}

export async function previewStory(slug: string) {
  const item = await previewable("story", slug);
  if (!item) return null;
  const draft = item.data as StoryDraft;
  const row = await db().caseStudy.findUniqueOrThrow({ where: { id: item.id }, select: { slug: true } });
  const base = await getCaseStudy(db(), row.slug, { isDraftVisible: true });
  const services = await db().service.findMany({
    where: { slug: { in: draft.serviceSlugs } },
    select: { slug: true, name: true },
  });
  return {
    ...base,
    ...draft,
    slug: draft.slug || base.slug,
    services,
    beforePath: draft.beforePath || null,
    beforeAlt: draft.beforeAlt || null,
    imagePath: draft.imagePath || null,
    imageAlt: draft.imageAlt || null,
    seoTitle: draft.seoTitle || null,
    seoDescription: draft.seoDescription || null,
    seoImage: draft.seoImage || null,
    isPreview: true,
  };
}

type PricedPlan = Awaited<ReturnType<typeof listActivePlans>>[number];

/**
 * The pricing page's plans with drafts, in draft mode only (null otherwise: read the published
 * plans). Staff see every plan on sale with its draft, plus the plan named by `?plan=` (the editor's
 * preview of a plan not on sale yet); a preview link shows its own plan's draft and the rest as published.
 */
export async function previewPlans(previewed: string | undefined): Promise<PricedPlan[] | null> {
  if (!(await draftMode()).isEnabled) return null;
  const session = await currentSession();
  let mayPreview: (id: string) => boolean = () => true;
  if (!session?.user.staffRole) {
    const token = (await cookies()).get(PREVIEW_COOKIE)?.value;
    const target = token ? await previewLinkTarget(db(), token) : null;
    if (target?.kind !== "plan") return null;
    mayPreview = (id) => id === target.id;
  }
  const rows = await db().plan.findMany({
    where: { OR: [{ isActive: true }, ...(previewed ? [{ slug: previewed.slice(0, 120) }] : [])] },
    orderBy: { position: "asc" },
    select: { id: true, slug: true, isActive: true, currency: true },
  });
  const published = new Map((await listActivePlans(db())).map((p) => [p.slug, p]));
  const plans: PricedPlan[] = [];
  for (const row of rows) {
    if (!mayPreview(row.id)) {
      const live = published.get(row.slug);
      if (live) plans.push(live);
      continue;
    }
    const draft = (await getItem(db(), "plan", row.id)).data as PlanDraft;
    plans.push({
      slug: row.slug,
      currency: row.currency,
      name: draft.name,
      tagline: draft.tagline,
      monthlyPriceCents: draft.monthlyPriceCents,
      yearlyPriceCents: draft.yearlyPriceCents,
      activeRequestLimit: draft.activeRequestLimit,
      features: draft.features,
      isFeatured: draft.isFeatured,
    });
  }
  return plans;
}

/** The home page's or /about's copy from its draft, in draft mode only; null otherwise (read the published copy). */
export async function previewPageCopy<P extends CopyPage>(
  page: P,
): Promise<((P extends "home" ? HomeCopy : AboutCopy) & { isPreview: true }) | null> {
  const item = await previewable("page", page);
  if (!item || (item.data as { page?: string }).page !== page) return null;
  return { ...(item.data as P extends "home" ? HomeCopy : AboutCopy), isPreview: true };
}

/**
 * The home page's hero picture as a draft chooses it, in the shape of `media.pageImages`; null when
 * the draft has none or its size is not known (a library image's, or the published one's).
 */
export async function previewHeroImage(copy: HomeCopy) {
  if (!copy.heroImage) return null;
  const [asset, current, focal] = await Promise.all([
    db().mediaAsset.findFirst({ where: { path: copy.heroImage }, select: { width: true, height: true } }),
    db().pageImage.findUnique({ where: { page_slot: { page: "home", slot: "hero" } } }),
    focalPoints(db(), [copy.heroImage]),
  ]);
  const size = asset ?? (current?.imagePath === copy.heroImage ? current : null);
  if (!size) return null;
  return {
    slot: "hero",
    imagePath: copy.heroImage,
    imageAlt: copy.heroImageAlt,
    caption: null,
    width: size.width,
    height: size.height,
    objectPosition: focal.get(copy.heroImage) ?? null,
  };
}

/**
 * A page whose slug was not found: a kept redirect sends the visitor on permanently (308), else
 * the 404. The lookup is a tagged read, so saving a redirect refreshes a cached 404.
 */
export async function redirectOrNotFound(path: string): Promise<never> {
  const to = await cachedRead(["redirect", path], [cacheTags.redirects], () => redirectFor(db(), path));
  if (to) permanentRedirect(to);
  notFound();
}
