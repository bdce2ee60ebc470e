import { expect, type Page } from "@playwright/test";

/** Opens the newest email to `email` in /dev/mailbox. */
export async function openLatestEmail(page: Page, email: string, subject?: RegExp) {
  await page.goto("/dev/mailbox");
  const escaped = email.replace(/[.+]/g, "\\$&");
  const links = page.getByRole("link", { name: new RegExp(`to ${escaped}`) });
  await (subject ? links.filter({ hasText: subject }) : links).first().click();
}

/** Signs in the way a person does locally: ask for a link, read it in /dev/mailbox, open it. */
export async function signInByEmail(page: Page, email: string, returnTo = "/account") {
  // Each test is its own visitor behind the proxy the e2e server trusts (127.0.0.1), so the
  // per-network limit on sign-in emails (20 per 15 minutes) applies per test, not to the suite.
  const octet = () => Math.floor(Math.random() * 254) + 1;
  await page.context().setExtraHTTPHeaders({ "x-forwarded-for": `198.18.${octet()}.${octet()}` });
  await page.goto(returnTo);
  await expect(page).toHaveURL(/\/signin/);
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: /sign in with email/i }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await openLatestEmail(page, email, /sign-in link/);
  await page.getByRole("link", { name: /api\/auth\/callback\/email/ }).click();
  await expect(page).toHaveURL(new RegExp(`${returnTo.replace(/[?]/g, "\\$&")}$`));
}
