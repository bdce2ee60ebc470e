import type { Db } from "../platform/db";

/** Plans on sale, in the order the pricing page shows them. */
export function listActivePlans(db: Db) {
  return db.plan.findMany({
    where: { isActive: true },
    orderBy: { position: "asc" },
    select: {
      slug: true,
      name: true,
      tagline: true,
      monthlyPriceCents: true,
      yearlyPriceCents: true,
      currency: true,
      activeRequestLimit: true,
      features: true,
      isFeatured: true,
    },
  });
}
