import AxeBuilder from "@axe-core/playwright";
import { type Browser, expect, type Page, test } from "@playwright/test";
import { signInByEmail } from "./support/auth";
import { expectNoAxeViolations } from "./support/axe";

/** The editor without its preview frame: the framed public page is a separate document, checked by its own specs. */
async function expectEditorAccessible(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
    .exclude('iframe[title="Live preview of the public page"]')
    .analyze();
  expect(
    results.violations.map(
      (v) =>
        `${v.id}: ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 2)
          .join(", ")}`,
    ),
  ).toEqual([]);
}

// Journey 7: the content studio. Each test signs in its own admin(s) from ADMIN_EMAILS.

async function openTerm(page: Page, term: string) {
  await page.goto(`/admin/content?kind=glossary&q=${encodeURIComponent(term)}`);
  await page.getByRole("link", { name: term, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: term })).toBeVisible();
}

async function adminPage(browser: Browser, email: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInByEmail(page, email, "/admin/content");
  return page;
}

const saveState = (page: Page) => page.getByTestId("save-state");

test("an admin edits Backend beside its live preview, autosave says Saved, publishes, and restores an earlier revision", async ({
  page,
  request,
  browser,
}) => {
  await signInByEmail(page, "editor@atelier.example", "/admin/content");
  await expect(page.getByRole("link", { name: "Content", exact: true }).first()).toBeVisible();
  await openTerm(page, "Backend");
  const original = await page.getByLabel("Definition (one paragraph)").inputValue();
  const preview = page.frameLocator('iframe[title="Live preview of the public page"]');
  await expect(preview.getByRole("heading", { level: 1, name: "Backend" })).toBeVisible();
  await expectEditorAccessible(page);

  const edited = `Edited in the studio at ${Date.now()}: everything a visitor does not see.`;
  await page.getByLabel("Definition (one paragraph)").fill(edited);
  await expect(saveState(page)).toHaveText(/Saving…|Saved/);
  await expect(saveState(page)).toContainText("Saved");
  // The preview renders the draft; the public page still shows what is published.
  await expect(preview.getByTestId("definition")).toHaveText(edited);
  await expect(preview.getByText("Preview of a draft")).toBeVisible();
  expect(await (await request.get("/glossary/backend")).text()).not.toContain(edited);

  // A preview link opens the draft for someone without an account.
  await page.getByRole("button", { name: "Create preview link" }).click();
  const link = await page.getByTestId("preview-link").textContent();
  const stranger = await (await browser.newContext()).newPage();
  await stranger.goto(link ?? "");
  await expect(stranger.getByTestId("definition")).toHaveText(edited);

  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByText("Published — the public page shows it now.")).toBeVisible();
  const published = await request.get("/glossary/backend");
  expect(await published.text()).toContain(edited);
  await page.screenshot({ path: "docs/screenshots/content-studio-editor.png", fullPage: true });

  // Restore the term as it was before the studio (revision 1), then publish it again.
  await page.getByRole("button", { name: "Restore revision 1" }).click();
  await expect(page.getByText("Restored as a new draft.")).toBeVisible();
  await expect(page.getByLabel("Definition (one paragraph)")).toHaveValue(original);
  await expect(page.getByTestId("revision").first()).toContainText("Restored from revision 1");
  await expect(page.getByTestId("diff")).toBeVisible();
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByText("Published — the public page shows it now.")).toBeVisible();
  expect(await (await request.get("/glossary/backend")).text()).not.toContain(edited);
});

test("publishing with a broken related term is refused with what to fix", async ({ page }) => {
  await signInByEmail(page, "editor@atelier.example", "/admin/content");
  await openTerm(page, "Server");
  await page.getByLabel("Related terms (slugs, separated by commas)").fill("api, no-such-term");
  await expect(saveState(page)).toContainText("Saved");
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "cannot be published yet" })).toBeVisible();
  await expect(page.getByText('The related term "no-such-term" does not exist: remove it.').first()).toBeVisible();
});

