import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EnvError, parseServerEnv, resolveServerEnv } from "./env";

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), "atelier-env-"));

function envError(source: Record<string, string>): EnvError {
  try {
    parseServerEnv(source);
  } catch (error) {
    if (error instanceof EnvError) return error;
    throw error;
  }
  throw new Error("expected an EnvError");
}

describe("server environment", () => {
  it("needs nothing for a local run: embedded database, generated secret, localhost URL", () => {
    const dataDir = tmp();
    const env = resolveServerEnv({ DATA_DIR: dataDir });
    expect(env.ATELIER_MODE).toBe("local");
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.PGLITE_DIR).toBe(path.join(dataDir, "pglite"));
    expect(env.APP_URL).toBe("http://localhost:3000");
    expect(env.AUTH_SECRET.length).toBeGreaterThanOrEqual(32);
  });

  it("keeps the generated auth secret across restarts", () => {
    const dataDir = tmp();
    const first = resolveServerEnv({ DATA_DIR: dataDir }).AUTH_SECRET;
    const second = resolveServerEnv({ DATA_DIR: dataDir }).AUTH_SECRET;
    expect(second).toBe(first);
    expect(fs.statSync(path.join(dataDir, "auth-secret")).mode & 0o777).toBe(0o600);
  });

  it("refuses a deployment without a server database, SMTP, public URL and secret — naming each", () => {
    const error = envError({ ATELIER_MODE: "deployment" });
    expect(error.issues.map((i) => i.variable).sort()).toEqual(["APP_URL", "AUTH_SECRET", "DATABASE_URL", "SMTP_URL"]);
    expect(error.message).toContain("DATABASE_URL: is required when ATELIER_MODE=deployment");
  });

  it("accepts a complete deployment", () => {
    const env = resolveServerEnv({
      ATELIER_MODE: "deployment",
      DATABASE_URL: "postgres://app@db:5432/atelier",
      SMTP_URL: "smtp://mail:587",
      APP_URL: "https://studio.example.com/",
      AUTH_SECRET: "x".repeat(40),
      DATA_DIR: tmp(),
    });
    expect(env.isDeployment).toBe(true);
    expect(env.APP_URL).toBe("https://studio.example.com");
  });

  it.each([
    [{ DATABASE_URL: "mysql://root@localhost/db" }, "DATABASE_URL"],
    [{ DATABASE_POOL_MAX: "lots" }, "DATABASE_POOL_MAX"],
    [{ ATELIER_MODE: "staging" }, "ATELIER_MODE"],
    [{ APP_URL: "ftp://example.com" }, "APP_URL"],
    [{ AUTH_SECRET: "short" }, "AUTH_SECRET"],
    [{ SMTP_URL: "http://mail" }, "SMTP_URL"],
  ])("names the bad variable in %j", (source, variable) => {
    const error = envError(source as Record<string, string>);
    expect(error.issues.map((i) => i.variable)).toEqual([variable]);
    expect(error.message).toContain(`${variable}:`);
  });

  it("treats empty strings as unset", () => {
    expect(parseServerEnv({ DATABASE_URL: "", SMTP_URL: " " }).DATABASE_URL).toBeUndefined();
  });
});

describe("object storage settings", () => {
  it("needs every S3 variable once one is set, and names the missing ones", () => {
    const error = envError({ S3_BUCKET: "atelier-files" });
    expect(error.issues.map((i) => i.variable).sort()).toEqual([
      "S3_ACCESS_KEY_ID",
      "S3_ENDPOINT",
      "S3_SECRET_ACCESS_KEY",
    ]);
  });
});
