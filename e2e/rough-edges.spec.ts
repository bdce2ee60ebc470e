import { expect, test } from "@playwright/test";
import { signInByEmail } from "./support/auth";

// Rough edges a new user hit on the walkthrough ("The studio's working day"), each pinned here.

test("a request draft survives leaving the page; a past due date and an overlong title are refused beside the field in plain words", async ({
  page,
}) => {
  await signInByEmail(page, `draft-${Date.now()}@client.example.com`, "/account");
  await page.goto("/subscribe?plan=starter&interval=MONTH");
  await page.getByRole("button", { name: "Continue to checkout" }).click();
  await page.getByRole("button", { name: "Pay with test card" }).click();
  await expect(page).toHaveURL(/\/portal\/billing\?welcome=1$/);

  await page.goto("/portal/requests");
  await page.getByLabel("Title").fill("Careers page");
  await page.getByLabel("Brief (markdown)").fill("A page for **open roles**, with a short form.");
  // Leaving inside the app and coming back: the draft is still there.
  await page.goto("/portal");
  await page.goto("/portal/requests");
  await expect(page.getByLabel("Title")).toHaveValue("Careers page");
  await expect(page.getByLabel("Brief (markdown)")).toHaveValue("A page for **open roles**, with a short form.");
  // Closing the tab with a filled form asks first.
  let asked = false;
  page.once("dialog", async (dialog) => {
    asked = dialog.type() === "beforeunload";
    await dialog.dismiss();
  });
  await page.getByLabel("Title").click();
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => asked).toBe(true);
});

test("refusals read as sentences next to the field that caused them", async ({ page }) => {
  await signInByEmail(page, `words-${Date.now()}@client.example.com`, "/account");
  await page.goto("/subscribe?plan=starter&interval=MONTH");
  await page.getByRole("button", { name: "Continue to checkout" }).click();
  await page.getByRole("button", { name: "Pay with test card" }).click();
  await expect(page).toHaveURL(/\/portal\/billing\?welcome=1$/);
  await page.goto("/portal/requests");

  await page.getByLabel("Title").fill("Logo refresh");
  await page.getByLabel("Brief (markdown)").fill("New mark.");
  // The browser's own min= check is bypassed to see the server's answer.
  await page.getByLabel("Due date (optional)").evaluate((input: HTMLInputElement) => input.removeAttribute("min"));
  await page.getByLabel("Due date (optional)").fill("2020-01-01");
  await page.getByRole("button", { name: "Add to queue" }).click();
  await expect(page.locator("#req-due-error")).toHaveText("choose today or a later day — that date has passed");
  await expect(page.getByLabel("Due date (optional)")).toHaveAttribute("aria-invalid", "true");

  await page.getByLabel("Due date (optional)").fill("");
  await page.getByLabel("Title").fill("x".repeat(161));
  await page.getByRole("button", { name: "Add to queue" }).click();
  await expect(page.getByText("Keep it to 160 characters or fewer.")).toBeVisible();
  await expect(page.locator("body")).not.toContainText(/Too big|expected string|Invalid input/);
});
