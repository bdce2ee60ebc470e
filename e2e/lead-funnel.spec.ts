import { expect, test } from "@playwright/test";
import { solidPng } from "../server/testing/images";
import { openLatestEmail, signInByEmail } from "./support/auth";
import { expectNoAxeViolations } from "./support/axe";

// The forms refuse submits faster than a person types; wait past that before sending.
const pastMinimumFillTime = () => new Promise((r) => setTimeout(r, 2_700));

test("free hero redesign: request, claim, upload, deliver, view and start a subscription", async ({
  page,
  browser,
  baseURL,
}) => {
  const email = `hero-${Date.now()}@northwind-outfitters.com`;
  await page.goto("/");
  await page.getByRole("banner").getByRole("link", { name: "Get Free Hero Redesign" }).first().click();
  await expect(page).toHaveURL(/\/hero-redesign$/);

  // A local address is refused with a message next to the field.
  await page.getByLabel("Website address").fill("http://127.0.0.1/admin");
  await page.getByLabel("Your name").fill("Nora");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("More sign-ups or demo requests").check();
  await pastMinimumFillTime();
  await page.getByRole("button", { name: "Get my free redesign" }).click();
  await expect(page.getByText("Enter the public address of your website")).toBeVisible();

  await page.getByLabel("Website address").fill("northwind-outfitters.com");
  await page.getByRole("button", { name: "Get my free redesign" }).click();
  await expect(page.getByRole("heading", { name: "You are in the queue" })).toBeVisible();

  // The designer, in a second browser, claims it, uploads before/after and delivers.
  const designerContext = await browser.newContext({ baseURL });
  const designer = await designerContext.newPage();
  await signInByEmail(designer, "designer@atelier.example", "/admin/hero-redesigns");
  const card = designer.getByTestId("hero-queue").locator("li").filter({ hasText: email });
  await card.getByRole("button", { name: "Claim" }).click();
  await card
    .getByLabel(/before image/i)
    .setInputFiles({ name: "before.png", mimeType: "image/png", buffer: solidPng(640, 240, [226, 232, 240]) });
  await expect(card.getByText("Before image attached ✓")).toBeVisible();
  // A file that only pretends to be a PNG is refused by content.
  await card.getByLabel(/after image/i).setInputFiles({
    name: "after.png",
    mimeType: "image/png",
    buffer: Buffer.from("<html><script>alert(1)</script></html>"),
  });
  await expect(card.getByText("Only PNG, JPEG and WebP images are accepted")).toBeVisible();
  await card
    .getByLabel(/after image/i)
    .setInputFiles({ name: "after.png", mimeType: "image/png", buffer: solidPng(640, 240, [79, 70, 229]) });
  await expect(card.getByText("After image attached ✓")).toBeVisible();
  await card.getByRole("button", { name: "Mark delivered" }).click();
  await expect(card.getByText("Delivered — the lead was emailed.")).toBeVisible();
  await designerContext.close();

  // The visitor opens the link from the email and sees the redesign.
  await openLatestEmail(page, email, /is ready/);
  await page.getByRole("link", { name: /\/hero-redesign\/status\// }).click();
  await expect(page.getByRole("heading", { name: "Your hero redesign" })).toBeVisible();
  await expect(page.getByTestId("hero-steps").locator('[aria-current="step"]')).toHaveText("Delivered");
  const images = page.getByTestId("before-after").locator("img");
  await expect(images).toHaveCount(2);
  for (const img of await images.all()) {
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBe(640);
  }
  await expectNoAxeViolations(page);
  await page.getByLabel("Compare before and after").fill("80");
  // "Before" is left of the slider: the current hero covers the left 80%, the redesign shows right.
  const beforeLayer = page.getByTestId("before-layer");
  await expect(beforeLayer.getByRole("img")).toHaveAccessibleName("Your current hero section");
  await expect(beforeLayer).toHaveAttribute("style", /inset\(0(px)? 20% 0(px)? 0(px)?\)/);
  await page.getByRole("link", { name: "Start subscription" }).click();
  await expect(page).toHaveURL(/\/pricing\?ref=hero_[a-z0-9]+$/);
  await expect(page.getByTestId("attribution")).toBeVisible();
  await expect(page.getByRole("link", { name: "Start with Studio" })).toHaveAttribute("href", /ref=hero_/);
});

test("a contact message lands on the staff board and moves through the stages", async ({ page, browser, baseURL }) => {
  const name = `Ana ${Date.now()}`;
  await page.goto("/contact");
  await page.getByRole("button", { name: "Send message" }).click();
  await expect(page.getByText("enter your name")).toBeVisible();
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill("ana@shop.example.com");
  await page.getByLabel("Company").fill("Shop & Co");
  await page.getByLabel("What are you working on?").fill("A new product page before our spring launch.");
  await pastMinimumFillTime();
  await page.getByRole("button", { name: "Send message" }).click();
  await expect(page.getByRole("heading", { name: "Thanks — we got your message" })).toBeVisible();

  const adminContext = await browser.newContext({ baseURL });
  const admin = await adminContext.newPage();
  await signInByEmail(admin, "admin@atelier.example", "/admin/leads");
  const board = admin.getByTestId("lead-board");
  const card = board.locator("li").filter({ hasText: name });
  await expect(board.locator('[data-stage="NEW"]').locator("li").filter({ hasText: name })).toBeVisible();
  // Drag and drop to Contacted…
  // Onto the column's heading: with the seeded history a column is taller than the screen.
  await card.dragTo(board.locator('[data-stage="CONTACTED"]'), { targetPosition: { x: 40, y: 16 } });
  await expect(board.locator('[data-stage="CONTACTED"]').locator("li").filter({ hasText: name })).toBeVisible();
  // …and with the keyboard-friendly select to Qualified.
  await board.locator("li").filter({ hasText: name }).getByLabel(`Stage of ${name}`).selectOption("QUALIFIED");
  await expect(board.locator('[data-stage="QUALIFIED"]').locator("li").filter({ hasText: name })).toBeVisible();

  await board.getByRole("link", { name }).click();
  await admin.getByLabel("Add a note").fill("Call booked for Tuesday.");
  await admin.getByRole("button", { name: "Add note" }).click();
  await expect(admin.getByTestId("lead-notes")).toContainText("Call booked for Tuesday.");
  await admin.getByLabel("Owner").selectOption({ label: "Dario Designer" });
  await expect(admin.getByLabel("Owner")).toBeEnabled();
  // After a reload the owner select shows who was saved (it used to say "Nobody").
  await admin.reload();
  await expect(admin.getByLabel("Owner").locator("option:checked")).toHaveText("Dario Designer");
  await expect(admin.getByTestId("stage-history")).toContainText("new → contacted");
  await expect(admin.getByTestId("stage-history")).toContainText("contacted → qualified");

  await admin.goto("/admin/leads");
  await admin.getByRole("button", { name: "List" }).click();
  await admin.getByLabel("Search").fill("Shop & Co");
  await expect(admin.getByTestId("lead-list")).toContainText(name);
  const csv = await admin.request.get("/api/admin/leads.csv?q=Shop");
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(await csv.text()).toContain(name);
  await adminContext.close();
});
