import { pageCopies } from "../../prisma/seed-content/pages";
import { pageCopyOf, withHeroImage } from "../content-studio/kinds";
import type { AboutCopy, CopyPage, HomeCopy } from "../content-studio/schemas";
import type { Db } from "../platform/db";

type CopyOf<P extends CopyPage> = P extends "home" ? HomeCopy : AboutCopy;

/**
 * What visitors read: the page's published copy (drafts live in the studio's revisions until they
 * are published), or the seeded text when the row is missing.
 */
export async function publishedPageCopy<P extends CopyPage>(db: Db, page: P): Promise<CopyOf<P>> {
  const row = await db.pageCopy.findUnique({ where: { slug: page }, select: { fields: true, status: true } });
  // The home page's hero picture is the PageImage row the page renders.
  return (await withHeroImage(
    db,
    row && row.status === "PUBLISHED" ? pageCopyOf(page, row.fields) : pageCopies[page],
  )) as CopyOf<P>;
}
