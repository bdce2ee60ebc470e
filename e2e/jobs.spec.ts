import { expect, test } from "@playwright/test";
import { signInByEmail } from "./support/auth";
import { expectNoAxeViolations } from "./support/axe";

test("an admin sees the job queue: counts, scheduled work and sent emails; a client does not", async ({
  page,
  browser,
}) => {
  await signInByEmail(page, "ops@atelier.example", "/admin/jobs"); // made admin by ADMIN_EMAILS
  await expect(page.getByRole("heading", { name: "Jobs", level: 1 })).toBeVisible();
  const counts = page.getByTestId("job-counts");
  for (const label of ["queued", "running", "failed", "due now", "oldest due waited"]) {
    await expect(counts.getByText(label, { exact: true })).toBeVisible();
  }
  const table = page.getByTestId("jobs-table");
  await expect(table).toContainText("email.send"); // the sign-in link that just arrived
  await expectNoAxeViolations(page);
  await page.screenshot({ path: ".data/test-results/admin-jobs.png", fullPage: true });

  // Newest first, so on a busy queue the scheduled work is found under "queued".
  await page.getByRole("navigation", { name: "Filter jobs" }).getByRole("link", { name: "queued" }).click();
  await expect(page).toHaveURL(/status=QUEUED/);
  await expect(table).toContainText("files.sweep"); // the hourly sweep, scheduled once for every instance

  await page.getByRole("navigation", { name: "Filter jobs" }).getByRole("link", { name: "failed" }).click();
  await expect(page).toHaveURL(/status=FAILED/);

  const client = await browser.newPage();
  await signInByEmail(client, `jobs-client-${Date.now()}@example.com`, "/account");
  await client.goto("/admin/jobs");
  await expect(client.getByTestId("jobs-table")).toHaveCount(0);
  await client.close();
});
