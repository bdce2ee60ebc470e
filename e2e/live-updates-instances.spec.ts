import type { ChildProcess } from "node:child_process";
import { expect, test } from "@playwright/test";
import Redis from "ioredis";
import pg from "pg";
import { solidPng } from "../server/testing/images";
import { signInByEmail } from "./support/auth";
import { prestart, startServer } from "./support/servers";

/**
 * Live updates across instances: two production servers on one PostgreSQL + Redis, no proxy in
 * between. The client's page is served by one instance and the designer works on the other; the
 * events travel over Redis pub/sub.
 */
const serverUrl = process.env.TEST_DATABASE_URL || "postgres://postgres@127.0.0.1:5432/test";
const redisUrl = new URL(process.env.TEST_REDIS_URL || "redis://127.0.0.1:6379");
redisUrl.pathname = "/9";
const CLIENT_PORT = 3521;
const STUDIO_PORT = 3522;

test.describe.configure({ mode: "serial", timeout: 90_000 });

const instances: ChildProcess[] = [];
let database = "";

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
  return missing;
}

test.beforeAll(async () => {
  test.setTimeout(240_000);
  const missing = await missingComponents();
  test.skip(missing.length > 0, `SKIPPED: needs ${missing.join(", ")}`);
  database = `atelier_live_${Date.now()}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${database}`);
  await admin.end();
  const databaseUrl = new URL(serverUrl);
  databaseUrl.pathname = `/${database}`;
  const env = {
    ...process.env,
    ATELIER_MODE: "local", // for /dev/mailbox, where the sign-in links are read
    DATABASE_URL: databaseUrl.toString(),
    REDIS_URL: redisUrl.toString(),
    SMTP_URL: "",
    AUTH_SECRET: "live-updates-test-secret-at-least-32-characters",
    DATA_DIR: ".data/e2e-live-instances",
    TRUSTED_PROXIES: "127.0.0.1",
    LOG_LEVEL: "error",
  };
  await prestart(env);
  for (const port of [CLIENT_PORT, STUDIO_PORT]) {
    instances.push(
      await startServer({ ...env, APP_URL: `http://127.0.0.1:${port}` }, port, (text) => {
        if (/Error|error/.test(text)) process.stderr.write(`[instance :${port}] ${text}`);
      }),
    );
  }
});

test.afterAll(async () => {
  for (const child of instances) child.kill("SIGTERM");
  if (database) {
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`drop database if exists ${database} with (force)`).catch(() => {});
    await admin.end();
  }
});

test("a designer on one instance comments and delivers; the client's page on the other shows it live", async ({
  browser,
}) => {
  const clientContext = await browser.newContext({ baseURL: `http://127.0.0.1:${CLIENT_PORT}` });
  const client = await clientContext.newPage();
  await signInByEmail(client, `live-across-${Date.now()}@client.example.com`, "/account");
  await client.goto("/subscribe?plan=starter&interval=MONTH");
  await client.getByRole("button", { name: "Continue to checkout" }).click();
  await client.getByRole("button", { name: "Pay with test card" }).click();
  await expect(client).toHaveURL(/\/portal\/billing\?welcome=1$/);
  await client.goto("/portal/requests");
  const title = `Across instances ${Date.now()}`;
  await client.getByLabel("Title").fill(title);
  await client.getByLabel("Brief (markdown)").fill("Two servers, one studio.");
  await client.getByRole("button", { name: "Add to queue" }).click();
  await client.getByRole("link", { name: title }).click();
  await expect(client.getByTestId("request-status")).toContainText("active");
  await expect(client.getByTestId("live-updates")).toHaveAttribute("data-state", "live");
  await expect(client.getByTestId("notification-bell")).toHaveAttribute("aria-label", "Notifications");
  await client.evaluate(() => Object.assign(window, { liveMark: "still here" }));
  const requestId = new URL(client.url()).pathname.split("/").pop() as string;

  const studioContext = await browser.newContext({ baseURL: `http://127.0.0.1:${STUDIO_PORT}` });
  const studio = await studioContext.newPage();
  await signInByEmail(studio, "designer@atelier.example", `/admin/requests/${requestId}`);
  await studio.getByLabel("Comment").fill("Hello from the other instance.");
  await studio.getByRole("button", { name: "Add" }).click();
  await expect(studio.getByTestId("comments")).toContainText("Hello from the other instance.");

  await expect(client.getByTestId("comments")).toContainText("Hello from the other instance.");
  await expect(client.getByTestId("notification-bell")).toHaveAttribute("aria-label", "Notifications, 1 unread");

  await studio.getByLabel(/Design file/).setInputFiles({
    name: "across.png",
    mimeType: "image/png",
    buffer: solidPng(48, 24, [16, 185, 129]),
  });
  await studio.getByRole("button", { name: "Deliver" }).click();
  await expect(studio.getByTestId("staff-request-status")).toContainText("in review");
  await expect(client.getByTestId("request-status")).toContainText("in review");
  await expect(client.getByTestId("notification-bell")).toHaveAttribute("aria-label", "Notifications, 2 unread");
  expect(await client.evaluate(() => (window as unknown as { liveMark?: string }).liveMark)).toBe("still here");
  await clientContext.close();
  await studioContext.close();
});
