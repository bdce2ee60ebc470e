import { type ChildProcess, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { type APIRequestContext, expect, type Page, test } from "@playwright/test";
import Redis from "ioredis";
import pg from "pg";
import { SMTPServer } from "smtp-server";
import { signInByEmail } from "./support/auth";
import { prestart, startServer, waitForUrl } from "./support/servers";

/**
 * Journey 9: two production instances on one PostgreSQL + Redis behind nginx (round robin) behave
 * as one system. Every request goes through nginx; its X-Upstream header says which instance
 * answered, so each check also proves that both took part.
 */
const serverUrl = process.env.TEST_DATABASE_URL || "postgres://postgres@127.0.0.1:5432/test";
const redisUrl = new URL(process.env.TEST_REDIS_URL || "redis://127.0.0.1:6379");
redisUrl.pathname = "/7"; // a database of its own, flushed first: counters of earlier runs do not leak in
const nginxPath = process.env.NGINX_PATH || "/usr/sbin/nginx";
const LB_PORT = 3300;
const INSTANCE_PORTS = [3301, 3302];
const baseURL = `http://127.0.0.1:${LB_PORT}`;
const work = fs.mkdtempSync(path.join(os.tmpdir(), "atelier-scale-"));
const dataDir = path.resolve(".data", "e2e-scale-out");

test.describe.configure({ mode: "serial" });
test.use({ baseURL });

const instances = new Map<number, ChildProcess>();
let nginx: ChildProcess | undefined;
let smtp: SMTPServer | undefined;
let isSmtpAccepting = true;
const delivered: string[] = []; // the To: address of every message the SMTP server accepted
let database = "";
let env: NodeJS.ProcessEnv = { ...process.env };

async function missingComponents() {
  const missing: string[] = [];
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 2_000 });
  await client.connect().then(
    () => client.end(),
    () => missing.push(`PostgreSQL at ${serverUrl.replace(/\/\/[^@]*@/, "//")}`),
  );
  const redis = new Redis(redisUrl.toString(), { lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: 1_000 });
  redis.on("error", () => {});
  await redis.connect().then(
    () => redis.flushdb(),
    () => missing.push(`Redis at ${redisUrl.host}`),
  );
  redis.disconnect();
  if (!fs.existsSync(nginxPath)) missing.push(`nginx (${nginxPath}; Debian: apt-get install nginx)`);
  return missing;
}

async function startInstance(port: number) {
  const child = await startServer(env, port, (text) => {
    if (/Error|error/.test(text)) process.stderr.write(`[instance :${port}] ${text}`);
  });
  instances.set(port, child);
}

function nginxConfig() {
  const temp = (name: string) => path.join(work, name);
  return `worker_processes 1;
pid ${temp("nginx.pid")};
error_log ${temp("error.log")} warn;
events { worker_connections 512; }
http {
  access_log off;
  client_body_temp_path ${temp("body")};
  proxy_temp_path ${temp("proxy")};
  fastcgi_temp_path ${temp("fastcgi")};
  uwsgi_temp_path ${temp("uwsgi")};
  scgi_temp_path ${temp("scgi")};
  client_max_body_size 60m;
  upstream atelier {
    ${INSTANCE_PORTS.map((p) => `server 127.0.0.1:${p} max_fails=1 fail_timeout=5s;`).join("\n    ")}
  }
  server {
    listen 127.0.0.1:${LB_PORT};
    location / {
      proxy_pass http://atelier;
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_next_upstream error timeout http_502;
      proxy_request_buffering off;
      add_header X-Upstream $upstream_addr always;
    }
  }
}
`;
}

