import { expect, type Page } from "@playwright/test";

/** Signs in the way a person does locally: ask for a link, read it in /dev/mailbox, open it. */
export async function signInByEmail(page: Page, email: string, returnTo = "/account") {
  await page.goto(returnTo);
  await expect(page).toHaveURL(/\/api\/auth\/signin/);
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: /sign in with email/i }).click();
  await expect(page.getByText(/check your email/i)).toBeVisible();

  await page.goto("/dev/mailbox");
  await page
    .getByRole("link", { name: new RegExp(`to ${email.replace(/[.+]/g, "\\$&")}`) })
    .first()
    .click();
  await page.getByRole("link", { name: /api\/auth\/callback\/email/ }).click();
  await expect(page).toHaveURL(new RegExp(`${returnTo}$`));
}
