import { expect, test } from "@playwright/test";
import { solidPng } from "../server/testing/images";
import { signInByEmail } from "./support/auth";
import { expectNoAxeViolations } from "./support/axe";

test("a subscribed client queues requests, reorders them and talks about one", async ({ page }) => {
  const email = `queue-${Date.now()}@client.example.com`;
  await signInByEmail(page, email, "/account");
  await page.goto("/subscribe?plan=starter&interval=MONTH");
  await page.getByRole("button", { name: "Continue to checkout" }).click();
  await page.getByRole("button", { name: "Pay with test card" }).click();
  await expect(page).toHaveURL(/\/portal\/billing\?welcome=1$/);

  await page.goto("/portal/requests");
  await page.getByRole("button", { name: "Add to queue" }).click();
  await expect(page.getByText("give the request a title")).toBeVisible();
  // A file whose content is not what its name says is refused, and the request is not sent.
  await page.getByLabel("Title").fill("Homepage hero");
  await page.getByLabel("Brief (markdown)").fill("Please design the **homepage hero**.");
  await page.getByLabel("Attachments (optional)").setInputFiles({
    name: "contract.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("<html>not a pdf</html>"),
  });
  await page.getByRole("button", { name: "Add to queue" }).click();
  await expect(page.getByTestId("attachment-uploads")).toContainText("not a real PDF");
  await expect(page.getByText("Some files could not be uploaded")).toBeVisible();
  await page.getByRole("button", { name: "Remove contract.pdf" }).click();

  const pdf = (text: string) => Buffer.from(`%PDF-1.7\n% ${text}\n${"x".repeat(400_000)}\n%%EOF\n`);
  const attachments: Record<string, { name: string; mimeType: string; buffer: Buffer }[]> = {
    "Homepage hero": [
      { name: "brand brief.pdf", mimeType: "application/pdf", buffer: pdf("brief") },
      { name: "logo.png", mimeType: "image/png", buffer: solidPng(40, 40, [12, 80, 200]) },
    ],
    "Pricing page": [{ name: "pricing notes.md", mimeType: "text/markdown", buffer: Buffer.from("# Tiers\n- Solo\n") }],
    "Blog template": [{ name: "references.pdf", mimeType: "application/pdf", buffer: pdf("refs") }],
  };
  for (const [title, files] of Object.entries(attachments)) {
    await page.getByLabel("Title").fill(title);
    await page.getByLabel("Brief (markdown)").fill(`Please design the **${title.toLowerCase()}**.`);
    await page.getByLabel("Attachments (optional)").setInputFiles(files);
    await expect(page.getByTestId("attachment-uploads").getByRole("listitem")).toHaveCount(files.length);
    await page.getByRole("button", { name: "Add to queue" }).click();
    await expect(page.getByRole("link", { name: title })).toBeVisible();
    // The form is ready for the next one.
    await expect(page.getByTestId("attachment-uploads")).toHaveCount(0);
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
  // The brief is rendered markdown; the attachments download as what was sent.
  await expect(page.getByRole("region", { name: "Brief" }).locator("strong")).toHaveText("homepage hero");
  await expect(page.getByTestId("attachments").getByRole("link")).toHaveText(["brand brief.pdf", "logo.png"]);
  const brief = await page.request.get(
    (await page.getByRole("link", { name: "brand brief.pdf" }).getAttribute("href")) as string,
  );
  expect(brief.status()).toBe(200);
  expect(brief.headers()["content-type"]).toBe("application/pdf");
  expect(brief.headers()["content-disposition"]).toContain("attachment");
  expect((await brief.body()).equals(attachments["Homepage hero"]?.[0]?.buffer as Buffer)).toBe(true);
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

test("a designer delivers, the client asks for a revision, approves v2, and the next request starts", async ({
  page,
  browser,
  baseURL,
}) => {
  test.slow(); // a designer and a client in two browsers, two uploads and a revision round
  const email = `review-${Date.now()}@client.example.com`;
  await signInByEmail(page, email, "/account");
  await page.goto("/subscribe?plan=starter&interval=MONTH");
  await page.getByRole("button", { name: "Continue to checkout" }).click();
  await page.getByRole("button", { name: "Pay with test card" }).click();
  await expect(page).toHaveURL(/\/portal\/billing\?welcome=1$/);
  await page.goto("/portal/requests");
  const first = `Launch page ${Date.now()}`;
  for (const title of [first, "Social banner"]) {
    await page.getByLabel("Title").fill(title);
    await page.getByLabel("Brief (markdown)").fill("Details in the brief.");
    await page.getByRole("button", { name: "Add to queue" }).click();
    await expect(page.getByRole("link", { name: title })).toBeVisible();
  }

  const studioContext = await browser.newContext({ baseURL });
  const studio = await studioContext.newPage();
  await signInByEmail(studio, "designer@atelier.example", "/admin/requests");
  await studio.getByTestId("request-board").getByRole("link", { name: first }).click();
  await expect(studio.getByTestId("staff-request-status")).toContainText("active");
  // The studio has several designers (the demo history's too): Dario takes this one on.
  await studio.locator("select#assignee").selectOption({ label: "Dario Designer" });
  await studio.reload();
  await expect(studio.locator("select#assignee option:checked")).toHaveText("Dario Designer");
  const deliver = async (file: { name: string; mimeType: string; buffer: Buffer }, note: string) => {
    await studio.getByLabel(/Design file/).setInputFiles(file);
    await studio.getByLabel("Note for the client").fill(note);
    await studio.getByRole("button", { name: "Deliver" }).click();
    await expect(studio.getByTestId("staff-request-status")).toContainText("in review");
  };
  await deliver(
    { name: "design.png", mimeType: "image/png", buffer: solidPng(64, 32, [220, 38, 38]) },
    "First direction",
  );
  await studio.getByLabel("Comment").fill("Client prefers bold type — noted in call.");
  await studio.getByLabel("Internal note (the client never sees it)").check();
  await studio.getByRole("button", { name: "Add" }).click();

  await page.goto("/portal");
  await expect(page.getByTestId("portal-summary")).toContainText("Waiting for your review1");
  // The delivery reached the client in the app (unread count in the header) and by email.
  await expect(page.getByTestId("notification-bell")).toContainText(/Notifications\s*[1-9]/);
  await page.getByTestId("notification-bell").click();
  const reviewNote = page
    .getByTestId("notifications")
    .getByRole("link", { name: new RegExp(`Version 1 of “${first}” is ready for your review`) });
  await expect(reviewNote).toBeVisible();
  await expect(page.getByTestId("notifications")).not.toContainText("bold type");
  await page.goto("/dev/mailbox");
  await expect(
    page.getByRole("link", {
      name: new RegExp(`Version 1 of “${first}” is ready for your review.*to ${email.replace(/[.+]/g, "\\$&")}`),
    }),
  ).toBeVisible();
  await page.goto("/notifications");
  await expect(page.getByRole("checkbox", { name: "Comments by email" })).toBeChecked();
  await expectNoAxeViolations(page);
  // Comments: in the app only, from now on.
  await page.getByRole("checkbox", { name: "Comments by email" }).uncheck();
  await expect(page.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("checkbox", { name: "Comments by email" })).not.toBeChecked();
  await page
    .getByTestId("notifications")
    .getByRole("link", { name: new RegExp(`Version 1 of “${first}”`) })
    .click();
  await expect(page).toHaveURL(/\/portal\/requests\//);
  // Opening the request read what was said about it: nothing else is unread.
  await expect(page.getByTestId("notification-bell")).toHaveAccessibleName("Notifications");
  await expect(page.getByTestId("versions")).toContainText("Version 1");
  await expect(page.getByTestId("comments")).not.toContainText("bold type");
  const download = await page.request.get(
    (await page.getByRole("link", { name: "Version 1" }).getAttribute("href")) as string,
  );
  expect(download.status()).toBe(200);
  expect(download.headers()["content-type"]).toBe("image/png");
  await page.getByLabel("What should change?").fill("Make the headline bigger.");
  await page.getByRole("button", { name: "Ask for a revision" }).click();
  await expect(page.getByTestId("request-status")).toContainText(/revision|active/);

  await studio.reload();
  await expect(studio.getByTestId("staff-request-status")).toContainText("active");
  // The designer who has the request hears about the revision.
  await studio.goto("/notifications");
  await studio
    .getByTestId("notifications")
    .getByRole("link", { name: new RegExp(`Revision requested on “${first}”`) })
    .click();
  await expect(studio.getByTestId("staff-request-status")).toContainText("active");
  // Versions can be any design file, not only images: v2 is a PDF.
  await deliver(
    { name: "launch page v2.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7\n% v2\n%%EOF\n") },
    "Bigger headline",
  );
  await studioContext.close();

  await page.reload();
  // That "PDF" is not a readable one: the viewer says so and offers the download.
  await expect(page.getByTestId("file-card")).toContainText("We can’t preview this file — download it");
  const v2 = await page.request.get(
    (await page.getByRole("link", { name: "Version 2" }).getAttribute("href")) as string,
  );
  expect(v2.headers()["content-type"]).toBe("application/pdf");
  expect(v2.headers()["content-disposition"]).toContain('filename="launch page v2.pdf"');
  await page.getByRole("button", { name: "Approve version 2" }).click();
  await expect(page.getByTestId("request-status")).toContainText("done");
  await expect(page.getByTestId("history")).toContainText("in review → done");
  // Every file of the workspace in one place.
  await page.getByRole("navigation", { name: "Portal" }).getByRole("link", { name: "Files" }).click();
  const files = page.getByTestId("workspace-files");
  await expect(files.getByRole("row").filter({ hasText: "launch page v2.pdf" })).toContainText("Version 2");
  await expect(files.getByRole("row").filter({ hasText: "design.png" })).toContainText("Version 1");
  await page.goto("/portal/requests");
  await expect(page.getByTestId("in-progress")).toContainText("Social banner");
});
