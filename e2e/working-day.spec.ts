import { expect, type Page, test } from "@playwright/test";
import { openLatestEmail, signInByEmail } from "./support/auth";
import { expectNoAxeViolations } from "./support/axe";
import { trpcMutation } from "./support/trpc";

// The studio's working day (issue 14): the app shell, the back-office dashboard on the seeded
// year of history, and a client's record. lead@atelier.example is an admin on the e2e server.
const admin = "lead@atelier.example";

async function shoot(page: Page, name: string) {
  if (!process.env.SCREENSHOTS) return;
  // The sticky header would be drawn where the page was scrolled to.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `docs/screenshots/${name}.png`, fullPage: true });
}

test("a client signs in from the public header, gets the app shell, switches workspace and signs out", async ({
  page,
  browser,
}) => {
  const client = `two-hats-${Date.now()}@client.example.com`;
  // An admin sets the client up with two workspaces.
  const adminContext = await browser.newContext();
  const adminPage = await adminContext.newPage();
  await signInByEmail(adminPage, admin, "/admin");
  for (const name of ["Fjord Bakery", "Kite Analytics"]) {
    const created = await trpcMutation(adminPage.request, "admin.createWorkspace", { name, ownerEmail: client });
    expect(created.status).toBe(200);
  }
  await adminContext.close();

  const octet = () => Math.floor(Math.random() * 254) + 1;
  await page.context().setExtraHTTPHeaders({ "x-forwarded-for": `198.18.${octet()}.${octet()}` });
  await page.goto("/pricing");
  const publicHeader = page.getByRole("banner");
  await publicHeader.getByRole("link", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fportal/);
  await page.getByLabel("Email").fill(client);
  await page.getByRole("button", { name: /sign in with email/i }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await openLatestEmail(page, client, /sign-in link/);
  await page.getByRole("link", { name: /api\/auth\/callback\/email/ }).click();
  await expect(page).toHaveURL(/\/portal$/);

  // The app shell, not the marketing header.
  await expect(page.locator("[data-app-shell=portal]")).toBeVisible();
  await expect(page.getByRole("link", { name: "Get Free Hero Redesign" })).toHaveCount(0);
  const nav = page.getByRole("navigation", { name: "Client portal" });
  await expect(nav.getByRole("link", { name: "Overview" })).toHaveAttribute("aria-current", "page");
  await expect(nav.getByRole("link", { name: "Design requests" })).not.toHaveAttribute("aria-current", "page");
  await expect(page.getByTestId("notification-bell")).toBeVisible();
  await expectNoAxeViolations(page);

  // Two workspaces: the switcher changes the one the portal shows.
  const switcher = page.getByTestId("workspace-switcher");
  const before = ((await page.getByTestId("active-workspace").textContent()) ?? "").trim();
  const other = before === "Fjord Bakery" ? "Kite Analytics" : "Fjord Bakery";
  await shoot(page, "app-shell-portal");
  await switcher.click();
  await page.getByRole("menuitemradio", { name: other }).click();
  await expect(switcher).toContainText(other);
  await expect(page.getByTestId("active-workspace")).toHaveText(other);

  // Another page marks itself in the navigation.
  await nav.getByRole("link", { name: "Files" }).click();
  await expect(nav.getByRole("link", { name: "Files" })).toHaveAttribute("aria-current", "page");

  // Phone width: the same links in a menu sheet.
  await page.setViewportSize({ width: 390, height: 800 });
  await page.getByRole("button", { name: "Menu" }).click();
  const sheet = page.getByRole("dialog", { name: "Menu" });
  await expect(sheet.getByRole("link", { name: "Design requests" })).toBeVisible();
  await shoot(page, "app-shell-mobile");
  await sheet.getByRole("link", { name: "Design requests" }).click();
  await expect(page).toHaveURL(/\/portal\/requests$/);
  await expect(sheet).toBeHidden();
  await page.setViewportSize({ width: 1280, height: 800 });

  // The public site knows we are signed in, then that we are not.
  await page.goto("/pricing");
  await expect(page.getByRole("banner").getByRole("link", { name: "Client portal" })).toBeVisible();
  await page.getByRole("banner").getByRole("link", { name: "Client portal" }).click();
  await page.getByTestId("user-menu").click();
  await expect(page.getByRole("menuitem", { name: "API tokens" })).toBeVisible();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.goto("/portal");
  await expect(page).toHaveURL(/\/signin/);
});

test("an admin's dashboard draws every chart from the seeded year, filters a date range and opens a client record", async ({
  page,
}) => {
  await signInByEmail(page, admin, "/admin");
  await expect(page.locator("[data-app-shell=admin]")).toBeVisible();
  await expect(
    page.getByRole("navigation", { name: "Back office" }).getByRole("link", { name: "Dashboard" }),
  ).toHaveAttribute("aria-current", "page");
  // Today's work from the seeded studio.
  await expect(page.getByTestId("today-in-progress")).toContainText(/Mina Park|Leo Brandt|Dario Designer/);
  await expect(page.getByTestId("today-at-risk").getByRole("link").nth(1)).toBeVisible();

  const charts = ["leads", "funnel", "mrr", "churn", "turnaround-designer", "turnaround-type"];
  for (const chart of charts) {
    const drawing = page.getByTestId(`chart-${chart}-chart`);
    await expect(drawing.locator(".recharts-surface").first()).toBeVisible();
    await expect(drawing.locator(".recharts-rectangle").first()).toBeVisible();
  }
  // Each chart's numbers are a table for screen readers (and on request for everyone).
  const mrrCard = page.getByTestId("chart-mrr");
  await mrrCard.getByRole("button", { name: "Show table" }).click();
  await expect(mrrCard.getByRole("table")).toBeVisible();
  await expect(mrrCard.getByRole("row").nth(12)).toContainText("$");
  await shoot(page, "dashboard");
  await expectNoAxeViolations(page);

  // A narrower range: fewer leads.
  const described = page.getByTestId("chart-leads").locator("p").first();
  await expect(described).toContainText(/^\d+ leads/);
  const yearTotal = Number.parseInt((await described.textContent()) ?? "0", 10);
  const day = (d: Date) => d.toISOString().slice(0, 10);
  const range = page.getByRole("form", { name: "Date range" });
  await range.getByLabel("From").fill(day(new Date(Date.now() - 30 * 86_400_000)));
  await range.getByLabel("To").fill(day(new Date()));
  await range.getByRole("button", { name: "Apply" }).click();
  await expect.poll(async () => Number.parseInt((await described.textContent()) ?? "0", 10)).toBeLessThan(yearTotal);
  // A reversed range is refused beside the dates, in words.
  await range.getByLabel("From").fill(day(new Date()));
  await range.getByLabel("To").fill(day(new Date(Date.now() - 86_400_000)));
  await expect(range.getByText("The start date must be before the end date.")).toBeVisible();
  await expect(range.getByRole("button", { name: "Apply" })).toBeDisabled();

  // The targets are the admin's; a nonsense target is refused next to its field.
  const targets = page.getByRole("form", { name: "Turnaround targets" });
  await targets.getByLabel("Target hours to first delivery").fill("0");
  await targets.getByRole("button", { name: "Save targets" }).click();
  await expect(targets.getByText("The target must be at least one hour.")).toBeVisible();
  await targets.getByLabel("Target hours to first delivery").fill("36");
  await targets.getByRole("button", { name: "Save targets" }).click();
  await expect(targets.getByText("Targets saved.")).toBeVisible();
  await expect(page.getByTestId("turnaround-overall")).toContainText("36 h target");

  // A client at risk opens as a record.
  const atRisk = page.getByTestId("today-at-risk").getByRole("link").nth(1);
  const clientName = ((await atRisk.textContent()) ?? "").trim();
  await atRisk.click();
  await expect(page).toHaveURL(/\/admin\/workspaces\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(clientName);
  await expect(page.getByTestId("record-members").getByRole("listitem").first()).toContainText("Owner");
  await expect(page.getByTestId("record-subscription")).toContainText("past due");
  await expect(page.getByTestId("record-requests").getByRole("row").nth(1)).toBeVisible();
  await expect(page.getByTestId("record-lead").getByRole("link").first()).toBeVisible();
  await shoot(page, "workspace-record");
  // Renamed by an admin, refused in words when empty.
  await page.getByRole("button", { name: "Rename" }).click();
  await page.getByLabel("Workspace name").fill(" ");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Enter a name.")).toBeVisible();
  await page.getByLabel("Workspace name").fill(`${clientName} Group`);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${clientName} Group`);
  await expect(page.getByTestId("record-audit")).toContainText("workspace.renamed");
});
