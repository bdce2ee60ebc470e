import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { parseTrustedProxies } from "./platform/trusted-proxies";

/**
 * The one place that reads process.env. Validated once per process; a bad or missing variable
 * stops start-up with a message naming it (see formatEnvError).
 *
 * ATELIER_MODE says whether this is a local run (the default: embedded database, dev mailbox,
 * generated auth secret) or a deployment (PostgreSQL server, SMTP and an auth secret required,
 * no mailbox). NODE_ENV cannot carry that: `npm start` runs a production build locally.
 */
const emptyToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const optionalString = z.preprocess(emptyToUndefined, z.string().optional());

const serverSchema = z
  .object({
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    ATELIER_MODE: z.preprocess(emptyToUndefined, z.enum(["local", "deployment"]).default("local")),
    PORT: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(65535).default(3000)),
    APP_URL: z.preprocess(emptyToUndefined, z.url({ protocol: /^https?$/ }).optional()),
    DATA_DIR: z.preprocess(emptyToUndefined, z.string().default(".data")),
    DATABASE_URL: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL")
        .optional(),
    ),
    DATABASE_POOL_MAX: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(500).default(10)),
    // How long `npm start` waits for a PostgreSQL server that does not answer yet, then gives up.
    DATABASE_WAIT_SECONDS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).max(3600).default(60)),
    PGLITE_DIR: optionalString,
    AUTH_SECRET: z.preprocess(
      emptyToUndefined,
      z.string().min(32, "must be at least 32 characters (try: openssl rand -base64 32)").optional(),
    ),
    SMTP_URL: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL")
        .optional(),
    ),
    EMAIL_FROM: z.preprocess(emptyToUndefined, z.string().default("Atelier <hello@atelier.localhost>")),
    REDIS_URL: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .regex(/^rediss?:\/\//, "must be a redis:// or rediss:// URL")
        .optional(),
    ),
    ADMIN_EMAILS: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .default("")
        .transform((s) =>
          s
            .split(",")
            .map((e) => e.trim().toLowerCase())
            .filter(Boolean),
        ),
    ),
    ALLOWED_EMAIL_DOMAINS: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .default("")
        .transform((s) =>
          s
            .split(",")
            .map((e) => e.trim().toLowerCase().replace(/^@/, ""))
            .filter(Boolean),
        ),
    ),
    S3_ENDPOINT: z.preprocess(emptyToUndefined, z.url({ protocol: /^https?$/ }).optional()),
    S3_REGION: z.preprocess(emptyToUndefined, z.string().default("us-east-1")),
    S3_BUCKET: optionalString,
    S3_ACCESS_KEY_ID: optionalString,
    S3_SECRET_ACCESS_KEY: optionalString,
    // Where browsers reach the bucket when not at S3_ENDPOINT (e.g. the server uses an internal address).
    S3_PUBLIC_ENDPOINT: z.preprocess(emptyToUndefined, z.url({ protocol: /^https?$/ }).optional()),
    S3_FORCE_PATH_STYLE: z.preprocess(emptyToUndefined, z.stringbool().default(true)),
    STRIPE_SECRET_KEY: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .regex(/^(sk|rk)_/, "must be a Stripe secret key (sk_… or rk_…)")
        .optional(),
    ),
    STRIPE_WEBHOOK_SECRET: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .regex(/^whsec_/, "must be a Stripe webhook signing secret (whsec_…)")
        .optional(),
    ),
    BILLING_GRACE_DAYS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).max(60).default(7)),
    GITHUB_ID: optionalString,
    GITHUB_SECRET: optionalString,
    GOOGLE_CLIENT_ID: optionalString,
    GOOGLE_CLIENT_SECRET: optionalString,
    // Who may tell us the client's address (X-Forwarded-For); nobody by default: see .env.example.
    TRUSTED_PROXIES: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .default("")
        .transform((value, ctx) => {
          try {
            return parseTrustedProxies(value);
          } catch (error) {
            ctx.addIssue({ code: "custom", message: (error as Error).message });
            return z.NEVER;
          }
        }),
    ),
    // The tRPC fast path (server/http-node.ts): queries answered without Next's router; 0 turns it off.
    TRPC_FASTPATH: z.preprocess(emptyToUndefined, z.enum(["0", "1"]).default("1")),
    // The job runner (server/platform/jobs.ts). Resident runners poll; the cron route runs a bounded pass.
    JOBS_RUNNER: z.preprocess(emptyToUndefined, z.enum(["on", "off"]).optional()),
    JOBS_POLL_MS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(100).max(600_000).default(5_000)),
    JOBS_CONCURRENCY: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(50).default(2)),
    JOBS_RETRY_BASE_MS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(100).max(3_600_000).default(30_000)),
    JOBS_CRON_BUDGET_MS: z.preprocess(
      emptyToUndefined,
      z.coerce.number().int().min(1_000).max(800_000).default(20_000),
    ),
    // Outgoing webhooks. Loopback targets are refused unless this is on (local development and tests
    // only: refused when ATELIER_MODE=deployment); private and link-local ones always are.
    WEBHOOK_ALLOW_LOOPBACK: z.preprocess(emptyToUndefined, z.enum(["0", "1"]).default("0")),
    WEBHOOK_TIMEOUT_MS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(500).max(60_000).default(10_000)),
    // First retry after this long, doubling (about a day of attempts at the default of 60 s).
    WEBHOOK_RETRY_BASE_MS: z.preprocess(
      emptyToUndefined,
      z.coerce.number().int().min(100).max(3_600_000).default(60_000),
    ),
    CRON_SECRET: z.preprocess(emptyToUndefined, z.string().min(16, "must be at least 16 characters").optional()),
    // Set by Vercel; there instances are short-lived functions, so the resident runner is off by default.
    VERCEL: optionalString,
    // Bearer token for /api/metrics in a deployment (without it the endpoint answers 404 there).
    METRICS_TOKEN: z.preprocess(emptyToUndefined, z.string().min(16, "must be at least 16 characters").optional()),
    // Traces over OTLP (@vercel/otel, registered in instrumentation.ts) only when this is set.
    OTEL_EXPORTER_OTLP_ENDPOINT: z.preprocess(emptyToUndefined, z.url({ protocol: /^https?$/ }).optional()),
    LOG_LEVEL: z.preprocess(
      emptyToUndefined,
      z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    ),
  })
  .superRefine((env, ctx) => {
    const s3 = ["S3_ENDPOINT", "S3_BUCKET", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"] as const;
    if (s3.some((k) => env[k]) && !s3.every((k) => env[k])) {
      for (const key of s3.filter((k) => !env[k])) {
        ctx.addIssue({ code: "custom", path: [key], message: "is required when any S3_* variable is set" });
      }
    }
    if (env.STRIPE_SECRET_KEY && !env.STRIPE_WEBHOOK_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["STRIPE_WEBHOOK_SECRET"],
        message: "is required when STRIPE_SECRET_KEY is set",
      });
    }
    if (env.ATELIER_MODE !== "deployment") return;
    if (env.WEBHOOK_ALLOW_LOOPBACK === "1") {
      ctx.addIssue({
        code: "custom",
        path: ["WEBHOOK_ALLOW_LOOPBACK"],
        message: "may not be 1 when ATELIER_MODE=deployment (webhooks to this host are for local development)",
      });
    }
    const required = ["DATABASE_URL", "SMTP_URL", "APP_URL", "AUTH_SECRET"] as const;
    for (const key of required) {
      if (!env[key]) {
        ctx.addIssue({
          code: "custom",
          path: [key],
          message:
            key === "DATABASE_URL"
              ? "is required when ATELIER_MODE=deployment (the embedded database is for one local process)"
              : "is required when ATELIER_MODE=deployment",
        });
      }
    }
  });

