import { cacheTags } from "../content/cache-tags";
import { markdownToText } from "../content/markdown";
import { DomainError } from "../errors";
import type { ContentChange } from "../glossary/service";
import type { Db } from "../platform/db";
import { indexSearchDocument, removeSearchDocument, searchContent, toPrefixTsQuery } from "../search/service";

export const faqCategoryOrder = ["Subscriptions", "Billing", "Process", "Hero redesign", "Technical"];

/** Published entries grouped by category, in the studio's order; `q` narrows by full-text search. */
export async function listFaq(db: Db, input: { q?: string }) {
  let ids: Set<string> | undefined;
  // Input with no searchable words (only punctuation) filters nothing.
  const hasWords = Boolean(input.q && toPrefixTsQuery(input.q));
  if (hasWords && input.q) {
    const { hits } = await searchContent(db, { q: input.q, kind: "FAQ", limit: 50 });
    ids = new Set(hits.map((h) => h.url.replace("/faq#", "")));
  }
  const entries = await db.faqEntry.findMany({
    where: { status: "PUBLISHED", ...(ids && { id: { in: [...ids] } }) },
    orderBy: [{ category: "asc" }, { position: "asc" }],
    select: { id: true, question: true, answer: true, category: true, position: true },
  });
  const rank = (c: string) => faqCategoryOrder.indexOf(c) + 1 || 99;
  const groups = new Map<string, typeof entries>();
  for (const e of entries) groups.set(e.category, [...(groups.get(e.category) ?? []), e]);
  return {
    q: hasWords ? (input.q?.trim() ?? null) : null,
    count: entries.length,
    groups: [...groups.entries()]
      .sort((a, b) => rank(a[0]) - rank(b[0]))
      .map(([category, items]) => ({ category, items })),
  };
}

export async function syncFaqSearch(db: Db, id: string) {
  const f = await db.faqEntry.findUniqueOrThrow({ where: { id } });
  if (f.status !== "PUBLISHED") return removeSearchDocument(db, "FAQ", f.id);
  return indexSearchDocument(db, {
    kind: "FAQ",
    refId: f.id,
    title: f.question,
    body: markdownToText(f.answer),
    url: `/faq#${f.id}`,
    publishedAt: f.createdAt,
  });
}

export async function updateFaqEntry(
  db: Db,
  id: string,
  patch: { question?: string; answer?: string; category?: string; position?: number; status?: "DRAFT" | "PUBLISHED" },
): Promise<ContentChange<{ id: string }>> {
  const exists = await db.faqEntry.findUnique({ where: { id }, select: { id: true } });
  if (!exists) throw new DomainError("NOT_FOUND", "That FAQ entry does not exist.");
  await db.$transaction(async (tx) => {
    await tx.faqEntry.update({ where: { id }, data: patch });
    await syncFaqSearch(tx as Db, id);
  });
  return { result: { id }, tags: [cacheTags.faq, cacheTags.search] };
}
