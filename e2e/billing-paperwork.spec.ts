import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { openLatestEmail, signInByEmail } from "./support/auth";

/** The words of a downloaded PDF, as poppler reads them. */
const pdfText = (file: string) => execFileSync("pdftotext", ["-layout", file, "-"]).toString();

async function subscribe(page: Page, email: string, plan: string, interval: "MONTH" | "YEAR" = "MONTH") {
  await signInByEmail(page, email, "/account");
  await page.goto(`/subscribe?plan=${plan}&interval=${interval}`);
  await page.getByRole("button", { name: "Continue to checkout" }).click();
  await expect(page).toHaveURL(/\/billing\/test-checkout\/tcs_/);
}

test("a client changes plan with a preview, downloads the prorated invoice, gets the email, and cancels with a reason", async ({
  page,
  browser,
}, testInfo) => {
  test.slow(); // checkout, a plan change, two PDFs, an email and a cancellation
  const email = `paperwork-${Date.now()}@acme.example`;
  await subscribe(page, email, "starter");
  const coupon = page.getByLabel("Coupon code");
  await expect(coupon).toHaveAttribute("placeholder", "Enter a code");
  await coupon.fill("WELCOME10");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByTestId("coupon-line")).toContainText("WELCOME10 −10%, first month only");
  await page.getByText("Add company details to the invoice").click();
  await page.getByLabel("Country").fill("Germany");
  await page.getByRole("button", { name: "Save company details" }).click();
  await expect(page.getByText("use the two-letter country code")).toBeVisible();
  await page.getByLabel("Company name").fill("Acme Widgets GmbH");
  await page.getByLabel("Billing address").fill("Hauptstraße 1\n10115 Berlin");
  await page.getByLabel("Country").fill("DE");
  await page.getByRole("button", { name: "Save company details" }).click();
  await expect(page.getByText("Saved. New invoices carry these details.")).toBeVisible();
  await page.getByRole("button", { name: "Pay with test card" }).click();
  await expect(page).toHaveURL(/\/portal\/billing\?welcome=1$/);
  const subscription = page.getByTestId("subscription");
  await expect(subscription).toContainText("Starter · monthly");

  // Preview first: nothing changes until it is confirmed.
  await page.getByLabel("Plan", { exact: true }).selectOption("studio");
  await page.getByRole("button", { name: "Preview the change" }).click();
  const preview = page.getByTestId("plan-preview");
  await expect(preview).toContainText("Upgrade now: Studio, monthly");
  await expect(preview).toContainText("Unused time on Starter (monthly)");
  await expect(preview).toContainText("1 → 2 from now on");
  const charged = (await page.getByTestId("charged-now").textContent()) ?? "";
  expect(charged).toMatch(/^\$[\d,]+\.\d\d$/);
  await expect(subscription).toContainText("Starter · monthly");
  await preview.screenshot({ path: testInfo.outputPath("plan-preview.png") });
  await page.getByRole("button", { name: `Confirm and pay ${charged}` }).click();
  await expect(page.getByText("Your plan changed. The prorated invoice is below.")).toBeVisible();
  await expect(subscription).toContainText("Studio · monthly");

  const invoices = page.getByTestId("invoices");
  const latest = invoices.locator("tbody tr").first();
  await expect(latest).toContainText(charged);
  const number = ((await latest.locator("td").first().textContent()) ?? "").trim();
  expect(number).toMatch(/^INV-\d{6}$/);
  const downloading = page.waitForEvent("download");
  await latest.getByRole("link", { name: `PDF of ${number}` }).click();
  const download = await downloading;
  const file = testInfo.outputPath(`${number}.pdf`);
  await download.saveAs(file);
  expect(readFileSync(file).subarray(0, 5).toString()).toBe("%PDF-");
  const text = pdfText(file);
  expect(text).toContain(number);
  expect(text).toContain("Acme Widgets GmbH");
  expect(text).toContain("Hauptstraße 1");
  expect(text).toMatch(/Unused time on Starter \(monthly\)/);
  expect(text).toMatch(/Remaining time on Studio \(monthly\)/);
  expect(text).toContain(charged);

  // The same PDF for anyone else: 404.
  const href = (await latest.getByRole("link", { name: `PDF of ${number}` }).getAttribute("href")) as string;
  const stranger = await browser.newContext();
  expect((await stranger.request.get(href)).status()).toBe(404);
  const strangerPage = await stranger.newPage();
  await signInByEmail(strangerPage, `stranger-${Date.now()}@else.example`, "/account");
  expect((await strangerPage.request.get(href)).status()).toBe(404);
  await stranger.close();

  await openLatestEmail(page, email, /Your plan is now Studio/);
  await expect(page.getByText("You moved from Starter to Studio (monthly)")).toBeVisible();
  await openLatestEmail(page, email, new RegExp(`Receipt for invoice ${number}`));
  await expect(page.getByText(charged).first()).toBeVisible();
  await page.getByRole("link", { name: "View the HTML part" }).click();
  await expect(page.getByRole("link", { name: "Download the invoice (PDF)" })).toBeVisible();
  await page.setViewportSize({ width: 720, height: 900 });
  await page.screenshot({ path: testInfo.outputPath("email-receipt.png"), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 720 });

  // Cancel: a reason is asked, and pausing is offered instead.
  await page.goto("/portal/billing");
  await page.getByRole("button", { name: "Cancel subscription" }).click();
  const flow = page.getByTestId("cancel-flow");
  await expect(flow.getByTestId("pause-offer")).toContainText("days left in this period wait for you");
  await expect(flow.getByRole("button", { name: "Pause instead" })).toBeVisible();
  await flow.getByRole("button", { name: "Cancel at period end" }).click();
  await expect(flow.getByText("choose a reason")).toBeVisible();
  await flow.getByLabel("It is too expensive").check();
  await flow.getByLabel("Anything we should know?").fill("Our budget was cut for Q1.");
  await flow.getByRole("button", { name: "Cancel at period end" }).click();
  await expect(subscription).toContainText("ends at period end");
  await page.screenshot({ path: testInfo.outputPath("manage-billing.png"), fullPage: true });
  await openLatestEmail(page, email, /Your subscription ends on/);
  await expect(page.getByText("Cancellation confirmed")).toBeVisible();
});

