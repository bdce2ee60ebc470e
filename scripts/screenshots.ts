// Screenshots of the public pages at phone and desktop widths, light and dark, and of the client
// portal (signed in as the demo client through /dev/mailbox), into docs/screenshots/.
// Usage: start the app (npm start), then: tsx scripts/screenshots.ts [baseUrl]
import { chromium } from "@playwright/test";
import { signInByEmail } from "../e2e/support/auth";

const base = process.argv[2] ?? "http://localhost:3000";
const pages = [
  ["home", "/"],
  ["glossary", "/glossary"],
  ["glossary-backend", "/glossary/backend"],
  ["blog-post", "/blog/why-design-subscriptions-beat-hourly-agencies"],
  ["pricing", "/pricing"],
  ["faq", "/faq"],
  ["not-found", "/no-such-page"],
] as const;
const widths = [375, 1440];
/** Signed-in pages, desktop width, light. */
const portalPages = [
  ["portal-home", "/portal"],
  ["portal-requests", "/portal/requests"],
  ["notifications", "/notifications"],
] as const;

async function main() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking"],
  });
  const only = process.env.ONLY?.split(",");
  for (const scheme of ["light", "dark"] as const) {
    for (const width of widths) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
      const page = await context.newPage();
      for (const [name, path] of pages) {
        if (only && !only.includes(name)) continue;
        await page.goto(base + path, { waitUntil: "networkidle" });
        const file = `docs/screenshots/${name}-${width}-${scheme}.png`;
        await page.screenshot({ path: file });
        console.log(file);
      }
      await context.close();
    }
  }
  if (!only || portalPages.some(([name]) => only.includes(name))) {
    const context = await browser.newContext({ baseURL: base, viewport: { width: 1440, height: 1000 } });
    const page = await context.newPage();
    await signInByEmail(page, "nora@northwind.example", "/portal");
    for (const [name, path] of portalPages) {
      if (only && !only.includes(name)) continue;
      await page.goto(path, { waitUntil: "networkidle" });
      const file = `docs/screenshots/${name}-1440-light.png`;
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
    }
    await context.close();
  }
  await browser.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
