import { expect, test } from "@playwright/test";
import { signInByEmail } from "./support/auth";
import { expectNoAxeViolations } from "./support/axe";

test("a subscribed client queues requests, reorders them and talks about one", async ({ page }) => {
  const email = `queue-${Date.now()}@client.example.com`;
  await signInByEmail(page, email, "/account");
  await page.goto("/subscribe?plan=starter&interval=MONTH");
  await page.getByRole("button", { name: "Pay with test card" }).click();
  await expect(page).toHaveURL(/\/portal\/billing\?welcome=1$/);

  await page.goto("/portal/requests");
  await page.getByRole("button", { name: "Add to queue" }).click();
  await expect(page.getByText("give the request a title")).toBeVisible();
  for (const title of ["Homepage hero", "Pricing page", "Blog template"]) {
    await page.getByLabel("Title").fill(title);
    await page.getByLabel("Brief (markdown)").fill(`Please design the ${title.toLowerCase()}.`);
    await page.getByRole("button", { name: "Add to queue" }).click();
    await expect(page.getByRole("link", { name: title })).toBeVisible();
  }
  // Starter allows one active request: the first is in progress, the others wait in order.
  await expect(page.getByTestId("in-progress")).toContainText("Homepage hero");
  const queue = page.getByTestId("queue").getByRole("listitem");
  await expect(queue).toHaveText([/Pricing page/, /Blog template/]);
  await page.getByRole("button", { name: "Move Blog template up" }).click();
  await expect(queue).toHaveText([/Blog template/, /Pricing page/]);
  await queue.filter({ hasText: "Pricing page" }).dragTo(queue.filter({ hasText: "Blog template" }));
  await expect(queue).toHaveText([/Pricing page/, /Blog template/]);
  await page.reload();
  await expect(page.getByTestId("queue").getByRole("listitem")).toHaveText([/Pricing page/, /Blog template/]);
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Homepage hero" }).click();
  await expect(page.getByTestId("request-status")).toContainText("active");
  await page.getByLabel("Add a comment").fill("Could the hero use our new product photo?");
  await page.getByRole("button", { name: "Send" }).click();
  await expect(page.getByTestId("comments")).toContainText("new product photo");
  await expect(page.getByTestId("history")).toContainText("queued → active");
  await page.getByRole("button", { name: "Cancel this request" }).click();
  await expect(page.getByTestId("request-status")).toContainText("canceled");

  // Canceling the active request started the next one in the queue.
  await page.goto("/portal/requests");
  await expect(page.getByTestId("in-progress")).toContainText("Pricing page");
});