test("a post scheduled a minute ahead appears on the blog when the job runner publishes it", async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  await signInByEmail(page, "lead@atelier.example", "/admin/content");
  const title = `Scheduled from the studio ${Date.now()}`;
  await page.goto("/admin/content/post/new");
  await page.getByLabel("Title").fill(title);
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await page.getByLabel("Excerpt (shown on the blog index)").fill("A post that publishes itself a minute from now.");
  await page.getByLabel("Author").fill("Ops, Atelier");
  await page.getByLabel("Text (markdown)", { exact: true }).fill("## Written ahead\n\nThe job runner publishes this.");
  await expect(saveState(page)).toContainText("Saved");

  // In the past: refused.
  const local = (ms: number) =>
    page.evaluate((at) => {
      const d = new Date(at);
      const pad = (n: number) => String(n).padStart(2, "0");
      return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
    }, ms);
  await page.getByLabel(/Date and time/).fill(await local(Date.now() - 120_000));
  await page.getByRole("button", { name: "Schedule", exact: true }).click();
  await expect(page.getByText(/that moment has already passed/)).toBeVisible();

  await page.getByLabel(/Date and time/).fill(await local(Date.now() + 60_000));
  await page.getByRole("button", { name: "Schedule", exact: true }).click();
  await expect(page.getByTestId("schedules")).toContainText("Publishes the latest draft");
  expect(await (await request.get("/blog")).text()).not.toContain(title);

  await expect
    .poll(async () => (await (await request.get("/blog")).text()).includes(title), {
      timeout: 120_000,
      intervals: [2_000],
    })
    .toBe(true);
});

test("changing a slug keeps a permanent redirect from the old address, listed under Redirects", async ({
  page,
  request,
}) => {
  await signInByEmail(page, "studio@atelier.example", "/admin/content");
  await openTerm(page, "Webhook");
  await page.getByLabel("Address (slug)").fill("webhooks-explained");
  await expect(saveState(page)).toContainText("Saved");
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByText("Published — the public page shows it now.")).toBeVisible();

  const old = await request.get("/glossary/webhook", { maxRedirects: 0 });
  expect(old.status()).toBe(308);
  expect(old.headers().location).toMatch(/\/glossary\/webhooks-explained$/);
  const now = await request.get("/glossary/webhook");
  expect(now.url()).toMatch(/\/glossary\/webhooks-explained$/);
  expect(await now.text()).toContain("Webhook");

  await page.goto("/admin/content/redirects");
  await expect(
    page.getByTestId("redirect-row").filter({ has: page.locator('input[value="/glossary/webhook"]') }),
  ).toHaveCount(1);
  await expectNoAxeViolations(page);
});

test("a second admin's stale save is refused with both versions shown", async ({ browser }) => {
  const first = await adminPage(browser, "studio@atelier.example");
  const second = await adminPage(browser, "qa@atelier.example");
  await openTerm(first, "Database");
  await openTerm(second, "Database");

  await first.getByLabel("Pronunciation").fill("[day-tuh-bays], said by the first admin");
  await expect(saveState(first)).toContainText("Saved");

  await second.getByLabel("Pronunciation").fill("[dah-tah-base], said by the second admin");
  await expect(second.getByRole("heading", { name: /Your save was refused/ })).toBeVisible();
  await expect(saveState(second)).toContainText("someone else saved");
  await expect(second.getByTestId("theirs-pronunciation")).toHaveText("[day-tuh-bays], said by the first admin");
  await expect(second.getByTestId("mine-pronunciation")).toHaveText("[dah-tah-base], said by the second admin");
  await second.screenshot({ path: "docs/screenshots/content-studio-conflict.png", fullPage: false });

  await second.getByRole("button", { name: "Use their version" }).click();
  await expect(second.getByLabel("Pronunciation")).toHaveValue("[day-tuh-bays], said by the first admin");
  await expect(second.getByRole("heading", { name: /Your save was refused/ })).toHaveCount(0);
});

