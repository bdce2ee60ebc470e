import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";

const publicPages = [
  "/",
  "/services",
  "/services/web-design",
  "/customers",
  "/customers/tallyroot",
  "/about",
  "/contact",
  "/hero-redesign",
  "/hero-redesign/thanks",
  "/contact/thanks",
  "/glossary",
  "/glossary?letter=C",
  "/glossary/backend",
  "/blog",
  "/blog/why-design-subscriptions-beat-hourly-agencies",
  "/faq",
  "/faq?q=pause",
  "/pricing",
  "/search?q=cache",
  "/no-such-page",
  "/signin",
  "/signin/check-email?email=someone%40example.com",
  "/signin/error?error=Verification",
  "/signout",
];

test.describe("accessibility (axe) on every public page", () => {
  for (const path of publicPages) {
    for (const colorScheme of ["light", "dark"] as const) {
      test(`${path} in ${colorScheme} mode`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await page.goto(path);
        await expect(page.locator("main")).toBeVisible();
        await expectNoAxeViolations(page);
      });
    }
  }
});

test("glossary journey: index → letter → search 'cache' → term → related term", async ({ page }) => {
  await page.goto("/glossary");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  await page
    .getByRole("navigation", { name: "Glossary letters" })
    .getByRole("link", { name: /^C: \d+ terms?$/ })
    .click();
  await expect(page).toHaveURL(/letter=C/);
  const terms = page.getByTestId("glossary-terms");
  await expect(terms.getByRole("link", { name: "Caching" })).toBeVisible();
  await expect(terms.getByRole("link", { name: "Backend" })).toHaveCount(0);

  await page.getByLabel("Search the glossary").fill("cache");
  const results = page.getByTestId("glossary-search-results");
  await expect(results.getByRole("link").first()).toBeVisible();
  await expect(results).toContainText("Caching");
  await results
    .getByRole("link", { name: /Caching/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/glossary\/caching$/);
  await expect(page.getByRole("heading", { level: 1, name: "Caching" })).toBeVisible();

  await page.goto("/glossary/backend");
  await expect(page.getByRole("heading", { level: 1, name: "Backend" })).toBeVisible();
  await expect(page.getByTestId("pronunciation")).toHaveText("[bak-end]");
  await expect(page.getByTestId("definition")).not.toBeEmpty();
  for (const heading of ["Core components", "Common technologies", "Considerations"]) {
    await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
  }
  const related = page.getByTestId("related-terms").getByRole("link");
  expect(await related.count()).toBeGreaterThanOrEqual(3);
  const relatedName = (await related.first().textContent())?.trim() ?? "";
  await related.first().click();
  await expect(page.getByRole("heading", { level: 1, name: relatedName })).toBeVisible();

  // Metadata, Open Graph and the DefinedTerm JSON-LD on the term page.
  await page.goto("/glossary/backend");
  await expect(page).toHaveTitle(/Backend/);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", /Backend/);
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute("content", /opengraph-image/);
  const ogImage = await page.request.get(
    (await page.locator('meta[property="og:image"]').getAttribute("content")) as string,
  );
  expect(ogImage.status()).toBe(200);
  expect(ogImage.headers()["content-type"]).toBe("image/png");
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/glossary\/backend$/);
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent()) ?? "{}");
  expect(jsonLd).toMatchObject({
    "@type": "DefinedTerm",
    name: "Backend",
    inDefinedTermSet: { "@type": "DefinedTermSet" },
  });
});

test("the glossary works with JavaScript disabled", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/glossary");
  await page.getByLabel("Search the glossary").fill("cach");
  await page.getByLabel("Search the glossary").press("Enter");
  await expect(page).toHaveURL(/\/search\?kind=GLOSSARY&q=cach/);
  await expect(page.getByTestId("search-results").getByRole("link", { name: "Caching" })).toBeVisible();
  await context.close();
});

test("search answers odd input with a normal page", async ({ page }) => {
  for (const q of ["", `'":*&|!()`, "x".repeat(500), "<script>alert(1)</script>"]) {
    const response = await page.goto(`/search?q=${encodeURIComponent(q)}`);
    expect(response?.status(), q).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: "Search" })).toBeVisible();
  }
});

test("unknown slugs and out-of-range pages answer gracefully", async ({ page, request }) => {
  for (const path of [
    "/glossary/not-a-term",
    "/blog/not-a-post",
    "/services/nope",
    "/customers/nope",
    "/glossary/%00%3Cx%3E",
  ]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
  }
  await page.goto("/glossary/not-a-term");
  await expect(page.getByRole("heading", { name: "We could not find that page" })).toBeVisible();
  // A page number that does not exist is a 404 too, never page 1 or the last page under its URL.
  for (const p of ["abc", "-1", "0", "1.5", "99999", "9999"]) {
    const response = await request.get(`/blog?page=${p}`);
    expect(response.status(), `/blog?page=${p}`).toBe(404);
  }
  const second = await page.goto("/blog?page=2");
  expect(second?.status()).toBe(200);
  await expect(page.getByText("Page 2 of 2")).toBeVisible();
});

test("feed, sitemap and robots describe the published content", async ({ request }) => {
  const feed = await request.get("/blog/feed.xml");
  expect(feed.headers()["content-type"]).toContain("application/atom+xml");
  expect(await feed.text()).toContain("<entry>");
  const sitemap = await (await request.get("/sitemap.xml")).text();
  expect(sitemap).toContain("/glossary/backend</loc>");
  expect(sitemap).toContain("/blog/why-design-subscriptions-beat-hourly-agencies</loc>");
  expect(await (await request.get("/robots.txt")).text()).toMatch(/Sitemap: .*\/sitemap\.xml/);
});

test("the header carries the studio's navigation at phone width", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto("/");
  await page.getByText("Menu").click();
  const mobile = page.getByRole("navigation", { name: "Mobile" });
  for (const label of [
    "Services",
    "Customers",
    "About Us",
    "Contact Us",
    "Glossary",
    "FAQ",
    "Blog",
    "Manage Billing",
    "View pricing",
    "Get Free Hero Redesign",
  ]) {
    await expect(mobile.getByRole("link", { name: label })).toBeVisible();
  }
});

test("keyboard users can skip to the content and see where focus is", async ({ page }) => {
  await page.goto("/glossary/backend");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
  await page.keyboard.press("Tab");
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
  expect(outline).not.toBe("none");
});
