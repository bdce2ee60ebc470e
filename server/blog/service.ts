import type { SessionUser } from "../accounts/session";
import { publishedOrStaff } from "../content/access";
import { cacheTags } from "../content/cache-tags";
import { markdownToText, readingMinutes } from "../content/markdown";
import { DomainError } from "../errors";
import type { ContentChange } from "../glossary/service";
import type { Db } from "../platform/db";
import { indexSearchDocument, removeSearchDocument } from "../search/service";

export const BLOG_PAGE_SIZE = 6;

const cardSelect = {
  slug: true,
  title: true,
  excerpt: true,
  tags: true,
  author: true,
  readingMinutes: true,
  coverImage: true,
  publishedAt: true,
} as const;

/** A page of published posts, newest first. Out-of-range pages clamp to the last one. */
export async function listPosts(db: Db, input: { page: number; tag?: string }) {
  const where = { status: "PUBLISHED" as const, ...(input.tag && { tags: { has: input.tag } }) };
  const total = await db.blogPost.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / BLOG_PAGE_SIZE));
  const page = Math.min(Math.max(1, input.page), pageCount);
  const posts = await db.blogPost.findMany({
    where,
    orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
    skip: (page - 1) * BLOG_PAGE_SIZE,
    take: BLOG_PAGE_SIZE,
    select: cardSelect,
  });
  return { posts, page, pageCount, total, tag: input.tag ?? null };
}

export async function listTags(db: Db) {
  const rows = await db.blogPost.findMany({ where: { status: "PUBLISHED" }, select: { tags: true } });
  const counts = new Map<string, number>();
  for (const tag of rows.flatMap((r) => r.tags)) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts.entries()].map(([tag, count]) => ({ tag, count })).sort((a, b) => a.tag.localeCompare(b.tag));
}

export async function getPost(db: Db, slug: string, viewer?: SessionUser | null) {
  const post = await db.blogPost.findFirst({
    where: { slug, ...publishedOrStaff(viewer) },
    select: {
      ...cardSelect,
      id: true,
      body: true,
      status: true,
      seoTitle: true,
      seoDescription: true,
      seoImage: true,
      coverAlt: true,
      updatedAt: true,
    },
  });
  if (!post) throw new DomainError("NOT_FOUND", `There is no blog post "${slug}".`);
  return { ...post, isDraft: post.status === "DRAFT" };
}

/** Everything the feed needs, newest first. */
export async function feedPosts(db: Db, limit = 20) {
  return db.blogPost.findMany({
    where: { status: "PUBLISHED" },
    orderBy: { publishedAt: "desc" },
    take: limit,
    select: { ...cardSelect, updatedAt: true, body: true },
  });
}

export async function publishedPostSlugs(db: Db) {
  return db.blogPost.findMany({ where: { status: "PUBLISHED" }, select: { slug: true, updatedAt: true } });
}

export async function syncPostSearch(db: Db, id: string) {
  const p = await db.blogPost.findUniqueOrThrow({ where: { id } });
  if (p.status !== "PUBLISHED") return removeSearchDocument(db, "BLOG", p.id);
  return indexSearchDocument(db, {
    kind: "BLOG",
    refId: p.id,
    title: p.title,
    body: `${p.excerpt} ${markdownToText(p.body)}`,
    url: `/blog/${p.slug}`,
    publishedAt: p.publishedAt,
  });
}

export interface PostPatch {
  title?: string;
  excerpt?: string;
  body?: string;
  tags?: string[];
  author?: string;
  seoTitle?: string | null;
  seoDescription?: string | null;
}

export async function updatePost(db: Db, slug: string, patch: PostPatch): Promise<ContentChange<{ slug: string }>> {
  const current = await db.blogPost.findUnique({ where: { slug }, select: { id: true } });
  if (!current) throw new DomainError("NOT_FOUND", `There is no blog post "${slug}".`);
  await db.$transaction(async (tx) => {
    await tx.blogPost.update({
      where: { id: current.id },
      data: { ...patch, ...(patch.body !== undefined && { readingMinutes: readingMinutes(patch.body) }) },
    });
    await syncPostSearch(tx as Db, current.id);
  });
  return { result: { slug }, tags: [cacheTags.blogPost(slug), cacheTags.blogList, cacheTags.search] };
}

export async function setPostStatus(
  db: Db,
  slug: string,
  status: "DRAFT" | "PUBLISHED",
): Promise<ContentChange<{ slug: string; status: string }>> {
  const current = await db.blogPost.findUnique({ where: { slug }, select: { id: true, publishedAt: true } });
  if (!current) throw new DomainError("NOT_FOUND", `There is no blog post "${slug}".`);
  await db.$transaction(async (tx) => {
    await tx.blogPost.update({
      where: { id: current.id },
      data: { status, ...(status === "PUBLISHED" && !current.publishedAt && { publishedAt: new Date() }) },
    });
    await syncPostSearch(tx as Db, current.id);
  });
  return { result: { slug, status }, tags: [cacheTags.blogPost(slug), cacheTags.blogList, cacheTags.search] };
}