test("the content list filters by status, and FAQ entries reorder from the keyboard", async ({ page }) => {
  await signInByEmail(page, "lead@atelier.example", "/admin/content");
  await page.goto("/admin/content?kind=glossary&status=draft");
  await expect(page.getByText(/0 of \d+ shown|Nothing matches/).first()).toBeVisible();
  await page.goto("/admin/content?kind=faq");
  const rows = page.getByTestId("faq-row");
  const firstTitle = (await rows.first().getByRole("link").textContent()) ?? "";
  await page.getByRole("button", { name: `Move "${firstTitle}" down` }).press("Enter");
  await expect(page.getByRole("status").filter({ hasText: `Moved "${firstTitle}" to position 2` })).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("faq-row").nth(1)).toContainText(firstTitle);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: "docs/screenshots/content-studio-faq-order.png", fullPage: false });
});

test("raising a plan's price in the studio changes /pricing for new customers, while a subscriber keeps their price", async ({
  page,
  browser,
}) => {
  test.slow(); // two people and a checkout
  // A client subscribes to Studio, monthly, at today's price.
  const email = `keeper-${Date.now()}@client.example.com`;
  const client = await (await browser.newContext()).newPage();
  await signInByEmail(client, email, "/account");
  await client.goto("/subscribe?plan=studio&interval=MONTH");
  await client.getByRole("button", { name: "Continue to checkout" }).click();
  await client.getByRole("button", { name: "Pay with test card" }).click();
  await expect(client).toHaveURL(/\/portal\/billing\?welcome=1$/);
  await expect(client.getByTestId("subscription-price")).toHaveText("$4,495 / month");

  await signInByEmail(page, "pricing@atelier.example", "/admin/content?kind=plan");
  await page.getByRole("link", { name: "Studio", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Studio" })).toBeVisible();
  await expectEditorAccessible(page);
  const monthly = page.getByLabel("Monthly price (USD)");
  await expect(monthly).toHaveValue("4495");
  // Validation beside the field as you type.
  await monthly.fill("45 dollars");
  await expect(page.getByText("Enter a price in dollars, such as 2495 or 2495.50.")).toBeVisible();
  await monthly.fill("4,995");
  // Before publishing, the editor says what the change does to the people already paying.
  const impact = page.getByTestId("plan-impact");
  await expect(impact).toContainText("The monthly price changes from $4,495 to $4,995 for new subscriptions.");
  await expect(impact).toContainText(/subscribers? paying monthly keeps? the price/);
  await page.screenshot({ path: "test-results/plan-editor.png", fullPage: true });
  await expect(saveState(page)).toContainText("Saved");
  const preview = page.frameLocator('iframe[title="Live preview of the public page"]');
  await expect(preview.getByText("$4,995").first()).toBeVisible();
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByText("Published — the public page shows it now.")).toBeVisible();
  await expect(impact).toBeHidden();

  // New customers see the new price; the subscriber is billed what they signed up for, and is told so.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto("/pricing");
  await expect(visitor.getByText("$4,995").first()).toBeVisible();
  await client.goto("/portal/billing");
  await expect(client.getByTestId("subscription-price")).toContainText("$4,495");
  await expect(client.getByTestId("subscription-price")).toContainText(
    "Your price is kept; the plan is $4,995 for new subscriptions.",
  );
  await client.screenshot({ path: "test-results/plan-price-kept.png", fullPage: true });

  // Put the price back for the other specs, the same way.
  await monthly.fill("4495");
  await expect(saveState(page)).toContainText("Saved");
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByText("Published — the public page shows it now.")).toBeVisible();
  await visitor.goto("/pricing");
  await expect(visitor.getByText("$4,495").first()).toBeVisible();
});
