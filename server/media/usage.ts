import { Prisma } from "../generated/prisma/client";
import type { Db } from "../platform/db";

/**
 * Where content can show an image. Each whole row is searched as JSON for the image's path, so a
 * reference in any column counts — an image field, a cover or social image, markdown in a body,
 * JSON sections — and a new image column is covered without touching this list. A new content
 * table gets one line here. `item` names the studio item a row is (kind:id), so a draft of the
 * same item is not named twice.
 */
const contentTables: { table: string; kind: string; name: string; href: string; item: string }[] = [
  {
    table: "Service",
    kind: "the service",
    name: `t."name"`,
    href: `'/services/' || t."slug"`,
    item: `'SERVICE:' || t."id"`,
  },
  {
    table: "CaseStudy",
    kind: "the customer story",
    name: `t."customer"`,
    href: `'/customers/' || t."slug"`,
    item: `'STORY:' || t."id"`,
  },
  {
    table: "BlogPost",
    kind: "the blog post",
    name: `t."title"`,
    href: `'/blog/' || t."slug"`,
    item: `'POST:' || t."id"`,
  },
  {
    table: "GlossaryTerm",
    kind: "the glossary term",
    name: `t."term"`,
    href: `'/glossary/' || t."slug"`,
    item: `'GLOSSARY:' || t."id"`,
  },
  { table: "FaqEntry", kind: "the FAQ entry", name: `t."question"`, href: `'/faq'`, item: `'FAQ:' || t."id"` },
  {
    table: "PageCopy",
    kind: "the page",
    name: `CASE t."slug" WHEN 'home' THEN 'Home' WHEN 'about' THEN 'About us' ELSE t."slug" END`,
    href: `CASE t."slug" WHEN 'home' THEN '/' ELSE '/' || t."slug" END`,
    item: `'PAGE:' || t."id"`,
  },
  {
    table: "PageImage",
    kind: "the page",
    name: `CASE t."page" WHEN 'home' THEN 'Home' WHEN 'about' THEN 'About us' WHEN 'hero-redesign' THEN 'Free hero redesign' ELSE t."page" END`,
    href: `CASE t."page" WHEN 'home' THEN '/' ELSE '/' || t."page" END`,
    item: `NULL`,
  },
];

/**
 * The studio's unpublished drafts (the newest revision of an item whose draft is ahead of what is
 * published): an image chosen in the editor counts before it is published, so publishing the draft
 * later never shows a deleted image. Named as the public rows are, with a link to the editor.
 */
const draftsUsing = (needle: string) => Prisma.sql`SELECT
    'the draft of ' || CASE d."kind" WHEN 'POST' THEN 'the blog post' WHEN 'SERVICE' THEN 'the service'
      WHEN 'STORY' THEN 'the customer story' WHEN 'GLOSSARY' THEN 'the glossary term' WHEN 'FAQ' THEN 'the FAQ entry'
      ELSE 'the page' END AS kind,
    COALESCE(NULLIF(btrim(CASE d."kind" WHEN 'POST' THEN r."data"->>'title' WHEN 'SERVICE' THEN r."data"->>'name'
      WHEN 'STORY' THEN r."data"->>'customer' WHEN 'GLOSSARY' THEN r."data"->>'term' WHEN 'FAQ' THEN r."data"->>'question'
      ELSE CASE r."data"->>'page' WHEN 'home' THEN 'Home' WHEN 'about' THEN 'About us' END END), ''), 'Untitled') AS name,
    '/admin/content/' || lower(d."kind"::text) || '/' || d."itemId" AS href,
    d."kind"::text || ':' || d."itemId" AS item,
    1 AS rank
  FROM "ContentDraft" d
  JOIN "ContentRevision" r ON r."kind" = d."kind" AND r."itemId" = d."itemId" AND r."number" = d."version"
  WHERE d."version" IS DISTINCT FROM d."publishedVersion" AND strpos(r."data"::text, ${needle}) > 0`;

export interface MediaUse {
  label: string;
  href: string;
}

/** Every content record or studio draft that refers to `path` ("/media/<id>/<name>"), named as a person would. */
export async function mediaUsage(db: Db, path: string): Promise<MediaUse[]> {
  // The id part alone identifies the asset: a record that kept an older file name still counts.
  const needle = path.replace(/[^/]+$/, "");
  const published = contentTables.map(
    (t) =>
      Prisma.sql`SELECT ${t.kind}::text AS kind, (${Prisma.raw(t.name)})::text AS name, (${Prisma.raw(t.href)})::text AS href,
          (${Prisma.raw(t.item)})::text AS item, 0 AS rank
        FROM ${Prisma.raw(`"${t.table}"`)} t WHERE strpos(row_to_json(t)::text, ${needle}) > 0`,
  );
  const union = Prisma.join([...published, draftsUsing(needle)], " UNION ALL ");
  const rows = await db.$queryRaw<{ kind: string; name: string; href: string; item: string | null }[]>`
    SELECT kind, name, href, item FROM (${union}) u ORDER BY rank, kind, name`;
  const seen = new Set<string>();
  const uses: MediaUse[] = [];
  for (const r of rows) {
    const label = `${r.kind} “${r.name}”`;
    // A published row already names the item; its draft needs changing there too, before it is published.
    const isNamed = seen.has(label) || (r.item !== null && seen.has(r.item));
    seen.add(label);
    if (r.item) seen.add(r.item);
    if (!isNamed) uses.push({ label, href: r.href });
  }
  return uses;
}
