import type { SearchKind } from "../generated/prisma/enums";
import type { Db } from "../platform/db";

const MARK_START = "\uE000";
/** At most this many matches are ranked per query (see searchContent). */
export const RANK_CANDIDATES = 1000;
const MARK_END = "\uE001";

/**
 * Turns what a visitor typed into a safe tsquery: words only (operators and quotes are dropped),
 * each a prefix match so "cach" finds "Caching", all of them required. Single characters are
 * dropped: "c:*" matches nearly everything and helps no one. null when nothing is left.
 */
export function toPrefixTsQuery(input: string): string | null {
  const words =
    input
      .normalize("NFKC")
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  const usable = words.filter((w) => w.length >= 2 && w.length <= 40).slice(0, 8);
  return usable.length ? usable.map((w) => `${w}:*`).join(" & ") : null;
}

export interface SnippetPart {
  text: string;
  isMatch: boolean;
}

/** Splits a highlighted snippet into parts the page renders as text and <mark> — never as HTML. */
export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  for (const [i, chunk] of snippet.split(MARK_START).entries()) {
    if (i === 0) {
      if (chunk) parts.push({ text: chunk, isMatch: false });
      continue;
    }
    const [match = "", rest = ""] = chunk.split(MARK_END);
    if (match) parts.push({ text: match, isMatch: true });
    if (rest) parts.push({ text: rest, isMatch: false });
  }
  return parts;
}

export interface SearchHit {
  kind: SearchKind;
  title: string;
  url: string;
  rank: number;
  snippet: SnippetPart[];
}

export interface SearchPage {
  hits: SearchHit[];
  nextCursor: number | null;
}

/** One ranked full-text search over glossary, blog and FAQ; the cursor is an offset. */
export async function searchContent(
  db: Db,
  input: { q: string; kind?: SearchKind; limit: number; cursor?: number | null },
): Promise<SearchPage> {
  const tsquery = toPrefixTsQuery(input.q);
  if (!tsquery) return { hits: [], nextCursor: null };
  const offset = input.cursor ?? 0;
  const kind = input.kind ?? null;
  const headline = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=28, MinWords=12, ShortWord=2`;
  // Ranking reads every candidate's vector, so a query matching most of the corpus ranks only the
  // first RANK_CANDIDATES matches (docs/PERFORMANCE.md). Headlines are built only for the rows
  // returned (ts_headline is the costliest step).
  const rows = await db.$queryRaw<{ kind: SearchKind; title: string; url: string; rank: number; snippet: string }[]>`
    WITH q AS (SELECT to_tsquery('english', ${tsquery}) AS query),
    candidates AS (
      SELECT d.id FROM "SearchDocument" d, q
      WHERE d.vector @@ q.query AND (${kind}::text IS NULL OR d.kind::text = ${kind}::text)
      LIMIT ${RANK_CANDIDATES}
    ),
    hits AS (
      SELECT d.id, d.kind, d.title, d.url, d.body, ts_rank_cd(d.vector, q.query, 32) AS rank
      FROM candidates c JOIN "SearchDocument" d ON d.id = c.id, q
      ORDER BY rank DESC, d.title ASC, d.id ASC
      LIMIT ${input.limit + 1} OFFSET ${offset}
    )
    SELECT hits.kind, hits.title, hits.url, hits.rank::float8 AS rank,
           ts_headline('english', hits.body, q.query, ${headline}) AS snippet
    FROM hits, q
    ORDER BY hits.rank DESC, hits.title ASC, hits.id ASC`;
  const hasMore = rows.length > input.limit;
  return {
    hits: rows.slice(0, input.limit).map((r) => ({
      kind: r.kind,
      title: r.title,
      url: r.url,
      rank: Number(r.rank),
      snippet: snippetParts(r.snippet),
    })),
    nextCursor: hasMore ? offset + input.limit : null,
  };
}

export interface SearchableItem {
  kind: SearchKind;
  refId: string;
  title: string;
  body: string;
  url: string;
  publishedAt: Date | null;
}

/** Keeps the search index in step with published content; the vector is set by a trigger. */
export async function indexSearchDocument(db: Db, item: SearchableItem) {
  await db.searchDocument.upsert({
    where: { kind_refId: { kind: item.kind, refId: item.refId } },
    create: item,
    update: { title: item.title, body: item.body, url: item.url, publishedAt: item.publishedAt },
  });
}

export async function removeSearchDocument(db: Db, kind: SearchKind, refId: string) {
  await db.searchDocument.deleteMany({ where: { kind, refId } });
}
