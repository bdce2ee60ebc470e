import { expect, type Locator, type Page, test } from "@playwright/test";
import { solidPng } from "../server/testing/images";
import { signInByEmail } from "./support/auth";
import { expectNoAxeViolations } from "./support/axe";
import { simplePdf } from "./support/pdf";

const screenshots = "docs/screenshots";
/** The sticky site header would cover the top of element screenshots. */
const unstick = "header { position: static !important; }";

/** Clicks (or drags between) points given as fractions of the element's box. */
async function pointAt(page: Page, target: Locator, from: [number, number], to?: [number, number]) {
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  if (!box) throw new Error("the design is not on screen");
  const at = ([x, y]: [number, number]) => [box.x + x * box.width, box.y + y * box.height] as const;
  await page.mouse.move(...at(from));
  await page.mouse.down();
  if (to) await page.mouse.move(...at(to), { steps: 8 });
  await page.mouse.up();
}

test("proofing: pins on v1, a reply and a resolve, a revision that lists the open pins, v2 with pins carried over, compare and approve", async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const email = `proofing-${Date.now()}@client.example.com`;
  await signInByEmail(page, email, "/account");
  await page.goto("/subscribe?plan=starter&interval=MONTH");
  await page.getByRole("button", { name: "Continue to checkout" }).click();
  await page.getByRole("button", { name: "Pay with test card" }).click();
  await expect(page).toHaveURL(/\/portal\/billing\?welcome=1$/);
  await page.goto("/portal/requests");
  const title = `Proofing hero ${Date.now()}`;
  // (Once the form answers, it is ready: an empty one is refused next to its field.)
  await page.getByRole("button", { name: "Add to queue" }).click();
  await expect(page.getByText("give the request a title")).toBeVisible();
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Brief (markdown)").fill("A hero for the spring launch.");
  await page.getByRole("button", { name: "Add to queue" }).click();
  await page.getByRole("link", { name: title }).click();
  // It started with a designer on it (the least busy one: the rule is tested in activation.int.test.ts), and says so.
  await expect(page.getByTestId("request-designer")).toHaveText(/^Designer: \S/);
  const startedWith = ((await page.getByTestId("request-designer").textContent()) ?? "").replace("Designer: ", "");

  const studioContext = await browser.newContext({ baseURL, viewport: { width: 1400, height: 1000 } });
  const studio = await studioContext.newPage();
  await signInByEmail(studio, "designer@atelier.example", "/admin/requests");
  await studio.getByTestId("request-board").getByRole("link", { name: title }).click();
  await expect(studio.getByTestId("staff-request-status")).toContainText("active");
  // The designer select shows the saved assignee, also after a reload.
  await studio.reload();
  const assignee = studio.locator("select#assignee");
  await expect(assignee).toHaveValue(/.+/);
  await expect(assignee.locator("option:checked")).toHaveText(startedWith);
  // Dario takes it on himself.
  await assignee.selectOption({ label: "Dario Designer" });
  await studio.reload();
  await expect(studio.locator("select#assignee option:checked")).toHaveText("Dario Designer");
  const deliver = async (file: { name: string; mimeType: string; buffer: Buffer }, note: string) => {
    await studio.getByLabel(/Design file/).setInputFiles(file);
    await studio.getByLabel("Note for the client").fill(note);
    await studio.getByRole("button", { name: "Deliver" }).click();
    await expect(studio.getByTestId("staff-request-status")).toContainText("in review");
  };
  await deliver(
    { name: "hero v1.png", mimeType: "image/png", buffer: solidPng(800, 450, [37, 99, 235]) },
    "First take",
  );

  // An internal pin: staff only.
  const staffSurface = studio.getByTestId("pin-surface");
  await expect(studio.getByRole("img", { name: "Version 1 of the design" })).toBeVisible();
  await pointAt(studio, staffSurface, [0.9, 0.85]);
  await studio.getByLabel("Comment on this point").fill("Their brand font is not licensed for the web");
  await studio.getByLabel("Internal pin (the client never sees it)").check();
  await studio.getByRole("button", { name: "Pin comment" }).click();
  await expect(studio.getByTestId("pin-list")).toContainText("Internal 1");

  // The board shows a thumbnail of the latest version, made by the server.
  await studio.goto("/admin/requests");
  const card = studio.getByTestId("request-board").getByRole("listitem").filter({ hasText: title });
  const thumb = card.locator("img");
  await expect(thumb).toBeVisible();
  const thumbnail = await studio.request.get((await thumb.getAttribute("src")) as string);
  expect(thumbnail.headers()["content-type"]).toBe("image/webp");
  // Previews follow the download rule: nobody signed in gets nothing.
  const anonymous = await browser.newContext({ baseURL });
  expect((await anonymous.request.get((await thumb.getAttribute("src")) as string)).status()).toBe(404);
  await anonymous.close();

  // The client opens v1 in the viewer and pins three comments: a point, an area, and one by keyboard.
  await page.reload();
  const viewer = page.getByTestId("proofing-viewer");
  await expect(viewer.getByRole("img", { name: "Version 1 of the design" })).toBeVisible();
  const surface = viewer.getByTestId("pin-surface");
  await pointAt(page, surface, [0.2, 0.3]);
  await page.getByLabel("Comment on this point").fill("Make the logo bigger");
  await page.getByRole("button", { name: "Pin comment" }).click();
  await expect(viewer.getByTestId("pin-thread")).toHaveCount(1);
  await pointAt(page, surface, [0.5, 0.5], [0.8, 0.75]);
  await page.getByLabel("Comment on this area").fill("Warmer colours in this area");
  await page.getByRole("button", { name: "Pin comment" }).click();
  await expect(viewer.getByTestId("pin-thread")).toHaveCount(2);
  await surface.focus();
  for (const key of ["ArrowLeft", "ArrowLeft", "ArrowLeft", "ArrowUp", "ArrowUp"]) await page.keyboard.press(key);
  await page.keyboard.press("Shift+ArrowRight");
  await page.keyboard.press("Enter");
  await page.keyboard.type("Menu items need more space");
  await page.getByRole("button", { name: "Pin comment" }).click();
  const threads = viewer.getByTestId("pin-thread");
  await expect(threads).toHaveCount(3);
  await expect(threads.locator("button").filter({ hasText: /^#\d$/ })).toHaveText(["#1", "#2", "#3"]);
  await expect(viewer.getByTestId("pin-mark")).toHaveCount(3);
  // The keyboard pin sits where the cursor was: 0.5 − 3×0.02 + 0.1 across, 0.5 − 2×0.02 down.
  const keyboardPin = viewer.getByRole("button", { name: /^Pin 3:/ });
  const [pinBox, surfaceBox] = [await keyboardPin.boundingBox(), await surface.boundingBox()];
  if (!pinBox || !surfaceBox) throw new Error("pins are not on screen");
  expect((pinBox.x + pinBox.width / 2 - surfaceBox.x) / surfaceBox.width).toBeCloseTo(0.54, 1);
  expect((pinBox.y + pinBox.height / 2 - surfaceBox.y) / surfaceBox.height).toBeCloseTo(0.46, 1);
  // Internal pins never reach the client, not even through the API the page uses.
  const mine = await page.request.get("/api/trpc/workspace.mine");
  const workspaceId = ((await mine.json()) as { result: { data: { json: { activeWorkspaceId: string } } } }).result.data
    .json.activeWorkspaceId;
  expect(workspaceId).toBeTruthy();
  const requestId = page.url().split("/").pop() as string;
  const internal = await page.request.get(
    `/api/trpc/annotations.list?input=${encodeURIComponent(JSON.stringify({ json: { workspaceId, requestId } }))}`,
  );
  const listed = JSON.stringify(await internal.json());
  expect(listed).toContain("Make the logo bigger");
  expect(listed).not.toContain("brand font");
  await expect(page.getByText("brand font")).toHaveCount(0);
  await expect(viewer.getByTestId("pin-thread")).toHaveCount(3);
  await expectNoAxeViolations(page);
  await viewer.scrollIntoViewIfNeeded();
  await viewer.screenshot({ path: `${screenshots}/proofing-viewer-pins.png`, style: unstick });

  // The designer answers pin #1 and resolves it.
  await studio.goto(`/admin/requests/${requestId}`);
  const pin1 = studio
    .getByTestId("pin-thread")
    .filter({ has: studio.getByRole("button", { name: "#1", exact: true }) });
  await pin1.getByRole("button", { name: "Reply" }).click();
  await pin1.getByLabel("Reply to #1").fill("Done in the next version");
  await pin1.getByRole("button", { name: "Send reply" }).click();
  await expect(pin1).toContainText("Done in the next version");
  await pin1.getByRole("button", { name: "Resolve" }).click();
  await expect(pin1).toContainText("resolved");
  await studio
    .getByTestId("proofing-viewer")
    .screenshot({ path: `${screenshots}/proofing-viewer-staff.png`, style: unstick });

  // The client asks for a revision: the open pins (#2, #3) are listed in it; the resolved one is not.
  await page.reload();
  const answered = viewer.getByTestId("pin-thread").first();
  await expect(answered).toContainText("resolved");
  await expect(answered).toContainText("Done in the next versionDario Designer (Atelier)");
  await expect(page.getByText("Your 2 open pins will be listed in the revision request.")).toBeVisible();
  await page.getByRole("button", { name: "Ask for a revision" }).click();
  const revision = page.getByTestId("comments").getByRole("listitem").last();
  await expect(revision).toContainText("#2 (v1): Warmer colours in this area");
  await expect(revision).toContainText("#3 (v1): Menu items need more space");
  await expect(revision).not.toContainText("logo bigger");
  await expect(revision).not.toContainText("brand font");

  // v2 (a PDF) arrives; the open pins are carried over.
  await studio.reload();
  await deliver({ name: "hero v2.pdf", mimeType: "application/pdf", buffer: simplePdf(800, 450) }, "Warmer, roomier");
  await studioContext.close();
  await page.reload();
  // The new version is the one shown.
  await expect(viewer.getByLabel("Version", { exact: true }).locator("option:checked")).toHaveText("Version 2");
  await expect(viewer.getByRole("img", { name: "Version 2 of the design, page 1" })).toBeVisible();
  const carried = viewer.getByTestId("pin-thread").filter({ hasText: "carried over from v1" });
  await expect(carried).toHaveCount(2);
  await expect(carried).toContainText(["Warmer colours in this area", "Menu items need more space"]);
  await expect(viewer.getByTestId("pin-list")).not.toContainText("logo bigger");
  await viewer.screenshot({ path: `${screenshots}/proofing-viewer-v2-carried-over.png`, style: unstick });

  // Compare v1 and v2: the slider shows v1 (before) left of the handle.
  const compare = page.getByTestId("compare");
  await expect(compare.getByLabel("Before").locator("option:checked")).toHaveText("Version 1");
  await expect(compare.getByLabel("After").locator("option:checked")).toHaveText("Version 2");
  await expect(compare.getByRole("img", { name: "Version 1" })).toBeVisible();
  await expect(compare.getByRole("img", { name: "Version 2" })).toBeVisible();
  await compare.getByRole("slider").fill("30");
  await expect(compare.getByTestId("compare-before-layer")).toHaveAttribute(
    "style",
    /inset\(0(px)? 70% 0(px)? 0(px)?\)/,
  );
  await expect(compare).toContainText("Before (v1)");
  await expect(compare).toContainText("After (v2)");
  await compare.screenshot({ path: `${screenshots}/proofing-compare-slider.png`, style: unstick });
  await compare.getByLabel("Side by side").check();
  await expect(compare.getByTestId("compare-side-by-side").getByRole("img")).toHaveCount(2);
  await expectNoAxeViolations(page);

  // A double click on Approve approves once and shows no error.
  await page.getByRole("button", { name: "Approve version 2" }).dblclick();
  await expect(page.getByTestId("request-status")).toContainText("done");
  await expect(page.getByRole("region", { name: "Deliverables" }).getByRole("alert")).toHaveCount(0);
  await expect(page.getByTestId("history").getByRole("listitem").filter({ hasText: "→ done" })).toHaveCount(1);
});
