import { execFileSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { Webhook } from "standardwebhooks";
import { signInByEmail } from "./support/auth";
import { expectNoAxeViolations } from "./support/axe";

// Journey 8: a developer makes a scoped token, calls REST with curl, and receives signed webhooks
// on a receiver of their own (here: on 127.0.0.1, which the e2e server allows with
// WEBHOOK_ALLOW_LOOPBACK=1; deployments refuse that setting).
const RECEIVER_PORT = Number(process.env.E2E_WEBHOOK_PORT ?? 3510);
const shots = path.join(__dirname, "..", "docs", "screenshots");

type Received = { headers: Record<string, string>; body: string };

test("journey 8: scoped token, REST with curl, signed webhooks with retries, send again and rotation", async ({
  page,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const received: Received[] = [];
  let failing = false;
  const receiver = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c) => {
      body += c;
    });
    req.on("end", () => {
      received.push({ headers: req.headers as Record<string, string>, body });
      res.statusCode = failing ? 500 : 200;
      res.end(failing ? "receiver is down" : "thanks");
    });
  });
  await new Promise<void>((resolve) => receiver.listen(RECEIVER_PORT, "127.0.0.1", resolve));
  try {
    const email = `dev-${Date.now()}@integrator.example.com`;
    await signInByEmail(page, email, "/account");
    await page.goto("/subscribe?plan=starter&interval=MONTH");
    await page.getByRole("button", { name: "Continue to checkout" }).click();
    await page.getByRole("button", { name: "Pay with test card" }).click();
    await expect(page).toHaveURL(/\/portal\/billing\?welcome=1$/);

    // A token with exactly the scopes the script needs, chosen in the browser.
    await page.goto("/account/tokens");
    await page.getByLabel("Name").fill("Integration");
    for (const scope of ["requests:write", "files:write", "webhooks:read"])
      await page.getByRole("checkbox", { name: new RegExp(`^${scope} `) }).check();
    await expect(page.getByRole("checkbox", { name: /^billing:plan / })).not.toBeChecked();
    await page.getByRole("button", { name: "Create token" }).click();
    const token = (await page.getByTestId("new-token").textContent())?.trim() as string;
    expect(token).toMatch(/^atl_/);
    await expect(page.getByTestId("token-scopes").first()).toContainText("requests:write");
    await expect(page.getByTestId("token-scopes").first()).not.toContainText("billing:plan");
    await page.screenshot({ path: path.join(shots, "api-token-scopes.png"), fullPage: true });

    const curl = (...args: string[]) =>
      execFileSync("curl", ["-sS", "-H", `Authorization: Bearer ${token}`, ...args], { encoding: "utf8" });
    const curlJson = (...args: string[]) => JSON.parse(curl(...args));
    const api = `${baseURL}/api/v1`;

    // list
    const { workspaces } = curlJson(`${api}/workspaces`);
    const workspaceId = workspaces[0].id as string;
    expect(curlJson(`${api}/workspaces/${workspaceId}/requests`).open).toEqual([]);
    // create with an attachment: upload the bytes, then name the file in the request
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "atelier-e2e-"));
    const brief = path.join(dir, "brief.pdf");
    fs.writeFileSync(brief, "%PDF-1.4\n% the brief\n%%EOF\n");
    const file = curlJson("-X", "POST", "-H", "X-File-Name: brief.pdf", "--data-binary", `@${brief}`, `${api}/files`);
    expect(file).toMatchObject({ originalName: "brief.pdf", mime: "application/pdf" });
    const body = { title: "Pricing page", type: "web-design", brief: "Three tiers.", attachmentIds: [file.id] };
    const createArgs = ["-X", "POST", "-H", "Content-Type: application/json", "-H", "Idempotency-Key: pricing-1"];
    const created = curlJson(...createArgs, "-d", JSON.stringify(body), `${api}/workspaces/${workspaceId}/requests`);
    const replay = curlJson(...createArgs, "-d", JSON.stringify(body), `${api}/workspaces/${workspaceId}/requests`);
    expect(replay.id).toBe(created.id);
    // read back
    const read = curlJson(`${api}/workspaces/${workspaceId}/requests/${created.id}`);
    expect(read).toMatchObject({ title: "Pricing page", attachments: [{ id: file.id, originalName: "brief.pdf" }] });
    expect(read.createdAt).toMatch(/Z$/);
    expect(curl(`${api}/files/${file.id}`)).toContain("the brief");
    // refused without the scope, with a stable code; bad input names the field
    expect(curlJson(`${api}/workspaces/${workspaceId}/billing`).error.code).toBe("FORBIDDEN");
    const bad = curlJson(
      "-X",
      "POST",
      "-H",
      "Content-Type: application/json",
      "-d",
      '{"json":{"title":"x"}}',
      `${api}/workspaces/${workspaceId}/requests`,
    );
    expect(bad.error.code).toBe("BAD_REQUEST");
    expect(bad.error.message).toMatch(/superjson/);
    const headers = curl("-D", "-", "-o", "/dev/null", `${api}/me`);
    expect(headers).toMatch(/ratelimit-remaining: \d+/i);

    // Register a webhook in the portal; its secret is shown once.
    await page.goto("/portal/developers");
    await page.getByLabel("URL").fill("http://10.0.0.1/hooks");
    await page.getByRole("button", { name: "Add endpoint" }).click();
    await expect(page.getByText(/private or reserved address/)).toBeVisible();
    await page.getByLabel("URL").fill(`http://127.0.0.1:${RECEIVER_PORT}/hooks/atelier`);
    await page.getByRole("button", { name: "Add endpoint" }).click();
    const secret = (await page.getByTestId("webhook-secret").textContent())?.trim() as string;
    expect(secret).toMatch(/^whsec_/);
    await expect(page.getByTestId("webhook-endpoint")).toContainText(`127.0.0.1:${RECEIVER_PORT}`);

    // A request created over REST arrives signed.
    const second = curlJson(
      "-X",
      "POST",
      "-H",
      "Content-Type: application/json",
      "-d",
      JSON.stringify({ title: "Blog template", type: "web-design", brief: "Readable." }),
      `${api}/workspaces/${workspaceId}/requests`,
    );
    await expect.poll(() => received.length, { timeout: 20_000 }).toBeGreaterThan(0);
    const event = new Webhook(secret).verify(
      received[0]?.body as string,
      received[0]?.headers as Record<string, string>,
    ) as {
      type: string;
      data: { requestId: string };
    };
    expect(event).toMatchObject({ type: "request.created", data: { requestId: second.id } });
    await expect(page.getByTestId("delivery-status").first()).toHaveText("SUCCEEDED", { timeout: 10_000 });

    // The receiver fails: the delivery is retried with backoff and the log shows it.
    failing = true;
    curlJson(
      "-X",
      "POST",
      "-H",
      "Content-Type: application/json",
      "-d",
      JSON.stringify({ title: "Logo refresh", type: "web-design", brief: "Bolder." }),
      `${api}/workspaces/${workspaceId}/requests`,
    );
    const latest = page.getByTestId("delivery-row").first();
    await expect(latest.getByTestId("delivery-status")).toHaveText("RETRYING", { timeout: 20_000 });
    await expect
      .poll(async () => Number(await latest.getByTestId("delivery-attempts").textContent()), { timeout: 30_000 })
      .toBeGreaterThanOrEqual(2);
    await expect(latest).toContainText("500");
    await expect(latest).toContainText("receiver is down");
    await page.screenshot({ path: path.join(shots, "webhooks-delivery-log.png"), fullPage: true });

    // Fixed: send it again from the log.
    failing = false;
    await latest.getByRole("button", { name: "Send again" }).click();
    await expect(page.getByText("Queued to be sent again.")).toBeVisible();
    await expect(latest.getByTestId("delivery-status")).toHaveText("SUCCEEDED", { timeout: 20_000 });

    // Rotate the secret: the next event verifies with the new secret (and, for a day, the old one).
    await page.getByRole("button", { name: "Rotate secret" }).click();
    const rotatedSecret = page.getByTestId("webhook-endpoint").getByTestId("webhook-secret");
    await expect(rotatedSecret).toBeVisible();
    const rotated = (await rotatedSecret.textContent())?.trim() as string;
    expect(rotated).not.toBe(secret);
    const before = received.length;
    await page.getByRole("button", { name: "Send a test event" }).click();
    await expect.poll(() => received.length, { timeout: 20_000 }).toBeGreaterThan(before);
    const test = received.at(-1) as Received;
    expect((new Webhook(rotated).verify(test.body, test.headers) as { type: string }).type).toBe("webhook.test");
    expect(new Webhook(secret).verify(test.body, test.headers)).toBeTruthy();
    await expectNoAxeViolations(page);

    // The reference lists every route, bundled (no CDN).
    await page.goto("/developers");
    await expect(page.getByTestId("api-reference")).toContainText("/workspaces/{workspaceId}/requests", {
      timeout: 20_000,
    });
    await page.screenshot({ path: path.join(shots, "api-reference.png") });
  } finally {
    await new Promise((resolve) => receiver.close(resolve));
  }
});

