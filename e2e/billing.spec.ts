import { expect, test } from "@playwright/test";
import { openLatestEmail, signInByEmail } from "./support/auth";
import { expectNoAxeViolations } from "./support/axe";

test("a visitor picks a plan, signs in, pays in test mode and manages billing", async ({ page }) => {
  const email = `buyer-${Date.now()}@shop.example.com`;
  await page.goto("/pricing");
  await page.getByRole("link", { name: "Start with Studio" }).click();
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fsubscribe/);
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: /sign in with email/i }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await openLatestEmail(page, email, /sign-in link/);
  await page.getByRole("link", { name: /api\/auth\/callback\/email/ }).click();

  await expect(page.getByRole("heading", { name: "Subscribe to Studio" })).toBeVisible();
  await page.getByRole("button", { name: "Continue to checkout" }).click();
  await expect(page).toHaveURL(/\/billing\/test-checkout\/tcs_/);
  await expect(page.getByRole("note")).toContainText("TEST MODE");
  await expectNoAxeViolations(page);
  await page.getByLabel("Coupon code").fill("NOT-A-CODE");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByText("That coupon code is not valid.")).toBeVisible();
  await page.getByLabel("Coupon code").fill("welcome10");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByTestId("due-today")).toHaveText("$4,046");
  await page.getByRole("button", { name: "Decline the payment" }).click();
  await expect(page.getByText("The test card was declined")).toBeVisible();
  await page.getByRole("button", { name: "Pay with test card" }).click();
  await expect(page).toHaveURL(/\/portal\/billing\?welcome=1$/);
  const subscription = page.getByTestId("subscription");
  await expect(subscription).toContainText("Studio · monthly");
  await expect(subscription).toContainText("Active");
  await expect(page.getByTestId("invoices")).toContainText("paid");
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Pause" }).click();
  await expect(subscription).toContainText("Paused");
  await expect(subscription).toContainText("30 days");
  await page.getByRole("button", { name: "Resume" }).click();
  await expect(subscription).toContainText("Active");

  await page.getByLabel("Plan", { exact: true }).selectOption("scale");
  await page.getByRole("button", { name: "Preview the change" }).click();
  await page.getByRole("button", { name: /^Confirm and pay/ }).click();
  await expect(subscription).toContainText("Scale · monthly");

  await page.getByRole("button", { name: "Cancel subscription" }).click();
  await page.getByLabel("We do not have enough work right now").check();
  await page.getByRole("button", { name: "Cancel at period end" }).click();
  await expect(subscription).toContainText("ends at period end");
  await page.getByRole("button", { name: "Keep my subscription" }).click();
  await expect(subscription).not.toContainText("ends at period end");

  await page.getByRole("button", { name: "Simulate a failed renewal" }).click();
  await expect(page.getByText("Your last payment failed.")).toBeVisible();
  await expect(subscription).toContainText("Payment failed");
  await page.getByLabel("Card ending in").fill("1881");
  await page.getByRole("button", { name: "Update card" }).click();
  await expect(subscription).toContainText("Active");
  await expect(subscription).toContainText("•••• 1881");
});

test("an admin sees subscriptions, MRR and churn", async ({ page }) => {
  await signInByEmail(page, "admin@atelier.example", "/admin/billing");
  await expect(page.getByRole("heading", { name: "Subscriptions", level: 1 })).toBeVisible();
  await expect(page.getByTestId("revenue-figures")).toContainText("MRR");
  await expect(page.getByTestId("subscriptions")).toContainText("Scale");
});
