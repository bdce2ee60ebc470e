import { type Browser, expect, type Page, test } from "@playwright/test";
import { solidPng } from "../server/testing/images";
import { signInByEmail } from "./support/auth";
import { expectNoAxeViolations } from "./support/axe";

// Two people in two browsers, each signing in by email: more than the default 30 s on a busy machine.
test.describe.configure({ timeout: 90_000 });

const stamp = () => `${Date.now()}-${Math.floor(Math.random() * 1e4)}`;

/** A new subscribed client with one request; returns the request page's URL. */
async function clientWithRequest(page: Page, title: string) {
  await signInByEmail(page, `live-${stamp()}@client.example.com`, "/account");
  await page.goto("/subscribe?plan=starter&interval=MONTH");
  await page.getByRole("button", { name: "Continue to checkout" }).click();
  await page.getByRole("button", { name: "Pay with test card" }).click();
  await expect(page).toHaveURL(/\/portal\/billing\?welcome=1$/);
  await page.goto("/portal/requests");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Brief (markdown)").fill("A page that updates by itself.");
  await page.getByRole("button", { name: "Add to queue" }).click();
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByTestId("request-status")).toContainText("active");
  return page.url();
}

async function staffPage(browser: Browser, baseURL: string | undefined, email: string, path: string) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signInByEmail(page, email, path);
  return page;
}

/** Marks the document: if the page reloads, the mark is gone. */
const markDocument = (page: Page) => page.evaluate(() => Object.assign(window, { liveMark: "still here" }));
const expectNoReload = async (page: Page) =>
  expect(await page.evaluate(() => (window as unknown as { liveMark?: string }).liveMark)).toBe("still here");

const unreadOf = async (page: Page) => {
  const label = (await page.getByTestId("notification-bell").getAttribute("aria-label")) ?? "";
  return Number(/(\d+) unread/.exec(label)?.[1] ?? 0);
};

test("a designer's comment and delivery reach the client's open request page and bell without a reload", async ({
  page,
  browser,
  baseURL,
}) => {
  const title = `Live hero ${stamp()}`;
  const requestUrl = await clientWithRequest(page, title);
  const requestPath = new URL(requestUrl).pathname;
  const requestId = requestPath.split("/").pop() as string;
  await expect(page.getByTestId("live-updates")).toHaveAttribute("data-state", "live");
  // Opening the request read what was said about it ("work has started"): the bell is at zero.
  await expect(page.getByTestId("notification-bell")).toHaveAttribute("aria-label", "Notifications");
  await markDocument(page);

  const studio = await staffPage(browser, baseURL, "designer@atelier.example", `/admin/requests/${requestId}`);
  await expect(studio.getByTestId("live-updates")).toHaveAttribute("data-state", "live");
  await studio.getByLabel("Comment").fill("Morning! First sketches are on the way.");
  await studio.getByRole("button", { name: "Add" }).click();
  await expect(studio.getByTestId("comments")).toContainText("First sketches");

  await expect(page.getByTestId("comments")).toContainText("Morning! First sketches are on the way.");
  await expect(page.getByTestId("notification-bell")).toHaveAttribute("aria-label", "Notifications, 1 unread");

  // An internal note changes nothing the client can see, and never reaches their page.
  await studio.getByLabel("Comment").fill("Between us: they liked the blue one.");
  await studio.getByLabel("Internal note (the client never sees it)").check();
  await studio.getByRole("button", { name: "Add" }).click();
  await expect(studio.getByTestId("comments")).toContainText("they liked the blue one");

  await studio.getByLabel(/Design file/).setInputFiles({
    name: "hero-v1.png",
    mimeType: "image/png",
    buffer: solidPng(64, 32, [37, 99, 235]),
  });
  await studio.getByLabel("Note for the client").fill("First direction");
  await studio.getByRole("button", { name: "Deliver" }).click();
  await expect(studio.getByTestId("staff-request-status")).toContainText("in review");

  await expect(page.getByTestId("request-status")).toContainText("in review");
  await expect(page.getByTestId("versions")).toContainText("Version 1");
  await expect(page.getByTestId("notification-bell")).toHaveAttribute("aria-label", "Notifications, 2 unread");
  await expect(page.getByTestId("comments")).not.toContainText("liked the blue one");
  await expectNoReload(page);
  await page.screenshot({ path: "docs/screenshots/live-updates-client-request.png", fullPage: false });
  await expectNoAxeViolations(page);

  // The client answers; the designer's page shows it, again without a reload.
  await markDocument(studio);
  await page.getByLabel("Add a comment").fill("Love it — can we try a darker blue?");
  await page.getByRole("button", { name: "Send" }).click();
  await expect(studio.getByTestId("comments")).toContainText("darker blue");
  await expectNoReload(studio);
  await studio.context().close();
});

test("a request a client creates appears on the board an admin has open", async ({ page, browser, baseURL }) => {
  const admin = await staffPage(browser, baseURL, "qa@atelier.example", "/admin/requests");
  const board = admin.getByTestId("request-board");
  await expect(board).toBeVisible();
  await expect(admin.getByTestId("live-updates")).toHaveAttribute("data-state", "live");
  await markDocument(admin);

  const title = `Board live ${stamp()}`;
  await clientWithRequest(page, title);

  await expect(board.getByRole("link", { name: title })).toBeVisible();
  await expectNoReload(admin);
  await admin.screenshot({ path: "docs/screenshots/live-updates-board.png", fullPage: false });
  await admin.context().close();
});

test("when the stream cannot be opened the page polls instead, and still shows a new comment", async ({
  page,
  browser,
  baseURL,
}) => {
  const title = `Polling ${stamp()}`;
  const requestUrl = await clientWithRequest(page, title);
  const requestId = new URL(requestUrl).pathname.split("/").pop() as string;
  // A proxy that refuses streams: from now on every attempt to open one fails.
  let attempts = 0;
  await page.route("**/api/live", (route) => {
    attempts++;
    return route.fulfill({ status: 502, body: "Bad gateway" });
  });
  await page.reload();
  await expect(page.getByTestId("live-updates")).toHaveAttribute("data-state", "polling");
  await markDocument(page);

  const studio = await staffPage(browser, baseURL, "mina@atelier.example", `/admin/requests/${requestId}`);
  await studio.getByLabel("Comment").fill("Polling works too.");
  await studio.getByRole("button", { name: "Add" }).click();
  await expect(studio.getByTestId("comments")).toContainText("Polling works too.");

  await expect(page.getByTestId("comments")).toContainText("Polling works too.", { timeout: 30_000 });
  expect(await unreadOf(page)).toBeGreaterThanOrEqual(1);
  await expectNoReload(page);
  // It kept trying the stream, backing off: a handful of attempts, not one a second.
  expect(attempts).toBeGreaterThanOrEqual(2);
  expect(attempts).toBeLessThan(10);
  await studio.context().close();
});
