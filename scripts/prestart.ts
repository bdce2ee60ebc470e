// Runs before `next start` / `next dev`: validate the environment, then
// - local run: apply pending migrations, seed what is missing, and say how to sign in. One process
//   at a time touches an embedded database.
// - deployment: only check that every migration is applied. Several instances start at once, so
//   migrating and seeding is the release step's job (`npm run db:migrate`, run once per release).
import { demoAccounts, seedDatabase } from "../prisma/seed";
import { EnvError, serverEnv } from "../server/env";
import { checkReadiness } from "../server/health/service";
import { openDatabase } from "../server/platform/db";
import { deployMigrations } from "../server/platform/migrations";
import { waitForDatabase } from "../server/platform/wait-for-database";

class NotMigratedError extends Error {}

async function checkDeployment(url: string) {
  const handle = openDatabase({ url, poolMax: 1 });
  try {
    const readiness = await checkReadiness(handle.prisma);
    if (readiness.pendingMigrations?.length) {
      throw new NotMigratedError(
        `The database is missing ${readiness.pendingMigrations.length} migration(s): ${readiness.pendingMigrations.join(", ")}. ` +
          "Run the release step first (npm run db:migrate, or the image's migrate command); instances never migrate on start in a deployment.",
      );
    }
    if (readiness.status !== "ready")
      throw new NotMigratedError(`The database is not ready: ${JSON.stringify(readiness.checks)}`);
  } finally {
    await handle.close();
  }
  console.log("Atelier: PostgreSQL server (DATABASE_URL); every migration is applied.");
}

async function main() {
  const started = Date.now();
  const env = serverEnv();
  const where = env.DATABASE_URL ? "PostgreSQL server (DATABASE_URL)" : `embedded database in ${env.PGLITE_DIR}`;
  if (env.DATABASE_URL) await waitForDatabase(env.DATABASE_URL, { timeoutSeconds: env.DATABASE_WAIT_SECONDS });
  if (env.isDeployment && env.DATABASE_URL) return checkDeployment(env.DATABASE_URL);
  const applied = await deployMigrations({ url: env.DATABASE_URL, pgliteDir: env.PGLITE_DIR });
  const handle = openDatabase({ url: env.DATABASE_URL, pgliteDir: env.PGLITE_DIR, poolMax: 2 });
  try {
    const report = await seedDatabase(handle.prisma, { demoAccounts: !env.isDeployment });
    console.log(
      `Atelier: ${where}; ${applied.length} migration(s) applied; seeded ${report.glossaryTermsCreated} glossary terms, ${report.blogPostsCreated} posts, ${report.faqEntriesCreated} FAQ entries, ${report.servicesCreated} services, ${report.caseStudiesCreated} customer stories, ${report.plansCreated} plans, ${report.demoAccountsCreated} demo accounts (${Date.now() - started} ms).`,
    );
  } finally {
    await handle.close();
  }
  if (!env.isDeployment) {
    console.log(
      [
        "",
        `  Atelier will listen on ${env.APP_URL}`,
        `  Sign in: open ${env.APP_URL}/api/auth/signin, enter one of these emails, then open the link`,
        `  from ${env.APP_URL}/dev/mailbox (every email is kept there in a local run):`,
        ...demoAccounts.map((a) => `    ${a.email.padEnd(28)} ${a.what}`),
        "    any other address            a new account",
        "",
      ].join("\n"),
    );
  }
}

main()
  .then(() => process.exit(0))
  .catch((error) => {
    console.error(
      error instanceof EnvError || error instanceof NotMigratedError
        ? error.message
        : error instanceof Error && error.message.startsWith("The database at")
          ? error.message
          : `Start-up failed: ${error?.stack ?? error}`,
    );
    process.exit(1);
  });
