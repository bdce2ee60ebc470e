import type { Db } from "../platform/db";
import { pendingMigrationNames } from "../platform/migration-files";

export interface Readiness {
  status: "ready" | "unavailable";
  checks: { database: "ok" | "unreachable"; migrations: "ok" | "pending" | "unknown" };
  pendingMigrations?: string[];
}

let shuttingDown = false;
/** After SIGTERM the instance reports not-ready so a load balancer drains it. */
export function markShuttingDown() {
  shuttingDown = true;
}

export async function checkReadiness(db: Db): Promise<Readiness> {
  if (shuttingDown) return { status: "unavailable", checks: { database: "ok", migrations: "unknown" } };
  try {
    await db.$queryRaw`SELECT 1`;
  } catch {
    return { status: "unavailable", checks: { database: "unreachable", migrations: "unknown" } };
  }
  let applied: { migration_name: string; finished_at: Date | null }[] = [];
  try {
    applied = await db.$queryRaw`
      SELECT migration_name, finished_at FROM _prisma_migrations WHERE rolled_back_at IS NULL`;
  } catch {
    // No bookkeeping table yet: reachable, but nothing applied.
  }
  const pending = pendingMigrationNames(applied);
  return pending.length
    ? { status: "unavailable", checks: { database: "ok", migrations: "pending" }, pendingMigrations: pending }
    : { status: "ready", checks: { database: "ok", migrations: "ok" } };
}
