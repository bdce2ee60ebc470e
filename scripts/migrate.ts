// npm run db:migrate                 — apply pending migrations to DATABASE_URL or the embedded database;
//                                      in a deployment this is the release step: it waits for the
//                                      database, migrates, then seeds missing content (no demo accounts)
// npm run db:migrate:create -- name  — write a new migration from prisma/schema.prisma
// The container image runs the same file bundled: node dist/migrate.mjs deploy (see the Dockerfile).
import { seedDatabase } from "../prisma/seed";
import { EnvError, serverEnv } from "../server/env";
import { openDatabase } from "../server/platform/db";
import { createMigration, deployMigrations } from "../server/platform/migrations";
import { waitForDatabase } from "../server/platform/wait-for-database";

async function main() {
  const [command, name] = process.argv.slice(2);
  if (command === "create") {
    const file = await createMigration(name ?? "");
    console.log(file ? `Created ${file}` : "The schema matches the migrations: nothing to create.");
    return;
  }
  if (command === "deploy") {
    const env = serverEnv();
    const started = Date.now();
    if (env.isDeployment && env.DATABASE_URL) {
      await waitForDatabase(env.DATABASE_URL, { timeoutSeconds: env.DATABASE_WAIT_SECONDS });
    }
    const applied = await deployMigrations({ url: env.DATABASE_URL, pgliteDir: env.PGLITE_DIR });
    const where = env.DATABASE_URL ? "PostgreSQL server" : `embedded database at ${env.PGLITE_DIR}`;
    console.log(
      applied.length
        ? `Applied ${applied.length} migration(s) to the ${where} in ${Date.now() - started} ms: ${applied.join(", ")}`
        : `The ${where} is up to date.`,
    );
    if (env.isDeployment) {
      // Instances no longer seed on start in a deployment: content a release needs arrives here, once.
      const handle = openDatabase({ url: env.DATABASE_URL, poolMax: 2 });
      try {
        const report = await seedDatabase(handle.prisma, { demoAccounts: false });
        console.log(
          `Seeded ${report.glossaryTermsCreated} glossary terms, ${report.blogPostsCreated} posts, ${report.faqEntriesCreated} FAQ entries, ${report.servicesCreated} services, ${report.caseStudiesCreated} customer stories, ${report.plansCreated} plans (missing ones only).`,
        );
      } finally {
        await handle.close();
      }
    }
    return;
  }
  console.error("Usage: tsx scripts/migrate.ts deploy | create <name>");
  process.exitCode = 2;
}

// The engine keeps handles open for a while after it is freed; a CLI run ends when its work does.
main()
  .then(() => process.exit(process.exitCode ?? 0))
  .catch((error) => {
    console.error(
      error instanceof EnvError || (error instanceof Error && error.message.startsWith("The database at"))
        ? error.message
        : `Migration failed: ${error?.message ?? error}`,
    );
    process.exit(1);
  });
