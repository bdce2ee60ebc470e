import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { signInByEmail } from "./support/auth";

const port = Number(process.env.E2E_PORT ?? 3100);

/** A POST from another loopback address (127.0.0.2): not the trusted proxy the e2e server knows (127.0.0.1). */
function postFromUntrustedPeer(path: string, headers: Record<string, string>, body: string) {
  return new Promise<number>((resolve, reject) => {
    const req = http.request(
      { host: "127.0.0.1", port, path, method: "POST", localAddress: "127.0.0.2", headers },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

test("a client cannot dodge the per-IP sign-in limit by forging X-Forwarded-For", async () => {
  const statuses: number[] = [];
  for (let i = 0; i < 22; i++) {
    statuses.push(
      await postFromUntrustedPeer(
        "/api/auth/signin/email",
        { "x-forwarded-for": `198.51.100.${i + 1}`, "content-type": "application/x-www-form-urlencoded" },
        `email=forger${i}%40example.com`,
      ),
    );
    if (statuses.at(-1) === 429) break;
  }
  // The limit is 20 per network address per 15 minutes: the 21st attempt from 127.0.0.2 is refused.
  expect(statuses.at(-1)).toBe(429);
  expect(statuses.length).toBe(21);
});

test("sign-in never redirects off the site, and hostile callbacks never answer 500", async ({ page }) => {
  await signInByEmail(page, `redirects-${Date.now()}@example.com`, "/account");
  const hostile = [
    "%2F%09%2Fevil.example%2F",
    "%2F%0A%2Fevil.example",
    "%2F%0D%0ASet-Cookie%3A%20x%3D1",
    "%2F%5Cevil.example",
    "%2F%2Fevil.example",
    "%2F%252F%252Fevil.example",
    "https%3A%2F%2Fevil.example",
  ];
  for (const value of hostile) {
    const res = await page.request.get(`/signin?callbackUrl=${value}`, { maxRedirects: 0 });
    expect(res.status(), value).toBe(307);
    expect(res.headers().location, value).toBe("/account");
  }
  const fine = await page.request.get("/signin?callbackUrl=%2Fportal%2Frequests", { maxRedirects: 0 });
  expect(fine.headers().location).toBe("/portal/requests");
});

test("a page on another port of this host cannot run mutations with the victim's cookie", async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext();
  const victim = await context.newPage();
  await signInByEmail(victim, `csrf-${Date.now()}@example.com`, "/account");
  // A second session of the same person, which account.revokeOtherSessions would end.
  const other = await browser.newContext({ storageState: await context.storageState() });
  const attacker = http.createServer((_req, res) => {
    res.setHeader("content-type", "text/html");
    res.end(`<form id="f" method="post" enctype="multipart/form-data" action="${baseURL}/api/trpc/account.revokeOtherSessions">
      <input name="x" value="1"></form><script>document.getElementById("f").submit()</script>`);
  });
  await new Promise<void>((resolve) => attacker.listen(0, "127.0.0.1", resolve));
  try {
    const response = victim.waitForResponse((r) => r.url().includes("account.revokeOtherSessions"));
    await victim.goto(`http://127.0.0.1:${(attacker.address() as AddressInfo).port}/`);
    expect((await response).status()).toBe(415);
  } finally {
    attacker.close();
  }
  const otherPage = await other.newPage();
  await otherPage.goto("/account");
  await expect(otherPage).toHaveURL(/\/account$/); // still signed in: nothing was revoked
  await other.close();
  await context.close();
});

test("opening a subscribe link shows the plan and starts no checkout until confirmed", async ({ page }) => {
  await signInByEmail(page, `confirm-${Date.now()}@example.com`, "/account");
  await page.goto("/subscribe?plan=starter&interval=MONTH");
  await expect(page.getByRole("heading", { name: "Subscribe to Starter" })).toBeVisible();
  await expect(page).toHaveURL(/\/subscribe\?/);
  await page.getByRole("button", { name: "Continue to checkout" }).click();
  await expect(page).toHaveURL(/\/billing\/test-checkout\/tcs_/);
});

test("stored files carry their own sandbox policy and lose bidirectional controls in their names", async ({ page }) => {
  await signInByEmail(page, `files-${Date.now()}@example.com`, "/account");
  const upload = await page.request.post("/api/uploads/attachments", {
    headers: { "x-file-name": encodeURIComponent("invoice\u202Efdp.txt"), "content-type": "text/plain" },
    data: Buffer.from("Plain text notes for the brief.\n"),
  });
  expect(upload.status()).toBe(201);
  const file = await upload.json();
  expect(file.originalName).toBe("invoicefdp.txt");
  const download = await page.request.get(`/api/files/${file.id}`);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-security-policy"]).toBe("default-src 'none'; sandbox");
  expect(download.headers()["content-disposition"]).toMatch(/^attachment;/);
});

test("a NUL character in a public form is a clear 400, not a 500", async ({ request }) => {
  const res = await request.post("/api/trpc/leads.submitContact", {
    headers: { "content-type": "application/json" },
    data: {
      json: {
        name: "Nul\u0000Byte",
        email: "nul@example.com",
        message: "Hello, this message is long enough.",
        startedAt: Date.now() - 10_000,
        idempotencyKey: `nul-${Date.now()}-key`,
      },
    },
  });
  expect(res.status()).toBe(400);
  expect((await res.json()).error.json.message).toBe("Text may not contain the NUL character (U+0000).");
});

test("a local run listens on 127.0.0.1 only", async () => {
  test.skip(!fs.existsSync("/proc/net/tcp"), "needs Linux's /proc/net/tcp to read listening sockets");
  const hexPort = port.toString(16).toUpperCase().padStart(4, "0");
  const listening = ["/proc/net/tcp", "/proc/net/tcp6"]
    .filter((f) => fs.existsSync(f))
    .flatMap((f) => fs.readFileSync(f, "utf8").trim().split("\n").slice(1))
    .map((line) => line.trim().split(/\s+/))
    .filter((cols) => cols[1]?.endsWith(`:${hexPort}`) && cols[3] === "0A")
    .map((cols) => cols[1]?.split(":")[0]);
  expect(listening).toEqual(["0100007F"]); // 127.0.0.1, and no IPv4 or IPv6 wildcard
});

test("security.txt tells researchers where to report", async ({ request }) => {
  const res = await request.get("/.well-known/security.txt");
  expect(res.status()).toBe(200);
  const text = await res.text();
  expect(text).toMatch(/^Contact: mailto:/m);
  expect(text).toMatch(/^Expires: \d{4}-\d\d-\d\dT/m);
});
