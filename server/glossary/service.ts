import type { SessionUser } from "../accounts/session";
import { canSeeDrafts, publishedOrStaff } from "../content/access";
import { cacheTags } from "../content/cache-tags";
import { markdownToText } from "../content/markdown";
import { DomainError } from "../errors";
import type { Db } from "../platform/db";
import { indexSearchDocument, removeSearchDocument } from "../search/service";
import type { GlossaryListInput, GlossarySection, GlossaryUpdateInput } from "./schemas";

const cardSelect = {
  slug: true,
  term: true,
  pronunciation: true,
  summary: true,
  category: true,
  updatedAt: true,
} as const;

/**
 * A–Z as a reader expects it: "Cache, CDN, CMS, CSS", not the byte order a database with the C
 * collation gives ("CDN, CMS, CSS, Cache"). The database's collation differs between PGlite and
 * PostgreSQL servers, so terms are ordered here, in one place. A glossary is hundreds of rows.
 */
const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });
export const byTerm = (a: { term: string }, b: { term: string }) => collator.compare(a.term, b.term);

async function publishedTermsInOrder(db: Db) {
  const all = await db.glossaryTerm.findMany({ where: { status: "PUBLISHED" }, select: cardSelect });
  return all.sort(byTerm);
}

/** Published terms in alphabetical order; drafts never leave this function. */
export async function listPublishedTerms(db: Db, input: GlossaryListInput) {
  return (await publishedTermsInOrder(db)).slice(0, input.limit);
}

export const letterOf = (term: string) => {
  const first = term.normalize("NFD").charAt(0).toUpperCase();
  return /[A-Z]/.test(first) ? first : "#";
};

/** The A–Z index: counts per letter and per category, and the terms matching the filters. */
export async function glossaryIndex(db: Db, filters: { letter?: string; category?: string }) {
  const all = await publishedTermsInOrder(db);
  const letters = new Map<string, number>();
  const categories = new Map<string, number>();
  for (const t of all) {
    letters.set(letterOf(t.term), (letters.get(letterOf(t.term)) ?? 0) + 1);
    categories.set(t.category, (categories.get(t.category) ?? 0) + 1);
  }
  const terms = all.filter(
    (t) =>
      (!filters.letter || letterOf(t.term) === filters.letter) &&
      (!filters.category || t.category === filters.category),
  );
  return {
    total: all.length,
    letters: [..."ABCDEFGHIJKLMNOPQRSTUVWXYZ#"].map((letter) => ({ letter, count: letters.get(letter) ?? 0 })),
    categories: [...categories.entries()]
      .map(([category, count]) => ({ category, count }))
      .sort((a, b) => collator.compare(a.category, b.category)),
    terms,
  };
}

/** One term with its sections, related terms, and neighbours in A–Z order. */
export async function getTerm(db: Db, slug: string, viewer?: SessionUser | null) {
  const term = await db.glossaryTerm.findFirst({
    where: { slug, ...publishedOrStaff(viewer) },
    select: {
      ...cardSelect,
      id: true,
      status: true,
      sections: true,
      seoTitle: true,
      seoDescription: true,
      seoImage: true,
      publishedAt: true,
      related: {
        where: { status: "PUBLISHED" },
        select: { slug: true, term: true, summary: true },
      },
    },
  });
  if (!term) throw new DomainError("NOT_FOUND", `There is no glossary term "${slug}".`);
  // Neighbours in the same order as the index (a draft seen by staff slots in where it would go).
  const names = await db.glossaryTerm.findMany({
    where: { status: "PUBLISHED", NOT: { id: term.id } },
    select: { slug: true, term: true },
  });
  names.sort(byTerm);
  const after = names.findIndex((t) => byTerm(t, term) > 0);
  const previous = (after === -1 ? names.at(-1) : names[after - 1]) ?? null;
  const next = after === -1 ? null : names[after];
  return {
    ...term,
    related: term.related.sort(byTerm),
    sections: term.sections as unknown as GlossarySection[],
    isDraft: term.status === "DRAFT",
    previous,
    next,
  };
}

