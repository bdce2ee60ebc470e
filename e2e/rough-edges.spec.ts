import { expect, type Page, test } from "@playwright/test";
import { signInByEmail } from "./support/auth";
import { trpcMutation } from "./support/trpc";

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

test("long names, titles, emails and file names wrap: no page scrolls sideways, on a laptop or a phone", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const longName = `Maximiliana${"x".repeat(109)}`; // 120 characters, the field's limit, no spaces
  const longTitle = `Homepage${"-redesign".repeat(16)}`.slice(0, 160);
  const email = `${"long".repeat(12)}-${stamp}@client.example.com`;
  await signInByEmail(page, email, "/account");
  await page.goto("/subscribe?plan=starter&interval=MONTH");
  await page.getByRole("button", { name: "Continue to checkout" }).click();
  await page.getByRole("button", { name: "Pay with test card" }).click();
  await expect(page).toHaveURL(/\/portal\/billing\?welcome=1$/);
  expect((await trpcMutation(page.request, "account.update", { name: longName })).status).toBe(200);

  await page.goto("/portal/requests");
  await page.getByLabel("Title").fill(longTitle);
  await page.getByLabel("Brief (markdown)").fill(`See ${"https://example.com/".padEnd(200, "a")}`);
  await page.getByLabel("Attachments (optional)").setInputFiles({
    name: `${"brand-guidelines-".repeat(8)}final.pdf`,
    mimeType: "application/pdf",
    buffer: Buffer.from("%PDF-1.7\n% brief\n%%EOF\n"),
  });
  await page.getByRole("button", { name: "Add to queue" }).click();
  await page.getByRole("link", { name: longTitle }).click();
  await page.getByLabel("Add a comment").fill(`Thoughts:${"y".repeat(300)}`);
  await page.getByRole("button", { name: "Send" }).click();
  await expect(page.getByTestId("comments")).toContainText("Thoughts:");
  const requestPath = new URL(page.url()).pathname;

  // A lead whose name and email are as long as the contact form allows.
  await page.goto("/contact");
  const opened = Date.now();
  await page.getByLabel("Name", { exact: true }).fill(longName);
  await page.getByLabel("Email").fill(`lead-${"z".repeat(50)}-${stamp}@prospect.example.com`);
  await page.getByLabel("What are you working on?").fill("We would like a new site.");
  // A person takes a few seconds over a form; faster than 2.5 s is refused as a bot.
  await page.waitForTimeout(Math.max(0, 3_000 - (Date.now() - opened)));
  await page.getByRole("button", { name: "Send message" }).click();
  await expect(page).toHaveURL(/\/contact\/thanks/);

  // Pages in the app shell keep a live-updates stream open, so the network never goes idle: a page
  // has settled once it has loaded and no skeleton or busy region is left.
  const settled = async (target: Page) => {
    await target.waitForLoadState("load");
    await expect(target.locator('.animate-pulse, [aria-busy="true"]')).toHaveCount(0);
  };
  const wide = (label: string) => async (target: Page) => {
    const { scroll, client } = await target.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(scroll, `${label} at ${client}px`).toBeLessThanOrEqual(client);
  };
  const clientPaths = ["/portal", "/portal/requests", requestPath, "/portal/files", "/account", "/notifications"];
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    for (const path of clientPaths) {
      await page.goto(path);
      await settled(page);
      await wide(path)(page);
    }
  }

  const staff = await browser.newPage();
  await signInByEmail(staff, "qa@atelier.example", "/admin");
  const adminRequest = requestPath.replace("/portal/", "/admin/");
  for (const width of [1280, 390]) {
    await staff.setViewportSize({ width, height: 900 });
    for (const path of ["/admin", "/admin/users", "/admin/requests", adminRequest, "/admin/leads", "/admin/audit"]) {
      await staff.goto(path);
      await settled(staff);
      await wide(path)(staff);
      if (path === "/admin/leads" && width === 1280) {
        // All five stages fit beside each other; none is cut off behind a scrollbar.
        const board = staff.getByTestId("lead-board");
        const { scroll, client } = await board.evaluate((b) => ({ scroll: b.scrollWidth, client: b.clientWidth }));
        expect(scroll, "lead board at 1280px").toBeLessThanOrEqual(client);
        await expect(board.getByRole("heading", { name: /^Lost/ })).toBeInViewport();
      }
    }
  }
  await staff.close();
});

test("an unknown or foreign request id says 'not found' at once, not an endless skeleton", async ({ page }) => {
  // Signed in, but without a workspace yet: no request can be found.
  await signInByEmail(page, `lost-${Date.now()}@client.example.com`, "/account");
  await page.goto("/portal/requests/cnotarealrequestid000000");
  await expect(page.getByRole("heading", { name: "Request not found" })).toBeVisible({ timeout: 4_000 });

  // With a workspace: an id that is not theirs gets the same answer, without retrying for seconds.
  await page.goto("/subscribe?plan=starter&interval=MONTH");
  await page.getByRole("button", { name: "Continue to checkout" }).click();
  await page.getByRole("button", { name: "Pay with test card" }).click();
  await expect(page).toHaveURL(/\/portal\/billing\?welcome=1$/);
  await page.goto("/portal/requests/cnotarealrequestid000000");
  await expect(page.getByRole("heading", { name: "Request not found" })).toBeVisible({ timeout: 4_000 });
  await page.getByRole("link", { name: "See your requests" }).click();
  await expect(page).toHaveURL(/\/portal\/requests$/);
});

test("the API token page clears the name after creating and copies the new token", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await signInByEmail(page, `copy-${Date.now()}@example.com`, "/account/tokens");
  await page.getByLabel("Name").fill("deploy script");
  await page.getByRole("button", { name: "Create token" }).click();
  const token = (await page.getByTestId("new-token").textContent())?.trim() ?? "";
  expect(token).toMatch(/^atl_/);
  await expect(page.getByLabel("Name")).toHaveValue("");
  await page.getByRole("button", { name: "Copy token" }).click();
  await expect(page.getByRole("button", { name: "Copied" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(token);
});

test("/pricing promises only what is true: no banner for an unknown ref, no Slack channel", async ({ page }) => {
  await page.goto("/pricing?ref=hero_doesnotexist1234");
  await expect(page.getByTestId("plans")).toBeVisible();
  await expect(page.getByTestId("attribution")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Start with Studio" })).not.toHaveAttribute("href", /ref=/);
  await page.goto("/pricing?ref=<script>");
  await expect(page.getByTestId("attribution")).toHaveCount(0);
  for (const path of ["/pricing", "/faq"]) {
    await page.goto(path);
    await expect(page.locator("main")).not.toContainText(/slack/i);
  }
});