test("an admin registers a studio-wide endpoint for leads and sends it a test event", async ({ page }) => {
  const received: Received[] = [];
  const receiver = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c) => {
      body += c;
    });
    req.on("end", () => {
      received.push({ headers: req.headers as Record<string, string>, body });
      res.end("ok");
    });
  });
  const port = RECEIVER_PORT + 1;
  await new Promise<void>((resolve) => receiver.listen(port, "127.0.0.1", resolve));
  try {
    await signInByEmail(page, "ops@atelier.example", "/admin/developers");
    await expect(page.getByRole("checkbox", { name: /^lead\.created / })).toBeVisible();
    await page.getByLabel("URL").fill(`http://127.0.0.1:${port}/studio`);
    await page.getByRole("checkbox", { name: /^lead\.created / }).check();
    await page.getByRole("button", { name: "Add endpoint" }).click();
    const secret = (await page.getByTestId("webhook-secret").textContent())?.trim() as string;
    await page.getByRole("button", { name: "Send a test event" }).click();
    await expect.poll(() => received.length, { timeout: 20_000 }).toBeGreaterThan(0);
    const event = new Webhook(secret).verify(
      received[0]?.body as string,
      received[0]?.headers as Record<string, string>,
    );
    expect(event).toMatchObject({ type: "webhook.test", workspaceId: null });
    await expect(page.getByTestId("delivery-status").first()).toHaveText("SUCCEEDED", { timeout: 10_000 });
    await expectNoAxeViolations(page);
    await page.screenshot({ path: path.join(shots, "admin-developers.png"), fullPage: true });
  } finally {
    await new Promise((resolve) => receiver.close(resolve));
  }
});
