import { afterAll, beforeAll, expect, it } from "vitest";
import { checkReadiness } from "../health/service";
import { createTestDatabase, describeDb, type TestDatabase, testDbKind } from "../testing/database";
import { deployMigrations, diffSchemaAgainstMigrations, readMigrations } from "./migrations";

describeDb("migrations", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database?.close());

  it("the committed migrations match prisma/schema.prisma (run db:migrate:create after a schema change)", async () => {
    expect(await diffSchemaAgainstMigrations()).toBe("");
  });

  it.runIf(testDbKind() === "postgres")("deploys once, records checksums, and is a no-op the second time", async () => {
    const names = readMigrations().migrationDirectories.map((m) => m.path);
    // createTestDatabase already deployed through the engine on the server.
    expect(await deployMigrations({ url: database.url })).toEqual([]);
    const rows = await database.prisma.$queryRaw<{ migration_name: string; checksum: string }[]>`
      SELECT migration_name, checksum FROM _prisma_migrations ORDER BY migration_name`;
    expect(rows.map((r) => r.migration_name)).toEqual(names);
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.checksum))).toBe(true);
  });

  it.runIf(testDbKind() === "postgres")("readiness reports ready once every migration is applied", async () => {
    await expect(checkReadiness(database.prisma)).resolves.toMatchObject({ status: "ready" });
  });

  it.runIf(testDbKind() === "pglite")("readiness reports pending migrations when the table is missing", async () => {
    // The in-memory test database applies the SQL without the engine's bookkeeping table.
    await expect(checkReadiness(database.prisma)).resolves.toMatchObject({
      status: "unavailable",
      checks: { database: "ok", migrations: "pending" },
    });
  });
});

describeDb("embedded database on disk", () => {
  it.runIf(testDbKind() === "pglite")("migrates a data directory and keeps its data across a reopen", async () => {
    const { default: fs } = await import("node:fs");
    const { default: os } = await import("node:os");
    const { default: path } = await import("node:path");
    const { openDatabase } = await import("./db");
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "atelier-pglite-"));
    try {
      const applied = await deployMigrations({ pgliteDir: dir });
      expect(applied).toEqual(readMigrations().migrationDirectories.map((m) => m.path));
      expect(await deployMigrations({ pgliteDir: dir })).toEqual([]);

      const first = openDatabase({ pgliteDir: dir });
      await first.prisma.user.create({ data: { email: "kept@example.com" } });
      await expect(checkReadiness(first.prisma)).resolves.toMatchObject({ status: "ready" });
      await first.close();

      const second = openDatabase({ pgliteDir: dir });
      await expect(second.prisma.user.count({ where: { email: "kept@example.com" } })).resolves.toBe(1);
      await second.close();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
