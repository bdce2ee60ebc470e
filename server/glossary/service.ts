import type { Db } from "../platform/db";
import type { GlossaryListInput } from "./schemas";

/** Published terms in alphabetical order; drafts never leave this function. */
export async function listPublishedTerms(db: Db, input: GlossaryListInput) {
  return db.glossaryTerm.findMany({
    where: { status: "PUBLISHED" },
    orderBy: { term: "asc" },
    take: input.limit,
    select: { slug: true, term: true, pronunciation: true, summary: true, category: true, updatedAt: true },
  });
}