test("a visitor picks the yearly price on /pricing and pays yearly", async ({ page }) => {
  const email = `yearly-${Date.now()}@acme.example`;
  await page.goto("/pricing");
  await page.getByRole("link", { name: /^Yearly/ }).click();
  await expect(page.getByTestId("price-studio")).toContainText("/ year");
  const yearly = ((await page.getByTestId("price-studio").locator("span").first().textContent()) ?? "").trim();
  await page.getByRole("link", { name: "Start with Studio" }).click();
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fsubscribe%3Fplan%3Dstudio%26interval%3DYEAR/);
  await signInByEmail(page, email, "/subscribe?plan=studio&interval=YEAR");
  await expect(page.getByTestId("plan-price")).toHaveText(`${yearly} / year`);
  await page.getByRole("button", { name: "Continue to checkout" }).click();
  await expect(page.getByText("yearly", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Pay with test card" }).click();
  await expect(page).toHaveURL(/\/portal\/billing\?welcome=1$/);
  await expect(page.getByTestId("subscription")).toContainText("Studio · yearly");
  await expect(page.getByTestId("invoices").locator("tbody tr").first()).toContainText(yearly);
  await openLatestEmail(page, email, /Welcome to Studio/);
  await expect(page.getByText("billed yearly")).toBeVisible();
});

test("a failed renewal sends the payment-failed email whose update-card link works", async ({ page }, testInfo) => {
  const email = `failed-${Date.now()}@acme.example`;
  await subscribe(page, email, "starter");
  await page.getByRole("button", { name: "Pay with test card" }).click();
  await expect(page).toHaveURL(/\/portal\/billing\?welcome=1$/);
  await page.getByRole("button", { name: "Simulate a failed renewal" }).click();
  await expect(page.getByText("Your last payment failed.")).toBeVisible();

  await openLatestEmail(page, email, /Your payment of \$2,495\.00 failed/);
  await expect(page.getByText(/We will try again on \w+ \d+, \d{4}/)).toBeVisible();
  const mailbox = page.url();
  await page.getByRole("link", { name: "View the HTML part" }).click();
  await page.setViewportSize({ width: 720, height: 900 });
  await page.screenshot({ path: testInfo.outputPath("email-payment-failed.png"), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(mailbox);
  await page.getByRole("link", { name: /\/portal\/billing#payment-method$/ }).click();
  await expect(page).toHaveURL(/\/portal\/billing#payment-method$/);
  await page.getByLabel("Card ending in").fill("5556");
  await page.getByRole("button", { name: "Update card" }).click();
  const subscription = page.getByTestId("subscription");
  await expect(subscription).toContainText("Active");
  await expect(subscription).toContainText("•••• 5556");
  await openLatestEmail(page, email, /^Receipt for invoice INV-\d{6} — \$2,495\.00 paid/);
  await expect(page.getByText("Payment received")).toBeVisible();
});

test("an admin refunds part of an invoice from the workspace record; the client gets the credit note", async ({
  page,
  browser,
}) => {
  const stamp = Date.now();
  const email = `refund-${stamp}@acme.example`;
  await subscribe(page, email, "starter");
  await page.getByRole("button", { name: "Pay with test card" }).click();
  await expect(page).toHaveURL(/\/portal\/billing\?welcome=1$/);
  const number = ((await page.getByTestId("invoices").locator("tbody tr td").first().textContent()) ?? "").trim();

  const staff = await browser.newContext();
  const admin = await staff.newPage();
  await signInByEmail(admin, "ops@atelier.example", "/admin/workspaces");
  const row = admin.getByRole("listitem").filter({ hasText: `refund-${stamp}'s workspace` });
  await row.getByRole("button", { name: /^Invoices/ }).click();
  await row.getByRole("button", { name: `Refund ${number}` }).click();
  await row.getByLabel(/^Amount/).fill("500");
  await row.getByRole("button", { name: "Refund and issue credit note" }).click();
  await expect(row.getByText("say why, for the credit note")).toBeVisible();
  await row.getByLabel(/^Reason/).fill("Late delivery of the first request");
  await row.getByRole("button", { name: "Refund and issue credit note" }).click();
  await expect(row).toContainText("$500.00 refunded");
  await expect(row).toContainText(/CN-\d{6} · credit note/);

  // Tax per country and the studio's own details are the admin's, on /admin/billing.
  await admin.goto("/admin/billing");
  const tax = admin.getByRole("region", { name: "Tax rates" });
  await tax.getByLabel("Country").fill("AT");
  await tax.getByLabel("Rate (%)").fill("80");
  await tax.getByLabel("Name").fill("USt");
  await tax.getByRole("button", { name: "Set rate" }).click();
  await expect(tax.getByText("a rate above 50% is surely a typo")).toBeVisible();
  await tax.getByLabel("Rate (%)").fill("20");
  await tax.getByRole("button", { name: "Set rate" }).click();
  await expect(tax.getByTestId("tax-rates")).toContainText("AT · USt 20%");
  const studio = admin.getByRole("region", { name: "The studio on invoices" });
  await expect(studio.getByLabel("Legal name")).toHaveValue(/\S/);
  await staff.close();

  await openLatestEmail(page, email, new RegExp(`Refund of \\$500\\.00 for invoice ${number}`));
  await expect(page.getByText(/Credit note CN-\d{6} records it/)).toBeVisible();
});
