import { DomainError } from "../errors";
import type { Db } from "../platform/db";

export interface CaseStudyResult {
  label: string;
  value: string;
}

export async function listCaseStudies(db: Db) {
  const rows = await db.caseStudy.findMany({
    where: { status: "PUBLISHED" },
    orderBy: [{ position: "asc" }, { customer: "asc" }],
    select: {
      slug: true,
      customer: true,
      industry: true,
      summary: true,
      quote: true,
      quoteAuthor: true,
      results: true,
      logoUrl: true,
      imagePath: true,
      imageAlt: true,
    },
  });
  return rows.map((r) => ({ ...r, results: r.results as unknown as CaseStudyResult[] }));
}

export async function getCaseStudy(db: Db, slug: string, options: { isDraftVisible?: boolean } = {}) {
  const row = await db.caseStudy.findFirst({
    where: { slug, ...(!options.isDraftVisible && { status: "PUBLISHED" as const }) },
    select: {
      slug: true,
      customer: true,
      industry: true,
      summary: true,
      quote: true,
      quoteAuthor: true,
      results: true,
      body: true,
      logoUrl: true,
      imagePath: true,
      imageAlt: true,
      beforePath: true,
      beforeAlt: true,
      serviceSlugs: true,
      seoTitle: true,
      seoDescription: true,
      seoImage: true,
      updatedAt: true,
    },
  });
  if (!row) throw new DomainError("NOT_FOUND", `There is no customer story "${slug}".`);
  const services = await db.service.findMany({
    where: { slug: { in: row.serviceSlugs }, status: "PUBLISHED" },
    select: { slug: true, name: true },
  });
  return { ...row, results: row.results as unknown as CaseStudyResult[], services };
}
