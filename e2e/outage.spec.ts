import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { tcpRelay } from "../server/testing/tcp-relay";
import { prestart, startServer } from "./support/servers";

// A production server of its own on a PostgreSQL server reached through a relay the test can cut.
const serverUrl = process.env.TEST_DATABASE_URL || "postgres://postgres@127.0.0.1:5432/test";
const port = 3230;
const baseURL = `http://127.0.0.1:${port}`;
const dataDir = path.resolve(".data", "e2e-outage");

test.describe.configure({ mode: "serial" });

let server: ChildProcess | undefined;
let relay: ReturnType<typeof tcpRelay> | undefined;
let relayPort = 0;
let database = "";

async function reachable() {
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

async function admin(sql: string, url = serverUrl) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

test.beforeAll(async () => {
  test.setTimeout(180_000);
  test.skip(!(await reachable()), `SKIPPED: no PostgreSQL server answers at ${serverUrl.replace(/\/\/[^@]*@/, "//")}`);
  database = `atelier_outage_${Date.now()}`;
  await admin(`create database ${database}`);
  const target = new URL(serverUrl);
  relay = tcpRelay(Number(target.port || 5432), target.hostname);
  relayPort = await relay.start();
  const viaRelay = new URL(serverUrl);
  viaRelay.port = String(relayPort);
  viaRelay.pathname = `/${database}`;
  fs.rmSync(dataDir, { recursive: true, force: true });
  const env = {
    ...process.env,
    ATELIER_MODE: "local",
    DATABASE_URL: viaRelay.toString(),
    DATA_DIR: dataDir,
    PORT: String(port),
    APP_URL: baseURL,
    SMTP_URL: "",
    REDIS_URL: "",
    LOG_LEVEL: "fatal",
  };
  await prestart(env);
  await admin(
    `insert into "Session" (id, "sessionToken", "userId", expires)
     select 'outage-session', 'outage-session-token', id, now() + interval '1 day' from "User" where email = 'nora@northwind.example'`,
    new URL(`/${database}`, serverUrl).toString(),
  );
  server = await startServer(env, port);
});

test.afterAll(async () => {
  server?.kill("SIGTERM");
  await relay?.cut().catch(() => {});
  if (database) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    await admin(`drop database if exists ${database} with (force)`).catch(() => {});
  }
});

test("with the database gone, pages say so with a 503, cached pages stay up, and it recovers by itself", async ({
  browser,
}) => {
  const context = await browser.newContext({ baseURL });
  await context.addCookies([{ name: "next-auth.session-token", value: "outage-session-token", url: baseURL }]);
  const page = await context.newPage();
  expect((await page.goto("/glossary/backend"))?.status()).toBe(200);
  expect((await page.goto("/portal"))?.status()).toBe(200);

  await relay?.cut();
  const cached = await page.goto("/glossary/backend");
  expect(cached?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Backend" })).toBeVisible();

  for (const url of ["/glossary?letter=B", "/portal/requests"]) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(503);
    expect(response?.headers()["retry-after"], url).toBe("30");
    await expect(page.getByRole("heading", { name: "Atelier is temporarily unavailable" })).toBeVisible();
  }
  await page.screenshot({ path: path.join(".data", "test-results", "outage-503.png") });
  // A call that needs the database (the session itself may come from the API's short session cache).
  const api = await page.request.get("/api/trpc/notifications.unreadCount");
  expect(api.status()).toBe(503);

  await relay?.start(relayPort);
  await expect(async () => {
    expect((await page.goto("/glossary?letter=B"))?.status()).toBe(200);
  }).toPass({ timeout: 15_000 });
  expect((await page.goto("/portal/requests"))?.status()).toBe(200);
  await context.close();
});
