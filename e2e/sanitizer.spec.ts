import { expect, test } from "@playwright/test";
import { signInByEmail } from "./support/auth";
import { trpcMutation } from "./support/trpc";

const payload = [
  "Safe text <script>window.__pwned = 'script'</script>",
  '<img src="x" onerror="window.__pwned = \'onerror\'">',
  "[click me](javascript:window.__pwned='link')",
  "<a href=\"javascript:window.__pwned='anchor'\">anchor</a>",
  "<svg onload=\"window.__pwned='svg'\"></svg>",
].join("\n\n");

test("stored script payloads in content render inert in the browser", async ({ page }) => {
  await signInByEmail(page, "admin@atelier.example");
  const term = await trpcMutation(page.request, "glossary.update", {
    slug: "typography",
    patch: {
      summary: "<script>window.__pwned='summary'</script>Typography is the craft of arranging type.",
      sections: [{ heading: "Payloads <img src=x onerror=alert(1)>", body: payload }],
    },
  });
  expect(term.status).toBe(200);
  const post = await trpcMutation(page.request, "blog.update", {
    slug: "how-to-write-a-design-brief",
    patch: { body: `## Brief\n\n${payload}` },
  });
  expect(post.status).toBe(200);

  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });

  for (const path of ["/glossary/typography", "/blog/how-to-write-a-design-brief"]) {
    await page.goto(path);
    await expect(page.getByText("Safe text")).toBeVisible();
    const article = page.locator("article");
    // The only script inside the article is the JSON-LD block.
    await expect(article.locator("script:not([type='application/ld+json'])")).toHaveCount(0);
    await expect(article.locator("[onerror], [onload]")).toHaveCount(0);
    await expect(article.locator("a[href^='javascript:' i]")).toHaveCount(0);
    await expect(article.locator("svg")).toHaveCount(0);
    // Clicking what is left of the links does nothing harmful.
    for (const link of await article.getByRole("link", { name: /click me|anchor/ }).all())
      await link.click({ trial: true });
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
  }
  // Text that looked like markup in plain fields is shown as text, not executed.
  await page.goto("/glossary/typography");
  await expect(page.getByTestId("definition")).toContainText("<script>");
  expect(dialogs).toEqual([]);
});
