// npm run db:migrate                 — apply pending migrations to DATABASE_URL or the embedded database
// npm run db:migrate:create -- name  — write a new migration from prisma/schema.prisma
import { EnvError, serverEnv } from "../server/env";
import { createMigration, deployMigrations } from "../server/platform/migrations";

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
    const applied = await deployMigrations({ url: env.DATABASE_URL, pgliteDir: env.PGLITE_DIR });
    const where = env.DATABASE_URL ? "PostgreSQL server" : `embedded database at ${env.PGLITE_DIR}`;
    console.log(
      applied.length
        ? `Applied ${applied.length} migration(s) to the ${where} in ${Date.now() - started} ms: ${applied.join(", ")}`
        : `The ${where} is up to date.`,
    );
    return;
  }
  console.error("Usage: tsx scripts/migrate.ts deploy | create <name>");
  process.exitCode = 2;
}

// The engine keeps handles open for a while after it is freed; a CLI run ends when its work does.
main()
  .then(() => process.exit(process.exitCode ?? 0))
  .catch((error) => {
    console.error(error instanceof EnvError ? error.message : `Migration failed: ${error?.message ?? error}`);
    process.exit(1);
  });
