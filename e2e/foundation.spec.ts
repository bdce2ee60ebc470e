import { expect, test } from "@playwright/test";
import { signInByEmail } from "./support/auth";

test("the home page shows glossary terms from the seeded database", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const terms = page.getByTestId("glossary-preview").getByRole("listitem");
  await expect(terms).toHaveCount(8);
  await expect(page.getByTestId("glossary-preview")).toContainText("API");
});

test("a visitor signs in by an email link from /dev/mailbox and reads their account", async ({ page }) => {
  const email = `e2e-${Date.now()}@example.com`;
  await signInByEmail(page, email);
  // account.me is an authed procedure called from the browser after the sign-in.
  await expect(page.getByTestId("account-summary")).toContainText(email);
  await expect(page.getByTestId("account-summary")).toContainText("client");
});

test("the API answers anonymous, bad and unknown calls with JSON errors", async ({ request }) => {
  const me = await request.get("/api/trpc/account.me");
  expect(me.status()).toBe(401);
  expect((await me.json()).error.json.data.code).toBe("UNAUTHORIZED");

  const bad = await request.get(`/api/trpc/glossary.list?input=${encodeURIComponent('{"json":{"limit":-3}}')}`);
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.json.data.issues[0].path).toBe("limit");

  const unknown = await request.get("/api/trpc/nothing.here");
  expect(unknown.status()).toBe(404);
});

test("health endpoints and security headers", async ({ request }) => {
  const alive = await request.get("/api/health");
  expect(alive.status()).toBe(200);
  expect(await alive.json()).toMatchObject({ status: "alive" });

  const ready = await request.get("/api/health/ready");
  expect(ready.status()).toBe(200);
  expect(await ready.json()).toMatchObject({ status: "ready", checks: { database: "ok", migrations: "ok" } });

  const home = await request.get("/");
  const headers = home.headers();
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["strict-transport-security"]).toContain("max-age=");
  expect(headers["x-request-id"]).toMatch(/^[\w.-]{8,}$/);
  expect(headers["x-powered-by"]).toBeUndefined();
});
