import { expect, type Page, test } from "@playwright/test";
import { solidPng } from "../server/testing/images";
import { openLatestEmail, signInByEmail } from "./support/auth";
import { expectNoAxeViolations } from "./support/axe";

// Onboarding (issue 14, item 5): a new client's first portal visit after checkout, brand assets
// the studio sees, brief templates, the client's own turnaround, and billing errors in place.

async function shoot(page: Page, name: string) {
  if (!process.env.SCREENSHOTS) return;
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `docs/screenshots/${name}.png`, fullPage: true });
}

async function checkOut(page: Page, email: string) {
  await signInByEmail(page, email, "/account");
  await page.goto("/subscribe?plan=starter&interval=MONTH");
  await page.getByRole("button", { name: "Continue to checkout" }).click();
  await page.getByRole("button", { name: "Pay with test card" }).click();
  await expect(page).toHaveURL(/\/portal\/billing\?welcome=1$/);
}

test("a new client names the workspace, invites a teammate, adds brand assets the designer sees, and requests from the service's questions", async ({
  page,
  browser,
  baseURL,
}) => {
  test.slow(); // three people in three browsers, uploads and a new request
  test.setTimeout(120_000);
  const stamp = Date.now();
  const owner = `olivia-${stamp}@harbor-pine.example`;
  const teammate = `sam-${stamp}@harbor-pine.example`;
  const company = `Harbor & Pine Coffee ${stamp}`;
  await checkOut(page, owner);

  // The first portal page after checkout asks for the company's name.
  const prompt = page.getByTestId("onboarding-prompt");
  await expect(prompt.getByRole("heading", { name: "Welcome! What is your company called?" })).toBeVisible();
  await expect(page.getByTestId("workspace-name")).toHaveText(/^olivia-\d+'s workspace$/);
  await shoot(page, "onboarding-company");
  await prompt.getByLabel("Your company's name").fill(company);
  await prompt.getByRole("button", { name: "Name the workspace" }).click();
  await expect(page).toHaveURL(/\/portal\/welcome$/);
  // The header's workspace switcher and the portal carry the new name.
  await expect(page.getByTestId("workspace-name")).toHaveText(company);
  await expect(page.getByRole("listitem").filter({ hasText: "2. Your team" })).toHaveAttribute("aria-current", "step");

  // Step 2: invite a teammate (the existing invitation, emailed through the outbox).
  await page.getByLabel("Teammate's email").fill(teammate);
  await page.getByRole("button", { name: "Invite", exact: true }).click();
  await expect(page.getByText(`Invitation emailed to ${teammate}.`)).toBeVisible();
  await expect(page.getByTestId("setup-invited")).toContainText(teammate);
  await expectNoAxeViolations(page);
  await shoot(page, "onboarding-team");
  await page.getByRole("button", { name: "Next: brand assets" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: "3. Brand assets" })).toHaveAttribute(
    "aria-current",
    "step",
  );

  // Left half way, the setup resumes where it was: the portal home says so, and shows the name.
  await page.goto("/portal");
  await expect(page.getByTestId("active-workspace")).toHaveText(company);
  await expect(prompt).toContainText("step 3 of 3, brand assets");
  await prompt.getByRole("link", { name: "Continue setup" }).click();
  await expect(page).toHaveURL(/\/portal\/welcome$/);

  // Step 3: a logo (checked by content on upload), colours with swatches, fonts, a link.
  await page.getByLabel("Upload a logo").setInputFiles({
    name: "harbor-pine-logo.png",
    mimeType: "image/png",
    buffer: solidPng(120, 60, [29, 78, 216]),
  });
  await expect(page.getByTestId("logo-preview")).toBeVisible();
  await expect
    .poll(() => page.getByTestId("logo-preview").evaluate((img: HTMLImageElement) => img.naturalWidth))
    .toBeGreaterThan(0);
  await page.getByLabel("Colour 1 (hex)").fill("#1D4ED8");
  await page.getByRole("button", { name: "Add a colour" }).click();
  await page.getByLabel("Colour 2 (hex)").fill("orange");
  await page.getByLabel("Fonts").fill("Fraunces, Inter");
  await page.getByLabel("Link 1 label").fill("Brand guide");
  await page.getByLabel("Link 1 address").fill("harbor-pine.example/brand");
  await page.getByRole("button", { name: "Keep these and finish" }).click();
  // A colour that is not hex is refused beside its own field, in words.
  await expect(page.getByText("Enter a colour as a hex code, like #1d4ed8.")).toBeVisible();
  await expect(page.getByLabel("Colour 2 (hex)")).toHaveAttribute("aria-invalid", "true");
  await page.getByLabel("Colour 2 (hex)").fill("f59e0b");
  await expect(page.getByLabel("Pick colour 2")).toHaveValue("#f59e0b");
  await shoot(page, "onboarding-brand");
  await page.getByRole("button", { name: "Keep these and finish" }).click();
  await expect(page.getByRole("heading", { name: `${company} is set up` })).toBeVisible();

  // Finished: it does not show again; the brand page keeps everything editable.
  await page.goto("/portal");
  await expect(page.getByTestId("turnaround-empty")).toBeVisible();
  await expect(page.getByTestId("history-empty")).toBeVisible();
  await expect(prompt).toHaveCount(0);
  await page.getByRole("navigation", { name: "Client portal" }).getByRole("link", { name: "Brand" }).click();
  await expect(page.getByLabel("Colour 1 (hex)")).toHaveValue("#1d4ed8");
  await expect(page.getByLabel("Colour 2 (hex)")).toHaveValue("#f59e0b");
  await expect(page.getByLabel("Link 1 address")).toHaveValue("https://harbor-pine.example/brand");
  await expectNoAxeViolations(page);
  await shoot(page, "portal-brand");

  // The teammate got the invitation in the mailbox, naming the company.
  await openLatestEmail(page, teammate, new RegExp(`invited to ${company.replace(/[&]/g, "\\$&")}`));
  await expect(page.locator("body")).toContainText(`invited you to join ${company}`);

  // A new request starts from its service's questions, never over what the client wrote.
  await page.goto("/portal/requests");
  const brief = page.getByLabel("Brief (markdown)");
  await page.getByLabel("Service").selectOption({ label: "Brand Identity" });
  await expect(brief).toHaveValue(/^## Your company in three words/);
  await page.getByLabel("Service").selectOption({ label: "Landing Pages" });
  await expect(brief).toHaveValue(/^## The one thing this page should make people do/);
  await brief.fill("Our own words about the launch.");
  await page.getByLabel("Service").selectOption({ label: "Website Design" });
  await expect(brief).toHaveValue("Our own words about the launch.");
  await brief.fill("");
  await page.getByLabel("Service").selectOption({ label: "Website Design" });
  await page.getByLabel("Service").dispatchEvent("change");
  await expect(brief).toHaveValue(/^## What is the site for\?/);
  const answered = `${await brief.inputValue()}\nA menu and opening hours, booking a table.`;
  await brief.fill(answered);
  await page.getByLabel("Title").fill("Café website");
  await page.getByRole("button", { name: "Add to queue" }).click();
  const link = page.getByRole("link", { name: "Café website" });
  await expect(link).toBeVisible();
  const requestId = ((await link.getAttribute("href")) as string).split("/").pop() as string;
  // The form is ready for the next request, with the template again.
  await expect(brief).toHaveValue(/^## What is the site for\?/);

  // The designer sees the brand assets on the request page.
  const studioContext = await browser.newContext({ baseURL });
  const studio = await studioContext.newPage();
  await signInByEmail(studio, "mina@atelier.example", "/admin/requests");
  await studio.goto(`/admin/requests/${requestId}`);
  const assets = studio.getByTestId("client-brand");
  await expect(assets.getByRole("img", { name: `${company} logo` })).toBeVisible();
  await expect
    .poll(() =>
      assets.getByRole("img", { name: `${company} logo` }).evaluate((img: HTMLImageElement) => img.naturalWidth),
    )
    .toBeGreaterThan(0);
  await expect(assets.getByRole("list", { name: "Brand colours" })).toHaveText(/#1d4ed8.*#f59e0b/);
  await expect(assets).toContainText("Fraunces, Inter");
  await expect(assets.getByRole("link", { name: "Brand guide" })).toHaveAttribute(
    "href",
    "https://harbor-pine.example/brand",
  );
  await expect(studio.getByText("A menu and opening hours, booking a table.")).toBeVisible();
  await shoot(studio, "staff-request-brand");

  // The designer delivers; the client approves; the portal home shows the client's own figures.
  await expect(studio.getByTestId("staff-request-status")).toContainText("active");
  await studio.getByLabel(/Design file/).setInputFiles({
    name: "homepage.png",
    mimeType: "image/png",
    buffer: solidPng(64, 32, [220, 38, 38]),
  });
  await studio.getByLabel("Note for the client").fill("First direction");
  await studio.getByRole("button", { name: "Deliver" }).click();
  await expect(studio.getByTestId("staff-request-status")).toContainText("in review");
  await studioContext.close();

  await page.goto(`/portal/requests/${requestId}`);
  await page.getByRole("button", { name: "Approve version 1" }).click();
  await expect(page.getByTestId("request-status")).toContainText("done");
  await page.goto("/portal");
  const turnaround = page.getByTestId("turnaround");
  await expect(turnaround).toContainText("Time to first delivery");
  await expect(turnaround).toContainText(/\d+ (min|h) typically \(median\)/);
  await expect(turnaround).toContainText("0 rounds typically (median)");
  await expect(page.getByRole("region", { name: "Your turnaround" })).toContainText(
    "From the 1 request first delivered to you in the last 12 months",
  );
  const history = page.getByTestId("request-history");
  await expect(history.getByRole("link", { name: "Café website" })).toHaveAttribute(
    "href",
    `/portal/requests/${requestId}`,
  );
  await expect(history).toContainText("Website Design");
  await expectNoAxeViolations(page);
  await shoot(page, "portal-home-turnaround");
});

test("an admin sees the client's brand assets on the client record", async ({ page, browser, baseURL }) => {
  const owner = `brand-record-${Date.now()}@client.example.com`;
  await checkOut(page, owner);
  await page.getByTestId("onboarding-prompt").getByLabel("Your company's name").fill("Kestrel Tea");
  await page.getByRole("button", { name: "Name the workspace" }).click();
  await expect(page).toHaveURL(/\/portal\/welcome$/);
  await page.getByRole("button", { name: "Skip the rest of the setup" }).click();
  await expect(page.getByRole("heading", { name: "Kestrel Tea is set up" })).toBeVisible();
  await page.goto("/portal/brand");
  await page.getByLabel("Colour 1 (hex)").fill("#0f766e");
  await page.getByLabel("Fonts").fill("Söhne");
  await page.getByRole("button", { name: "Save brand assets" }).click();
  await expect(page.getByText("Brand assets saved. Your designers see them now.")).toBeVisible();
  const workspaceId = await page.evaluate(async () => {
    const res = await fetch("/api/trpc/workspace.mine");
    return (await res.json()).result.data.json.activeWorkspaceId as string;
  });

  const adminContext = await browser.newContext({ baseURL });
  const admin = await adminContext.newPage();
  await signInByEmail(admin, "ops@atelier.example", "/admin");
  await admin.goto(`/admin/workspaces/${workspaceId}`);
  const assets = admin.getByTestId("client-brand");
  await expect(assets.getByRole("list", { name: "Brand colours" })).toHaveText("#0f766e");
  await expect(assets).toContainText("Söhne");
  await adminContext.close();
});

test("skipping the setup ends it for good; a card refusal appears beside the card form, not in the subscription card", async ({
  page,
}) => {
  await checkOut(page, `card-${Date.now()}@client.example.com`);
  const prompt = page.getByTestId("onboarding-prompt");
  await prompt.getByRole("button", { name: "Skip setup" }).click();
  await expect(prompt).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole("heading", { name: "Manage Billing" })).toBeVisible();
  await expect(prompt).toHaveCount(0);

  await page.getByLabel("Card ending in").fill("12");
  await page.getByRole("button", { name: "Update card" }).click();
  const paymentMethod = page.getByRole("region", { name: "Payment method" });
  await expect(paymentMethod.locator("#last4-error")).toHaveText("enter the card's last four digits");
  await expect(page.getByLabel("Card ending in")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("region", { name: "Subscription" }).getByRole("alert")).toHaveCount(0);
  await expectNoAxeViolations(page);
  await shoot(page, "billing-card-error");

  // A correct card clears the refusal and is saved.
  await page.getByLabel("Card ending in").fill("4242");
  await page.getByRole("button", { name: "Update card" }).click();
  await expect(paymentMethod.getByText("Card saved.")).toBeVisible();
  await expect(paymentMethod.locator("#last4-error")).toHaveCount(0);
  await expect(page.getByTestId("subscription")).toContainText("•••• 4242");
});
