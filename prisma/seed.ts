import type { Db } from "../server/platform/db";
import { glossaryTerms } from "./seed-content/glossary";

/** Demo accounts for a local run; sign in by email link, read it at /dev/mailbox. */
export const demoAccounts = [
  { email: "admin@atelier.example", name: "Ada Admin", staffRole: "ADMIN" as const, what: "studio admin" },
  {
    email: "designer@atelier.example",
    name: "Dario Designer",
    staffRole: "DESIGNER" as const,
    what: "studio designer",
  },
];

export interface SeedReport {
  glossaryTermsCreated: number;
  demoAccountsCreated: number;
}

/**
 * Idempotent: creates what is missing and never overwrites what exists, so content edited in the
 * back office survives every restart.
 */
export async function seedDatabase(db: Db, options: { demoAccounts: boolean }): Promise<SeedReport> {
  const existing = new Set((await db.glossaryTerm.findMany({ select: { slug: true } })).map((t) => t.slug));
  const missing = glossaryTerms.filter((t) => !existing.has(t.slug));
  const now = new Date();
  if (missing.length) {
    await db.glossaryTerm.createMany({
      data: missing.map((t) => ({
        slug: t.slug,
        term: t.term,
        pronunciation: t.pronunciation,
        summary: t.summary,
        sections: t.sections,
        category: t.category,
        seoDescription: t.seoDescription,
        status: "PUBLISHED" as const,
        publishedAt: now,
      })),
      skipDuplicates: true,
    });
    await db.$transaction(
      missing.map((t) =>
        db.glossaryTerm.update({
          where: { slug: t.slug },
          data: { related: { connect: t.related.map((slug) => ({ slug })) } },
        }),
      ),
    );
  }

  let demoAccountsCreated = 0;
  if (options.demoAccounts) {
    for (const account of demoAccounts) {
      const found = await db.user.findUnique({ where: { email: account.email }, select: { id: true } });
      if (found) continue;
      await db.user.create({
        data: { email: account.email, name: account.name, staffRole: account.staffRole, emailVerified: now },
      });
      demoAccountsCreated++;
    }
  }
  return { glossaryTermsCreated: missing.length, demoAccountsCreated };
}