/** Variables the browser may see: only NEXT_PUBLIC_*, inlined at build time. */
const clientSchema = z.object({
  NEXT_PUBLIC_SITE_NAME: z.preprocess(emptyToUndefined, z.string().default("Atelier")),
});

export type ServerEnv = Omit<z.infer<typeof serverSchema>, "JOBS_RUNNER"> & {
  JOBS_RUNNER: "on" | "off";
  APP_URL: string;
  AUTH_SECRET: string;
  PGLITE_DIR: string;
  isDeployment: boolean;
};

export class EnvError extends Error {
  constructor(public readonly issues: { variable: string; message: string }[]) {
    super(formatEnvError(issues));
    this.name = "EnvError";
  }
}

function formatEnvError(issues: { variable: string; message: string }[]) {
  const lines = issues.map((i) => `  - ${i.variable}: ${i.message}`);
  return `Invalid environment configuration:\n${lines.join("\n")}\nSee .env.example for every variable.`;
}

function toEnvError(error: z.ZodError) {
  return new EnvError(error.issues.map((i) => ({ variable: i.path.join(".") || "(env)", message: i.message })));
}

/** Parses an environment without side effects; exported for tests. */
export function parseServerEnv(source: Record<string, string | undefined>): z.infer<typeof serverSchema> {
  const result = serverSchema.safeParse(source);
  if (!result.success) throw toEnvError(result.error);
  return result.data;
}

/** A local run keeps one generated secret under DATA_DIR so sessions survive restarts. */
function localAuthSecret(dataDir: string): string {
  const file = path.join(/* turbopackIgnore: true */ dataDir, "auth-secret");
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    fs.mkdirSync(dataDir, { recursive: true });
    const secret = randomBytes(32).toString("base64url");
    fs.writeFileSync(file, secret, { mode: 0o600, flag: "wx" });
    return secret;
  }
}

export function resolveServerEnv(source: Record<string, string | undefined>): ServerEnv {
  const parsed = parseServerEnv(source);
  const dataDir = path.resolve(/* turbopackIgnore: true */ parsed.DATA_DIR);
  return {
    ...parsed,
    DATA_DIR: dataDir,
    PGLITE_DIR: path.resolve(/* turbopackIgnore: true */ parsed.PGLITE_DIR ?? path.join(dataDir, "pglite")),
    APP_URL: (parsed.APP_URL ?? `http://localhost:${parsed.PORT}`).replace(/\/$/, ""),
    AUTH_SECRET: parsed.AUTH_SECRET ?? localAuthSecret(dataDir),
    isDeployment: parsed.ATELIER_MODE === "deployment",
    JOBS_RUNNER: parsed.JOBS_RUNNER ?? (parsed.VERCEL ? "off" : "on"),
  };
}

const globalForEnv = globalThis as unknown as { atelierEnv?: ServerEnv };

/** The validated server environment (memoized). Throws EnvError naming each bad variable. */
export function serverEnv(): ServerEnv {
  if (!globalForEnv.atelierEnv) {
    const env = resolveServerEnv(process.env);
    // next-auth v4 reads these two from process.env itself.
    process.env.NEXTAUTH_URL ??= env.APP_URL;
    process.env.NEXTAUTH_SECRET ??= env.AUTH_SECRET;
    globalForEnv.atelierEnv = env;
  }
  return globalForEnv.atelierEnv;
}

export const clientEnv = clientSchema.parse({
  NEXT_PUBLIC_SITE_NAME: process.env.NEXT_PUBLIC_SITE_NAME,
});
