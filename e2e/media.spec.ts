import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import sharp from "sharp";
import { signInByEmail } from "./support/auth";
import { expectNoAxeViolations } from "./support/axe";
import { trpcMutation } from "./support/trpc";

// SCREENSHOTS=1 also saves the pages to docs/screenshots/ (looked at before they are committed).
const shoot = async (page: Page, name: string) => {
  if (process.env.SCREENSHOTS) await page.screenshot({ path: `docs/screenshots/${name}.png`, fullPage: true });
};

/** One of our mock-ups as an uncompressed PNG (~4.8 MB): big enough that the upload takes a visible while. */
const largePng = () =>
  sharp("public/demo/customers/fernhollow-coffee-after.webp").png({ compressionLevel: 0 }).toBuffer();

/** A one-colour PNG of the given size, as a file to upload. */
const flatPng = async (name: string, width: number, height: number, background: string) => ({
  name,
  mimeType: "image/png",
  buffer: await sharp({ create: { width, height, channels: 3, background } })
    .png()
    .toBuffer(),
});

/** The open dialog alone (the editor behind it has its own checks in content-studio.spec.ts). */
async function expectDialogAccessible(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
    .include('[role="dialog"]')
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/** Every image on the page, scrolled into view, has loaded and says what it shows. */
async function expectImagesLoaded(page: Page, atLeast: number) {
  const images = page.locator("main img");
  const count = await images.count();
  expect(count, `images on ${page.url()}`).toBeGreaterThanOrEqual(atLeast);
  let described = 0;
  for (let i = 0; i < count; i++) {
    const img = images.nth(i);
    await img.scrollIntoViewIfNeeded();
    await expect
      .poll(() => img.evaluate((el: HTMLImageElement) => (el.complete ? el.naturalWidth : 0)), {
        message: `image ${i} on ${page.url()} loads`,
      })
      .toBeGreaterThan(0);
    const alt = (await img.getAttribute("alt")) ?? "";
    // alt="" only for a decorative wordmark beside its own name; everything else is described.
    if (alt.split(/\s+/).length >= 4) described++;
  }
  expect(described, `described images on ${page.url()}`).toBeGreaterThanOrEqual(atLeast);
}

test("public pages show the studio's work: home, services, customer stories, hero redesign, about", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto("/");
  await expect(page.getByRole("img", { name: /landing page and its phone version/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Recent work" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Some of our customers" }).getByRole("img")).toHaveCount(5);
  await expectImagesLoaded(page, 8);
  await shoot(page, "visuals-home-1440");
  await expectNoAxeViolations(page);

  await page.goto("/services");
  await expectImagesLoaded(page, 5);
  await shoot(page, "visuals-services-1440");

  await page.goto("/customers");
  await expectImagesLoaded(page, 5);
  await page.getByRole("link", { name: "Tallyroot" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Tallyroot" })).toBeVisible();
  await expect(page.getByText("Before", { exact: true })).toBeVisible();
  await expect(page.getByRole("img", { name: /old home page/ })).toBeVisible();
  await expect(page.getByRole("img", { name: /new home page/ })).toBeVisible();
  await expectImagesLoaded(page, 2);
  await shoot(page, "visuals-customer-story-1440");
  await expectNoAxeViolations(page);

  await page.goto("/hero-redesign");
  await expect(page.getByRole("heading", { name: "Hero redesigns we have sent" })).toBeVisible();
  await expectImagesLoaded(page, 4);
  await shoot(page, "visuals-hero-redesign-1440");

  await page.goto("/about");
  await expect(page.getByRole("heading", { name: "The team" })).toBeVisible();
  await expectImagesLoaded(page, 4);
  await shoot(page, "visuals-about-1440");

  // Phone width: the same images, nothing wider than the screen.
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto("/");
  await expectImagesLoaded(page, 8);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await shoot(page, "visuals-home-375");

  // Demo mock-ups come as static files in the width the screen needs (library images go through
  // the optimizer: see the next test); the optimizer may resize them too, cached for long.
  const hero = await page.getByRole("img", { name: /landing page and its phone version/ }).getAttribute("srcset");
  expect(hero).toMatch(/\/demo\/home\/hero-800\.webp \d+w/);
  const card = await page.getByRole("img", { name: /design system sheet/ }).getAttribute("srcset");
  expect(card).toMatch(/\/demo\/services\/design-systems-800\.webp \d+w/);
  const optimized = await page.request.get("/_next/image?url=%2Fdemo%2Fservices%2Fdesign-systems.webp&w=640&q=75", {
    headers: { accept: "image/webp" },
  });
  expect(optimized.status()).toBe(200);
  expect(optimized.headers()["content-type"]).toBe("image/webp");
  expect(optimized.headers()["cache-control"]).toMatch(/max-age=31536000/);
});

test("media library: upload with progress, alt text and focal point; an image in use cannot be deleted", async ({
  page,
}) => {
  test.slow(); // the upload is throttled to 1 MB/s so its progress can be seen: ~21 s of the budget
  await signInByEmail(page, "media@atelier.example", "/admin/media");
  await expect(page.getByRole("heading", { name: "Media library" })).toBeVisible();
  await expect(page.getByText("No images yet.")).toBeVisible();
  await expectNoAxeViolations(page);

  // Something that is not an image is refused by content, whatever its name says.
  await page.getByLabel(/Image \(PNG, JPEG or WebP/).setInputFiles({
    name: "logo.png",
    mimeType: "image/png",
    buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'),
  });
  await page.getByLabel("Alt text (required)").fill("Our logo");
  await page.getByRole("button", { name: "Upload" }).click();
  await expect(page.getByText("Only PNG, JPEG and WebP images are accepted")).toBeVisible();

  // A real image: alt text is required before it goes.
  await page.getByLabel(/Image \(PNG, JPEG or WebP/).setInputFiles({
    name: "Fernhollow Shop.png",
    mimeType: "image/png",
    buffer: await largePng(),
  });
  await page.getByLabel("Alt text (required)").fill("");
  await page.getByRole("button", { name: "Upload" }).click();
  await expect(page.getByText("Describe the image for people who cannot see it (alt text).")).toBeVisible();
  await page
    .getByLabel("Alt text (required)")
    .fill("Fernhollow's shop home page with a coffee bag and a subscribe button");

  // The focal point is where one clicks on the image.
  const picker = page.getByTestId("focal-picker");
  const box = await picker.boundingBox();
  if (!box) throw new Error("no focal picker");
  await picker.click({ position: { x: box.width * 0.25, y: box.height * 0.75 } });
  await expect(page.getByTestId("focal-value")).toContainText("25% from the left, 75% from the top");

  // Slow the upload down so its progress can be seen.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 20,
    downloadThroughput: -1,
    uploadThroughput: 1024 * 1024,
  });
  await page.getByRole("button", { name: "Upload" }).click();
  await expect(page.getByRole("button", { name: "Uploading…" })).toBeDisabled();
  const progress = page.getByRole("progressbar", { name: "Upload progress" });
  await expect(progress).toBeVisible();
  await expect.poll(async () => Number(await progress.getAttribute("value")), { timeout: 10_000 }).toBeGreaterThan(0);
  await expect(page.getByText("Added fernhollow-shop.png to the library.")).toBeVisible({ timeout: 20_000 });
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: -1,
  });

  // The details show what the server kept: the alt text and the focal point.
  const details = page.getByTestId("asset-details");
  await expect(details.getByRole("heading", { name: "fernhollow-shop.png" })).toBeVisible();
  await expect(details.getByLabel("Alt text")).toHaveValue(
    "Fernhollow's shop home page with a coffee bag and a subscribe button",
  );
  await expect(details.getByTestId("focal-value")).toContainText("25% from the left, 75% from the top");
  await expect(details.getByText("Not used on any page yet.")).toBeVisible();
  const path = (await details.locator("code").textContent()) ?? "";
  expect(path).toMatch(/^\/media\/[a-z0-9]+\/fernhollow-shop\.png$/);
  const served = await page.request.get(path);
  expect(served.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");

  // Its thumbnail is resized by the optimizer, which keeps the result for a year.
  const thumbnail = page.getByRole("list", { name: "Images" }).getByRole("img").first();
  expect(await thumbnail.getAttribute("srcset")).toMatch(
    /\/_next\/image\?url=%2Fmedia%2F[a-z0-9]+%2Ffernhollow-shop\.png&w=\d+/,
  );
  await expect.poll(() => thumbnail.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBeGreaterThan(0);
  const resized = await page.request.get(`/_next/image?url=${encodeURIComponent(path)}&w=256&q=75`, {
    headers: { accept: "image/webp" },
  });
  expect(resized.headers()["content-type"]).toBe("image/webp");
  expect(resized.headers()["cache-control"]).toMatch(/max-age=31536000/);

  // Search finds it by its alt text; the grid shows its thumbnail.
  await page.getByLabel("Search images").fill("coffee bag");
  await expect(page.getByRole("list", { name: "Images" }).getByRole("button")).toHaveCount(1);
  await page.getByLabel("Search images").fill("nothing like this");
  await expect(page.getByText("No image matches")).toBeVisible();
  await page.getByLabel("Search images").fill("");

  // A blog post starts showing it; deleting is then refused, naming the post.
  const used = await trpcMutation(page.request, "blog.update", {
    slug: "anatomy-of-a-hero-section-that-converts",
    patch: { body: `How we sketch a hero:\n\n![Fernhollow's shop](${path})\n\nThen we test it.` },
  });
  expect(used.status).toBe(200);
  await page.reload();
  await page.getByRole("list", { name: "Images" }).getByRole("button").first().click();
  await expect(details.getByTestId("used-in")).toContainText("the blog post");
  await details.getByRole("button", { name: "Delete image" }).click();
  await expect(page.getByRole("alertdialog")).toContainText("Delete fernhollow-shop.png for good?");
  await page.getByRole("button", { name: "Yes, delete" }).click();
  await expect(details.getByRole("alert")).toContainText("This image is still used in the blog post");
  await shoot(page, "media-library-in-use");

  // Taken out of the post, it can go — after confirming.
  await trpcMutation(page.request, "blog.update", {
    slug: "anatomy-of-a-hero-section-that-converts",
    patch: { body: "How we sketch a hero, then test it." },
  });
  await page.reload();
  await page.getByRole("list", { name: "Images" }).getByRole("button").first().click();
  await expect(details.getByText("Not used on any page yet.")).toBeVisible();
  await details.getByRole("button", { name: "Delete image" }).click();
  await page.getByRole("button", { name: "Keep it" }).click();
  await expect(page.getByRole("list", { name: "Images" }).getByRole("button")).toHaveCount(1);
  await details.getByRole("button", { name: "Delete image" }).click();
  await page.getByRole("button", { name: "Yes, delete" }).click();
  await expect(page.getByText("No images yet.")).toBeVisible();
  expect((await page.request.get(path)).status()).toBe(404);
});

test("an editor picks a library image as a post's cover: alt text comes along, the page shows it, the library names the post", async ({
  page,
  browser,
}) => {
  test.slow(); // two uploads, an autosave, a publish and the public page: a long journey on a busy machine
  const title = "Pricing page patterns that build trust";
  const libraryAlt = "A pricing table with three plans, the middle one highlighted";
  await signInByEmail(page, "media@atelier.example", "/admin/media");
  await page
    .getByLabel(/Image \(PNG, JPEG or WebP/)
    .setInputFiles(await flatPng("Pricing Cover.png", 1200, 630, "#e07a5f"));
  await page.getByLabel("Alt text (required)").fill(libraryAlt);
  await page.getByRole("button", { name: "Upload" }).click();
  await expect(page.getByText("Added pricing-cover.png to the library.")).toBeVisible({ timeout: 20_000 });

  await page.goto(`/admin/content?kind=post&q=${encodeURIComponent("Pricing page")}`);
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const cover = page.getByRole("group", { name: /Cover image/ });
  await expect(cover.getByText("No image")).toBeVisible();
  const choose = cover.getByRole("button", { name: "Choose from library" });

  // The picker is a dialog: Escape closes it and focus goes back to the button that opened it.
  await choose.click();
  const dialog = page.getByRole("dialog", { name: "Choose the cover image" });
  await expect(dialog).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(choose).toBeFocused();

  // Search, choose, and the library's alt text comes along (the field had none).
  await page.keyboard.press("Enter");
  await expect(dialog).toBeVisible();
  await dialog.getByLabel("Search images").fill("pricing table");
  await dialog
    .getByRole("list", { name: "Images" })
    .getByRole("button", { name: /pricing-cover\.png/ })
    .click();
  await expect(dialog.getByLabel("Alt text for this use")).toHaveValue(libraryAlt);
  await page.screenshot({ path: ".data/test-results/media-picker-open.png", fullPage: false });
  await expectDialogAccessible(page);
  await dialog.getByRole("button", { name: "Use this image" }).click();
  await expect(dialog).toBeHidden();
  await expect(choose).toBeFocused();
  const pathInput = cover.getByLabel("Or type a path");
  await expect(pathInput).toHaveValue(/^\/media\/[a-z0-9]+\/pricing-cover\.png$/);
  const path = await pathInput.inputValue();
  await expect(cover.getByLabel("Alt text")).toHaveValue(libraryAlt);
  await expect
    .poll(() => cover.getByTestId("image-thumbnail").evaluate((el: HTMLImageElement) => el.naturalWidth))
    .toBeGreaterThan(0);

  // Alt text the editor wrote is never replaced by choosing again.
  const ownAlt = "Our pricing table: three plans, the middle one picked most";
  await cover.getByLabel("Alt text").fill(ownAlt);
  await choose.click();
  await dialog
    .getByRole("list", { name: "Images" })
    .getByRole("button", { name: /pricing-cover\.png/ })
    .click();
  await expect(dialog.getByLabel("Alt text for this use")).toHaveValue(ownAlt);
  await expect(dialog.getByText("Your alt text is kept.")).toBeVisible();
  await dialog.getByRole("button", { name: "Use this image" }).click();
  await expect(cover.getByLabel("Alt text")).toHaveValue(ownAlt);

  // Autosave and the live preview see the picked image like anything typed.
  await expect(page.getByTestId("save-state")).toContainText("Saved");
  const preview = page.frameLocator('iframe[title="Live preview of the public page"]');
  await expect(preview.getByRole("img", { name: ownAlt })).toHaveAttribute("src", path);

  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByText("Published — the public page shows it now.")).toBeVisible();

  const reader = await browser.newPage();
  await reader.goto("/blog/pricing-page-patterns-that-build-trust");
  const shown = reader.getByRole("img", { name: ownAlt });
  await expect(shown).toHaveAttribute("src", path);
  await expect.poll(() => shown.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBe(1200);
  await reader.close();

  // The library says where the image is used and will not delete it.
  await page.goto("/admin/media");
  await page
    .getByRole("list", { name: "Images" })
    .getByRole("button", { name: /pricing-cover\.png/ })
    .click();
  const details = page.getByTestId("asset-details");
  await expect(details.getByTestId("used-in")).toContainText(`the blog post “${title}”`);
  await details.getByRole("button", { name: "Delete image" }).click();
  await page.getByRole("button", { name: "Yes, delete" }).click();
  await expect(details.getByRole("alert")).toContainText(`This image is still used in the blog post “${title}”`);

  // Remove, then a path outside the library typed by hand: the draft keeps working with it.
  await page.goBack();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await cover.getByRole("button", { name: "Remove" }).click();
  await expect(cover.getByLabel("Or type a path")).toHaveValue("");
  await expect(cover.getByLabel("Alt text")).toHaveValue("");
  await expect(choose).toBeFocused();

  // "Upload new" in the picker is the library's own uploader: the new image lands in the field.
  await choose.click();
  await dialog.getByRole("button", { name: "Upload new" }).click();
  await dialog
    .getByLabel(/Image \(PNG, JPEG or WebP/)
    .setInputFiles(await flatPng("Pricing Sketch.png", 800, 500, "#3d405b"));
  await page.screenshot({ path: ".data/test-results/media-picker-upload.png" });
  await dialog.getByRole("button", { name: "Upload", exact: true }).click();
  await expect(dialog.getByText("Describe the image for people who cannot see it (alt text).")).toBeVisible();
  await dialog.getByLabel("Alt text (required)").fill("A pencil sketch of a pricing page");
  await dialog.getByRole("button", { name: "Upload", exact: true }).click();
  await expect(dialog).toBeHidden({ timeout: 20_000 });
  await expect(cover.getByLabel("Or type a path")).toHaveValue(/^\/media\/[a-z0-9]+\/pricing-sketch\.png$/);
  await expect(cover.getByLabel("Alt text")).toHaveValue("A pencil sketch of a pricing page");
  await cover.screenshot({ path: ".data/test-results/image-field.png" });

  await cover.getByLabel("Or type a path").fill("/demo/services/web-design.webp");
  await cover.getByLabel("Alt text").fill("A two-window site mock-up");
  await expect
    .poll(() => cover.getByTestId("image-thumbnail").evaluate((el: HTMLImageElement) => el.naturalWidth))
    .toBeGreaterThan(0);
  await cover.getByLabel("Or type a path").fill("not a path");
  await expect(cover.getByText("Use a path on this site, such as /media/cover.png.")).toBeVisible();
  await cover.getByLabel("Or type a path").fill("/demo/services/web-design.webp");
  await expect(page.getByTestId("save-state")).toContainText("Saved");
});
