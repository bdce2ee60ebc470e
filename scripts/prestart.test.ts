import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { isMailboxEnabled } from "../server/mail/mailbox";

const tsx = path.resolve("node_modules", ".bin", "tsx");

function prestart(env: Record<string, string>) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "atelier-prestart-"));
  const result = spawnSync(tsx, ["scripts/prestart.ts"], {
    env: { PATH: process.env.PATH, NODE_ENV: "test", DATA_DIR: dataDir, ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
  fs.rmSync(dataDir, { recursive: true, force: true });
  return result;
}

describe("start-up modes", () => {
  it("a deployment without its required settings refuses to start and names each one", () => {
    const result = prestart({ ATELIER_MODE: "deployment" });
    expect(result.status).toBe(1);
    for (const variable of ["DATABASE_URL", "SMTP_URL", "APP_URL", "AUTH_SECRET"]) {
      expect(result.stderr).toContain(`${variable}: is required when ATELIER_MODE=deployment`);
    }
  });

  it("a bad variable stops start-up with its name", () => {
    const result = prestart({ DATABASE_POOL_MAX: "-4" });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("DATABASE_POOL_MAX:");
  });

  it("a database that does not answer is waited for, with a message, then start-up exits non-zero", () => {
    const started = Date.now();
    const result = prestart({ DATABASE_URL: "postgres://postgres@127.0.0.1:1/nowhere", DATABASE_WAIT_SECONDS: "3" });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/waiting for the database at 127\.0\.0\.1:1\/nowhere .*trying again in/);
    expect(result.stderr).toContain("The database at 127.0.0.1:1/nowhere did not answer within 3 s");
    expect(result.stderr).not.toContain("at async"); // a message, not a stack
    expect(Date.now() - started).toBeGreaterThanOrEqual(3000);
  });

  const serverUrl = process.env.TEST_DATABASE_URL || undefined;
  it.skipIf(!serverUrl)(
    `a deployment never migrates on start: with migrations pending it refuses, naming them${serverUrl ? "" : " (skipped: TEST_DATABASE_URL not set)"}`,
    async () => {
      const name = `atelier_prestart_${process.pid}_${Date.now()}`;
      const admin = new pg.Client({ connectionString: serverUrl });
      await admin.connect();
      await admin.query(`CREATE DATABASE "${name}"`);
      const url = new URL(serverUrl as string);
      url.pathname = `/${name}`;
      try {
        const result = prestart({
          ATELIER_MODE: "deployment",
          DATABASE_URL: url.toString(),
          SMTP_URL: "smtp://127.0.0.1:2525",
          APP_URL: "https://studio.example.com",
          AUTH_SECRET: "a".repeat(32),
        });
        expect(result.status).toBe(1);
        expect(result.stderr).toMatch(/The database is missing \d+ migration\(s\): \d{14}_/);
        expect(result.stderr).toContain("npm run db:migrate");
        const probe = new pg.Client({ connectionString: url.toString() });
        await probe.connect();
        const tables = await probe.query("SELECT to_regclass('_prisma_migrations') AS t");
        await probe.end();
        expect(tables.rows[0].t).toBeNull();
      } finally {
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await admin.end();
      }
    },
  );

  it("the dev mailbox exists in a local run and not in a deployment", () => {
    expect(isMailboxEnabled({ isDeployment: false })).toBe(true);
    expect(isMailboxEnabled({ isDeployment: true })).toBe(false);
  });
});
