import { Prisma } from "../generated/prisma/client";
import type { Db } from "../platform/db";

/**
 * Where content can show an image. Each whole row is searched as JSON for the image's path, so a
 * reference in any column counts — an image field, a cover or social image, markdown in a body,
 * JSON sections — and a new image column is covered without touching this list. A new content
 * table gets one line here.
 */
const contentTables: { table: string; kind: string; name: string; href: string }[] = [
  { table: "Service", kind: "the service", name: `t."name"`, href: `'/services/' || t."slug"` },
  { table: "CaseStudy", kind: "the customer story", name: `t."customer"`, href: `'/customers/' || t."slug"` },
  { table: "BlogPost", kind: "the blog post", name: `t."title"`, href: `'/blog/' || t."slug"` },
  { table: "GlossaryTerm", kind: "the glossary term", name: `t."term"`, href: `'/glossary/' || t."slug"` },
  { table: "FaqEntry", kind: "the FAQ entry", name: `t."question"`, href: `'/faq'` },
  {
    table: "PageImage",
    kind: "the page",
    name: `CASE t."page" WHEN 'home' THEN 'Home' WHEN 'about' THEN 'About us' WHEN 'hero-redesign' THEN 'Free hero redesign' ELSE t."page" END`,
    href: `CASE t."page" WHEN 'home' THEN '/' ELSE '/' || t."page" END`,
  },
];

export interface MediaUse {
  label: string;
  href: string;
}

/** Every content record that refers to `path` ("/media/<id>/<name>"), named as a person would. */
export async function mediaUsage(db: Db, path: string): Promise<MediaUse[]> {
  // The id part alone identifies the asset: a record that kept an older file name still counts.
  const needle = path.replace(/[^/]+$/, "");
  const union = Prisma.join(
    contentTables.map(
      (t) =>
        Prisma.sql`SELECT ${t.kind}::text AS kind, (${Prisma.raw(t.name)})::text AS name, (${Prisma.raw(t.href)})::text AS href
          FROM ${Prisma.raw(`"${t.table}"`)} t WHERE strpos(row_to_json(t)::text, ${needle}) > 0`,
    ),
    " UNION ALL ",
  );
  const rows = await db.$queryRaw<{ kind: string; name: string; href: string }[]>`${union} ORDER BY 1, 2`;
  const seen = new Set<string>();
  const uses: MediaUse[] = [];
  for (const r of rows) {
    const label = `${r.kind} “${r.name}”`;
    if (seen.has(label)) continue;
    seen.add(label);
    uses.push({ label, href: r.href });
  }
  return uses;
}
