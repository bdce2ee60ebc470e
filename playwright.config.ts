import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

// e2e runs the production build (`next build` first) on its own port and its own fresh embedded
// database, in Debian's Chromium. PGlite is one process per directory: one worker.
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
const dataDir = path.join(__dirname, ".data", "e2e");
process.env.PWTEST_CACHE_DIR ??= path.join(__dirname, ".data", "playwright-cache");

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [["list"], ["json"]] : [["list"]],
  outputDir: ".data/test-results/playwright",
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic",
          ],
        },
      },
    },
  ],
  webServer: {
    command: `rm -rf "${dataDir}" && node_modules/.bin/tsx scripts/prestart.ts && node scripts/serve.cjs start -p ${port}`,
    url: `${baseURL}/api/health/ready`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      ATELIER_MODE: "local",
      DATA_DIR: dataDir,
      PORT: String(port),
      APP_URL: baseURL,
      DATABASE_URL: "",
      SMTP_URL: "",
      LOG_LEVEL: "warn",
      // As if a proxy on this host forwarded the requests: tests may name a client address in
      // X-Forwarded-For from 127.0.0.1; from any other address (127.0.0.2) it is ignored.
      TRUSTED_PROXIES: "127.0.0.1",
      // A second admin, so specs do not all sign in as admin@ (5 sign-in emails per address per 15 min).
      ADMIN_EMAILS:
        "ops@atelier.example,qa@atelier.example,lead@atelier.example,editor@atelier.example,studio@atelier.example,media@atelier.example,pricing@atelier.example",
      // Webhooks to a receiver the developer-platform spec starts on 127.0.0.1, retried quickly.
      WEBHOOK_ALLOW_LOOPBACK: "1",
      WEBHOOK_RETRY_BASE_MS: "1000",
      JOBS_POLL_MS: "1000",
    },
  },
});