test.beforeAll(async () => {
  test.setTimeout(240_000);
  const missing = await missingComponents();
  test.skip(missing.length > 0, `SKIPPED: needs ${missing.join(", ")}`);

  database = `atelier_scale_${Date.now()}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${database}`);
  await admin.end();
  const databaseUrl = new URL(serverUrl);
  databaseUrl.pathname = `/${database}`;

  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onConnect(_session, callback) {
      callback(isSmtpAccepting ? undefined : new Error("421 Try again later"));
    },
    onData(stream, _session, callback) {
      let raw = "";
      stream.on("data", (chunk: Buffer) => {
        raw += chunk.toString();
      });
      stream.on("end", () => {
        delivered.push(/^To: (.+)$/im.exec(raw)?.[1]?.trim() ?? "?");
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp?.listen(0, "127.0.0.1", resolve));
  const smtpPort = (smtp.server.address() as { port: number }).port;

  fs.rmSync(dataDir, { recursive: true, force: true });
  env = {
    ...process.env,
    ATELIER_MODE: "local", // for /dev/mailbox, where the sign-in links are read
    DATABASE_URL: databaseUrl.toString(),
    REDIS_URL: redisUrl.toString(),
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    APP_URL: baseURL,
    AUTH_SECRET: "scale-out-test-secret-at-least-32-characters",
    DATA_DIR: dataDir, // shared, as a volume would be: uploads on local disk
    TRUSTED_PROXIES: "127.0.0.1",
    JOBS_POLL_MS: "300",
    JOBS_RETRY_BASE_MS: "1000",
    LOG_LEVEL: "error",
  };
  await prestart(env);

  await Promise.all(INSTANCE_PORTS.map(startInstance));
  fs.writeFileSync(path.join(work, "nginx.conf"), nginxConfig());
  fs.chmodSync(work, 0o777);
  nginx = spawn(nginxPath, ["-p", work, "-c", path.join(work, "nginx.conf"), "-g", "daemon off;"], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  await waitForUrl(`${baseURL}/api/health`, 10_000, nginx);
});

test.afterAll(async () => {
  nginx?.kill("SIGTERM");
  for (const child of instances.values()) child.kill("SIGTERM");
  await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
  if (database) {
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`drop database if exists ${database} with (force)`).catch(() => {});
    await admin.end();
  }
  fs.rmSync(work, { recursive: true, force: true });
});

const upstreamOf = (res: { headers(): Record<string, string> }) => res.headers()["x-upstream"] ?? "";
const report = (line: string) => console.log(`scale-out: ${line}`);

async function signedIn(page: Page, email: string) {
  await signInByEmail(page, email, "/account");
  return page.request;
}

async function trpcPost(request: APIRequestContext, procedure: string, input: unknown, headers = {}) {
  return request.post(`/api/trpc/${procedure}`, {
    headers: { "content-type": "application/json", ...headers },
    data: { json: input },
  });
}

test("a session made through one instance works on the other", async ({ page }) => {
  const request = await signedIn(page, `scale-${Date.now()}@client.example.com`);
  const upstreams = new Set<string>();
  for (let i = 0; i < 12 && (i < 6 || upstreams.size < 2); i++) {
    const res = await request.get("/api/trpc/account.me");
    expect(res.status()).toBe(200);
    expect((await res.json()).result.data.json.email).toMatch(/^scale-/);
    upstreams.add(upstreamOf(res));
  }
  expect(upstreams.size).toBe(2);
  report(`session: calls answered by ${[...upstreams].join(" and ")}, all signed in`);
});

test("a rate limit counts across both instances", async ({ request }) => {
  const upstreams = new Set<string>();
  const statuses: number[] = [];
  const bodies: string[] = [];
  const client = "198.51.100.44";
  for (let i = 0; i < 11; i++) {
    const res = await trpcPost(
      request,
      "leads.submitContact",
      {
        name: "Rate Limit",
        email: `limit-${i}-${Date.now()}@example.com`,
        message: "Counting across instances.",
        startedAt: Date.now() - 10_000,
        idempotencyKey: randomUUID(),
      },
      { "x-forwarded-for": client },
    );
    statuses.push(res.status());
    if (res.status() !== 200) bodies.push(await res.text());
    upstreams.add(upstreamOf(res));
  }
  expect(statuses.slice(0, 10), bodies.join("\n")).toEqual(Array(10).fill(200));
  expect(statuses[10]).toBe(429); // the limit is 10 per network address per 10 minutes, counted in Redis
  expect(upstreams.size).toBe(2);
  report(`rate limit: 10 submissions from ${client} spread over both instances, the 11th refused (429)`);
});

test("a content edit through one instance refreshes the page served by the other at once", async ({ page }) => {
  const request = await signedIn(page, "admin@atelier.example");
  const read = async () => {
    const seen: { upstream: string; html: string }[] = [];
    for (let i = 0; i < 12 && (i < 4 || new Set(seen.map((s) => s.upstream)).size < 2); i++) {
      const res = await request.get("/glossary/backend");
      expect(res.status()).toBe(200);
      seen.push({ upstream: upstreamOf(res), html: await res.text() });
    }
    return seen;
  };
  expect(new Set((await read()).map((s) => s.upstream)).size).toBe(2); // both have it cached now
  const summary = `Edited on one instance at ${Date.now()}.`;
  const edit = await trpcPost(request, "glossary.update", { slug: "backend", patch: { summary } });
  expect(edit.status()).toBe(200);
  const after = await read();
  expect(new Set(after.map((s) => s.upstream)).size).toBe(2);
  for (const { upstream, html } of after) expect(html, upstream).toContain(summary);
  report(`cache: edit made through ${upstreamOf(edit)}, every page view after it, from both instances, shows it`);
});

test("a file uploaded through one instance downloads through the other", async ({ page }) => {
  const request = await signedIn(page, `files-${Date.now()}@client.example.com`);
  const bytes = Buffer.from(`Brief notes ${Date.now()}\n`);
  const upload = await request.post("/api/uploads/attachments", {
    headers: { "x-file-name": "notes.txt", "content-type": "text/plain" },
    data: bytes,
  });
  expect(upload.status()).toBe(201);
  const { id } = await upload.json();
  // Round robin alternates, but nginx sets an instance aside for a while after one failed try:
  // ask until both have answered, a bounded number of times.
  const upstreams = new Set<string>();
  for (let i = 0; i < 12 && upstreams.size < 2; i++) {
    const res = await request.get(`/api/files/${id}`);
    expect(res.status()).toBe(200);
    expect(Buffer.compare(await res.body(), bytes)).toBe(0);
    upstreams.add(upstreamOf(res));
  }
  expect(upstreams.size).toBe(2);
  report(`files: uploaded through ${upstreamOf(upload)}, downloaded through both`);
});

test("100 contact emails queued while SMTP is down are each sent exactly once by the two workers", async ({
  request,
}) => {
  test.setTimeout(90_000);
  isSmtpAccepting = false;
  const stamp = Date.now();
  const visitors = Array.from({ length: 100 }, (_, i) => `visitor-${i}-${stamp}@example.com`);
  const upstreams = new Set<string>();
  for (const [i, email] of visitors.entries()) {
    const res = await trpcPost(
      request,
      "leads.submitContact",
      {
        name: `Visitor ${i}`,
        email,
        message: "Please write back.",
        startedAt: stamp - 10_000,
        idempotencyKey: randomUUID(),
      },
      { "x-forwarded-for": `203.0.113.${i}` },
    );
    expect(res.status()).toBe(200);
    upstreams.add(upstreamOf(res));
  }
  expect(upstreams.size).toBe(2);
  isSmtpAccepting = true;
  const sentTo = (address: string) => delivered.filter((to) => to === address).length;
  await expect(async () => {
    expect(visitors.filter((v) => sentTo(v) === 0)).toEqual([]);
  }).toPass({ timeout: 60_000, intervals: [500] });
  await new Promise((resolve) => setTimeout(resolve, 2_000)); // a late duplicate would arrive now
  expect(visitors.filter((v) => sentTo(v) > 1)).toEqual([]);
  report(
    `outbox: 100 confirmations queued while SMTP refused, each delivered once (${delivered.length} messages in all)`,
  );
});

test("SIGTERM to one instance during steady traffic loses no request", async ({ request }) => {
  test.setTimeout(60_000);
  const statuses: number[] = [];
  const upstreams = new Map<string, number>();
  const deadline = Date.now() + 6_000;
  let stopped = false;
  setTimeout(() => {
    instances.get(INSTANCE_PORTS[0] as number)?.kill("SIGTERM");
    stopped = true;
  }, 2_000);
  await Promise.all(
    Array.from({ length: 6 }, async (_, worker) => {
      for (let i = 0; Date.now() < deadline && i < 400; i++) {
        const url =
          worker % 2 ? "/glossary/backend" : "/api/trpc/glossary.list?input=%7B%22json%22%3A%7B%22limit%22%3A3%7D%7D";
        // Steady traffic from many visitors (as through a real load balancer), so the per-network
        // API limit (300 calls a minute) is not what this test measures.
        const visitor = `198.18.${worker + 1}.${(i % 250) + 1}`;
        const res = await request.get(url, { headers: { "x-forwarded-for": visitor } }).catch(() => null);
        statuses.push(res?.status() ?? 0);
        if (res) upstreams.set(upstreamOf(res), (upstreams.get(upstreamOf(res)) ?? 0) + 1);
      }
    }),
  );
  expect(stopped).toBe(true);
  const failed = statuses.filter((s) => s !== 200);
  expect(failed, `statuses other than 200: ${failed.join(", ")}`).toEqual([]);
  report(
    `drain: ${statuses.length} requests, ${failed.length} failed, SIGTERM to :${INSTANCE_PORTS[0]} after 2 s; answered by ${[...upstreams].map(([u, n]) => `${u} ×${n}`).join(", ")}`,
  );
});
