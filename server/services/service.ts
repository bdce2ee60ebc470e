import { DomainError } from "../errors";
import type { Db } from "../platform/db";

export function listServices(db: Db) {
  return db.service.findMany({
    where: { status: "PUBLISHED" },
    orderBy: [{ position: "asc" }, { name: "asc" }],
    select: {
      slug: true,
      name: true,
      summary: true,
      deliverables: true,
      briefTemplate: true,
      imagePath: true,
      imageAlt: true,
    },
  });
}

export async function getService(db: Db, slug: string, options: { isDraftVisible?: boolean } = {}) {
  const service = await db.service.findFirst({
    where: { slug, ...(!options.isDraftVisible && { status: "PUBLISHED" as const }) },
    select: {
      slug: true,
      name: true,
      summary: true,
      body: true,
      deliverables: true,
      imagePath: true,
      imageAlt: true,
      seoTitle: true,
      seoDescription: true,
      seoImage: true,
      updatedAt: true,
    },
  });
  if (!service) throw new DomainError("NOT_FOUND", `There is no service "${slug}".`);
  const caseStudies = await db.caseStudy.findMany({
    where: { status: "PUBLISHED", serviceSlugs: { has: slug } },
    orderBy: { position: "asc" },
    select: { slug: true, customer: true, industry: true, summary: true, imagePath: true, imageAlt: true },
  });
  return { ...service, caseStudies };
}
