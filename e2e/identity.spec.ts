import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import { openLatestEmail, signInByEmail } from "./support/auth";

const run = promisify(execFile);

test("an owner invites a member, who accepts and sees the workspace", async ({ page, browser, baseURL }) => {
  await signInByEmail(page, "nora@northwind.example", "/portal");
  await expect(page.getByTestId("active-workspace")).toHaveText("Northwind Outfitters");
  const invitee = `member-${Date.now()}@example.com`;
  await page.getByLabel("Email").fill(invitee);
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText(`Invitation sent to ${invitee}.`)).toBeVisible();
  await expect(page.getByTestId("pending-invitations")).toContainText(invitee);

  const other = await browser.newContext({ baseURL });
  const member = await other.newPage();
  await openLatestEmail(member, invitee, /invited/);
  await member.getByRole("link", { name: /\/invite\// }).click();
  await expect(member.getByRole("heading", { name: "Join Northwind Outfitters" })).toBeVisible();
  await member.getByRole("link", { name: `Sign in as ${invitee} to accept` }).click();
  await expect(member.getByLabel("Email")).toHaveValue(invitee);
  await member.getByRole("button", { name: /sign in with email/i }).click();
  await expect(member.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await openLatestEmail(member, invitee, /sign-in link/);
  await member.getByRole("link", { name: /api\/auth\/callback\/email/ }).click();
  await expect(member).toHaveURL(/\/invite\//);
  await member.getByRole("button", { name: "Accept invitation" }).click();
  await expect(member).toHaveURL(/\/portal$/);
  await expect(member.getByTestId("active-workspace")).toHaveText("Northwind Outfitters");
  await expect(member.getByTestId("members")).toContainText("nora@northwind.example");
  await other.close();

  await page.reload();
  await expect(page.getByTestId("members")).toContainText(invitee);
});

test("a client cannot open the back office; an admin can read the audit log", async ({ page, browser, baseURL }) => {
  await signInByEmail(page, "gabe@globex.example", "/admin");
  await expect(page.getByRole("heading", { name: "No access" })).toBeVisible();
  const denied = await page.request.get("/api/trpc/admin.users?input=%7B%22json%22%3A%7B%7D%7D");
  expect(denied.status()).toBe(403);

  const adminContext = await browser.newContext({ baseURL });
  const admin = await adminContext.newPage();
  await signInByEmail(admin, "admin@atelier.example", "/admin/audit");
  await expect(admin.getByRole("heading", { name: "Audit log" })).toBeVisible();
  await admin.getByLabel("Actor (email)").fill("gabe@globex.example");
  await admin.getByRole("button", { name: "Filter" }).click();
  await expect(admin.getByTestId("audit-table")).toContainText("auth.signed_in");
  await adminContext.close();
});

test("anonymous visitors are sent to sign in and back; a used link explains itself", async ({ page }) => {
  await page.goto("/portal");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fportal/);

  const email = `once-${Date.now()}@example.com`;
  await signInByEmail(page, email, "/account");
  const link = await page.goto("/dev/mailbox").then(async () => {
    await openLatestEmail(page, email, /sign-in link/);
    return page.getByRole("link", { name: /api\/auth\/callback\/email/ }).getAttribute("href");
  });
  await page.context().clearCookies();
  await page.goto(link as string);
  await expect(page.getByRole("heading", { name: "This sign-in link no longer works" })).toBeVisible();
});

test("sign-in emails are rate limited per IP with a clear 429", async ({ request }) => {
  const headers = { "x-forwarded-for": "203.0.113.77", "content-type": "application/x-www-form-urlencoded" };
  let last = await request.post("/api/auth/signin/email", { headers, data: "email=flood%40example.com" });
  for (let i = 0; i < 25 && last.status() !== 429; i++) {
    last = await request.post("/api/auth/signin/email", { headers, data: `email=flood${i}%40example.com` });
  }
  expect(last.status()).toBe(429);
  expect(Number(last.headers()["retry-after"])).toBeGreaterThan(0);
  expect((await last.json()).error).toMatch(/Too many sign-in attempts/);
});

test("a developer creates a token and calls the typed API from a Node script", async ({ page, baseURL }) => {
  await signInByEmail(page, `dev-${Date.now()}@example.com`, "/account/tokens");
  await page.getByLabel("Name").fill("api-example");
  await page.getByRole("button", { name: "Create token" }).click();
  const token = (await page.getByTestId("new-token").textContent())?.trim() ?? "";
  expect(token).toMatch(/^atl_/);
  await expect(page.getByTestId("token-list")).toContainText("api-example");

  const { stdout } = await run("node_modules/.bin/tsx", ["scripts/api-example.ts"], {
    env: { ...process.env, ATELIER_URL: baseURL, ATELIER_TOKEN: token },
    timeout: 60_000,
  });
  expect(stdout).toContain("Signed in as dev-");
  expect(stdout).toMatch(/Search "cach": Caching/);
  // The example only reads; what the token's scopes do not cover is refused with the scope named.
  expect(stdout).toMatch(/Refused \(403\): This API token lacks the "notifications:read" scope/);

  await page.reload();
  await expect(page.getByTestId("token-list")).toContainText("last used");
  await page.getByRole("button", { name: "Revoke" }).click();
  await expect(page.getByTestId("token-list")).toContainText("Revoked");
  const revoked = await run("node_modules/.bin/tsx", ["scripts/api-example.ts"], {
    env: { ...process.env, ATELIER_URL: baseURL, ATELIER_TOKEN: token },
    timeout: 60_000,
  }).catch((error: { stderr: string }) => error);
  expect((revoked as { stderr: string }).stderr).toContain("This API token has been revoked");
});

test("a tampered session cookie is treated as signed out", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL });
  await context.addCookies([
    { name: "next-auth.session-token", value: "forged-session-value", url: baseURL as string },
  ]);
  const page = await context.newPage();
  const me = await page.request.get("/api/trpc/account.me");
  expect(me.status()).toBe(401);
  await page.goto("/account");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Faccount/);
  await context.close();
});

test("signing out ends the session in this browser", async ({ page }) => {
  await signInByEmail(page, `leaver-${Date.now()}@example.com`, "/account");
  await page.getByRole("link", { name: "Sign out" }).click();
  await expect(page.getByRole("heading", { name: "Sign out" })).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/$/);
  expect((await page.request.get("/api/trpc/account.me")).status()).toBe(401);
});