export async function publishedTermSlugs(db: Db) {
  return db.glossaryTerm.findMany({ where: { status: "PUBLISHED" }, select: { slug: true, updatedAt: true } });
}

export function glossarySearchBody(term: { pronunciation: string; summary: string; sections: GlossarySection[] }) {
  return [
    term.pronunciation,
    term.summary,
    ...term.sections.map((s) => `${s.heading}. ${markdownToText(s.body)}`),
  ].join(" ");
}

export async function syncTermSearch(db: Db, id: string) {
  const t = await db.glossaryTerm.findUniqueOrThrow({ where: { id } });
  if (t.status !== "PUBLISHED") return removeSearchDocument(db, "GLOSSARY", t.id);
  return indexSearchDocument(db, {
    kind: "GLOSSARY",
    refId: t.id,
    title: t.term,
    body: glossarySearchBody({ ...t, sections: t.sections as unknown as GlossarySection[] }),
    url: `/glossary/${t.slug}`,
    publishedAt: t.publishedAt,
  });
}

export interface ContentChange<T> {
  result: T;
  /** Exactly the cache tags whose pages show something this change touched. */
  tags: string[];
}

/** Edits a term (staff). Returns the tags to invalidate: the term, lists, and — on a rename — every page naming it. */
export async function updateTerm(db: Db, input: GlossaryUpdateInput): Promise<ContentChange<{ slug: string }>> {
  const { related, sections, ...fields } = input.patch;
  const current = await db.glossaryTerm.findUnique({ where: { slug: input.slug }, select: { id: true, term: true } });
  if (!current) throw new DomainError("NOT_FOUND", `There is no glossary term "${input.slug}".`);
  if (related?.includes(input.slug)) throw new DomainError("BAD_REQUEST", "A term cannot be related to itself.");
  if (related?.length) {
    const found = await db.glossaryTerm.count({ where: { slug: { in: related } } });
    if (found !== new Set(related).size) throw new DomainError("BAD_REQUEST", "Some related terms do not exist.");
  }
  await db.$transaction(async (tx) => {
    await tx.glossaryTerm.update({
      where: { id: current.id },
      data: {
        ...fields,
        ...(sections && { sections }),
        ...(related && { related: { set: related.map((slug) => ({ slug })) } }),
      },
    });
    await syncTermSearch(tx as Db, current.id);
  });
  const isRenamed = fields.term !== undefined && fields.term !== current.term;
  return {
    result: { slug: input.slug },
    tags: [
      cacheTags.glossaryTerm(input.slug),
      cacheTags.glossaryList,
      cacheTags.search,
      ...(isRenamed ? [cacheTags.glossaryNames] : []),
    ],
  };
}

/** Publishes or unpublishes a term (staff); the A–Z order and neighbours change with it. */
export async function setTermStatus(
  db: Db,
  slug: string,
  status: "DRAFT" | "PUBLISHED",
): Promise<ContentChange<{ slug: string; status: string }>> {
  const current = await db.glossaryTerm.findUnique({
    where: { slug },
    select: { id: true, status: true, publishedAt: true },
  });
  if (!current) throw new DomainError("NOT_FOUND", `There is no glossary term "${slug}".`);
  await db.$transaction(async (tx) => {
    await tx.glossaryTerm.update({
      where: { id: current.id },
      data: { status, ...(status === "PUBLISHED" && !current.publishedAt && { publishedAt: new Date() }) },
    });
    await syncTermSearch(tx as Db, current.id);
  });
  return {
    result: { slug, status },
    tags: [cacheTags.glossaryTerm(slug), cacheTags.glossaryList, cacheTags.glossaryNames, cacheTags.search],
  };
}

export { canSeeDrafts };
