// Lighthouse scores (performance, accessibility, best practices, SEO) of the production server,
// mobile (Lighthouse's default, simulated throttling) and desktop presets, in Debian's Chromium.
// Loopback only: Chromium resolves no host but 127.0.0.1, and its background networking is off.
// Needs a production build (`npx next build`). Run: npx tsx bench/lighthouse.ts
//
// Environment: BENCH_LH_PAGES (comma-separated paths), BENCH_LH_PRESETS=mobile,desktop (default both), CHROMIUM_PATH (default /usr/bin/chromium),
// BENCH_LH_BUDGET_S: no new run starts after this many seconds (default 170).
// BENCH_LH_SAVE_REPORTS=1 also writes each full Lighthouse report (JSON) to bench/results/.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { onInterrupt } from "./lib/cleanup";
import { startServer } from "./lib/next-server";
import { machineInfo, markdownTable, writeResult } from "./lib/stats";

const DEFAULT_PAGES = ["/", "/glossary/backend", "/blog/why-design-subscriptions-beat-hourly-agencies", "/pricing"];
// BENCH_LH_PAGES=/,/services,… measures other pages (comma-separated paths).
const PAGES = process.env.BENCH_LH_PAGES ? process.env.BENCH_LH_PAGES.split(",").map((s) => s.trim()) : DEFAULT_PAGES;
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
const PRESETS = (process.env.BENCH_LH_PRESETS ?? "mobile,desktop").split(",").map((s) => s.trim()) as (
  | "mobile"
  | "desktop"
)[];
const BUDGET_S = Number(process.env.BENCH_LH_BUDGET_S ?? 170);
const THRESHOLD = 95;

const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
  "--disable-default-apps",
  "--disable-domain-reliability",
  "--disable-features=OptimizationHints,Translate,MediaRouter,AutofillServerCommunication",
  // The network is closed here: any name but 127.0.0.1 fails at once instead of hanging.
  "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
];

interface AuditFinding {
  id: string;
  title: string;
  score: number | null;
  displayValue?: string;
  weight: number;
  /** Up to five of the audit's items (what failed, where), shortened. */
  items: string[];
}

interface LcpElementDetails {
  items?: { items?: { node?: { snippet?: string }; phase?: string; timing?: number }[] }[];
}

function lcpOf(details: unknown): PageResult["lcp"] {
  const [elementTable, phaseTable] = (details as LcpElementDetails | undefined)?.items ?? [];
  const phases = Object.fromEntries(
    (phaseTable?.items ?? []).map((p) => [String(p.phase), Math.round(Number(p.timing))] as const),
  );
  return { element: elementTable?.items?.[0]?.node?.snippet, phases };
}

/** A short line per detail item: the console message, the failing element, the URL… */
function describeItems(details: unknown): string[] {
  const raw = (details as { items?: unknown } | undefined)?.items;
  // Some audits (e.g. LCP breakdowns) keep an object here instead of a list.
  const items = Array.isArray(raw) ? (raw as Record<string, unknown>[]) : [];
  return items.slice(0, 5).map((item) => {
    const node = item.node as { snippet?: string; nodeLabel?: string } | undefined;
    const location = item.sourceLocation as { url?: string } | undefined;
    const parts = [item.description, item.source, item.url, location?.url, node?.nodeLabel, node?.snippet, item.reason]
      .filter((v): v is string => typeof v === "string" && v.length > 0)
      .map((v) => (v.length > 160 ? `${v.slice(0, 157)}…` : v));
    return parts.length ? parts.join(" — ") : JSON.stringify(item).slice(0, 160);
  });
}

interface PageResult {
  preset: string;
  page: string;
  scores: Record<string, number | null>;
  metrics: Record<string, string | undefined>;
  failing: Record<string, AuditFinding[]>;
  runWarnings: string[];
  nonLoopbackRequests: string[];
  /** The LCP element and the time spent in each of its phases (TTFB, load delay, load time, render delay). */
  lcp: { element?: string; phases: Record<string, number> };
  benchmarkIndex?: number;
  durationMs: number;
}

async function main() {
  const started = Date.now();
  const { default: lighthouse, desktopConfig } = await import("lighthouse");
  const chromeLauncher = await import("chrome-launcher");
  const server = await startServer({ label: "lighthouse" });
  // One request per page first: Lighthouse should see the page a visitor of a running site gets, not
  // the first render after boot (modules loaded, database pool opened, caches filled). That cost is
  // printed here instead of being folded into one page's TTFB.
  for (const page of PAGES) {
    const t0 = Date.now();
    const res = await fetch(server.baseUrl + page);
    await res.arrayBuffer();
    console.log(`  warm-up ${page}: ${res.status} in ${Date.now() - t0} ms`);
  }
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    chromeFlags: CHROME_FLAGS,
    logLevel: "silent",
    handleSIGINT: false, // bench/lib/cleanup.ts stops the browser and the server
  });
  const forgetChrome = onInterrupt(() => chrome.kill());
  const results: PageResult[] = [];
  const skipped: string[] = [];
  try {
    for (const preset of PRESETS) {
      for (const page of PAGES) {
        if ((Date.now() - started) / 1000 > BUDGET_S) {
          skipped.push(`${preset} ${page}`);
          continue;
        }
        const t0 = Date.now();
        const runner = await lighthouse(
          server.baseUrl + page,
          {
            port: chrome.port,
            output: "json",
            logLevel: "error",
            onlyCategories: [...CATEGORIES],
            maxWaitForLoad: 45_000,
          },
          preset === "desktop" ? desktopConfig : undefined,
        );
        if (!runner) throw new Error(`Lighthouse returned nothing for ${page}`);
        const lhr = runner.lhr;
        if (lhr.runtimeError) throw new Error(`${page}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
        const scores: Record<string, number | null> = {};
        const failing: Record<string, AuditFinding[]> = {};
        for (const id of CATEGORIES) {
          const category = lhr.categories[id];
          const score = category?.score == null ? null : Math.round(category.score * 100);
          scores[id] = score;
          // Every category short of 100 keeps its audits below 0.9; the report names those under 95.
          if (category && (score === null || score < 100)) {
            failing[id] = category.auditRefs
              .map((ref) => ({ ref, audit: lhr.audits[ref.id] }))
              .filter(
                ({ audit }) =>
                  audit &&
                  audit.score !== null &&
                  audit.score < 0.9 &&
                  !["notApplicable", "informative", "manual"].includes(audit.scoreDisplayMode),
              )
              .sort((a, b) => b.ref.weight - a.ref.weight)
              .map(({ ref, audit }) => ({
                id: ref.id,
                title: audit!.title,
                score: audit!.score,
                displayValue: audit!.displayValue,
                weight: ref.weight,
                items: describeItems(audit!.details),
              }));
          }
        }
        const metric = (id: string) => lhr.audits[id]?.displayValue;
        const requests =
          (lhr.audits["network-requests"]?.details as { items?: { url?: string }[] } | undefined)?.items ?? [];
        const nonLoopbackRequests = requests
          .map((r) => r.url ?? "")
          .filter((u) => /^(https?|wss?):/.test(u) && !u.startsWith(server.baseUrl));
        const result: PageResult = {
          preset,
          page,
          scores,
          metrics: {
            FCP: metric("first-contentful-paint"),
            LCP: metric("largest-contentful-paint"),
            TBT: metric("total-blocking-time"),
            CLS: metric("cumulative-layout-shift"),
            SI: metric("speed-index"),
          },
          failing,
          runWarnings: lhr.runWarnings,
          nonLoopbackRequests,
          lcp: lcpOf(lhr.audits["largest-contentful-paint-element"]?.details),
          benchmarkIndex: lhr.environment?.benchmarkIndex,
          durationMs: Date.now() - t0,
        };
        results.push(result);
        if (process.env.BENCH_LH_SAVE_REPORTS) {
          const dir = path.join(import.meta.dirname, "results");
          mkdirSync(dir, { recursive: true });
          const name = `lighthouse-report-${preset}-${page.replace(/[^a-z0-9]+/gi, "_")}-${Date.now()}.json`;
          writeFileSync(path.join(dir, name), JSON.stringify(lhr));
        }
        console.log(
          `  ${preset.padEnd(7)} ${page}: ${CATEGORIES.map((c) => `${c} ${scores[c]}`).join(", ")} (${Math.round(result.durationMs / 1000)} s)`,
        );
        console.log(
          `          LCP ${result.metrics.LCP} on ${result.lcp.element ?? "?"}: ${Object.entries(result.lcp.phases)
            .map(([phase, ms]) => `${phase} ${ms} ms`)
            .join(", ")}`,
        );
      }
    }
  } finally {
    forgetChrome();
    chrome.kill();
    await server.stop();
  }

  console.log("\n## Lighthouse scores (0–100)\n");
  console.log(
    markdownTable(
      ["preset", "page", ...CATEGORIES, "FCP", "LCP", "TBT", "CLS"],
      results.map((r) => [
        r.preset,
        r.page,
        ...CATEGORIES.map((c) => r.scores[c] ?? "n/a"),
        r.metrics.FCP ?? "",
        r.metrics.LCP ?? "",
        r.metrics.TBT ?? "",
        r.metrics.CLS ?? "",
      ]),
    ),
  );
  const isBelow = (r: PageResult, category: string) => (r.scores[category] ?? 0) < THRESHOLD;
  const below = results.filter((r) => Object.keys(r.failing).some((c) => isBelow(r, c)));
  if (below.length) {
    console.log(`\n### Categories below ${THRESHOLD}, with their failing audits\n`);
    for (const r of below) {
      for (const [category, audits] of Object.entries(r.failing)) {
        if (!isBelow(r, category)) continue;
        console.log(`- ${r.preset} ${r.page} — ${category} ${r.scores[category]}:`);
        for (const a of audits) {
          console.log(
            `  - ${a.title} (${a.id}, score ${a.score}${a.displayValue ? `, ${a.displayValue}` : ""}, weight ${a.weight})`,
          );
          for (const item of a.items) console.log(`    - ${item}`);
        }
        if (!audits.length) console.log("  - no single audit below 0.9 (several partial scores add up)");
      }
    }
  } else {
    console.log(`\nEvery category of every page scored ${THRESHOLD} or more.`);
  }
  const short = results.flatMap((r) =>
    Object.entries(r.failing)
      .filter(([c]) => !isBelow(r, c))
      .map(
        ([c, audits]) =>
          `${r.preset} ${r.page} ${c} ${r.scores[c]}: ${
            audits
              .map(
                (a) =>
                  `${a.title}${a.displayValue ? ` (${a.displayValue})` : ""}` +
                  // Outside performance the items say what to fix (a console error, an element).
                  (c !== "performance" && a.items.length ? ` [${a.items.join(" | ")}]` : ""),
              )
              .join("; ") || "partial scores only"
          }`,
      ),
  );
  if (short.length)
    console.log(`\nAt or above ${THRESHOLD} but short of 100:\n${short.map((l) => `- ${l}`).join("\n")}`);
  const external = [...new Set(results.flatMap((r) => r.nonLoopbackRequests))];
  console.log(
    external.length
      ? `\nRequests to other origins than the server (blocked here): ${external.join(", ")}`
      : "\nNo page requested anything outside the server under test.",
  );
  const warnings = [...new Set(results.flatMap((r) => r.runWarnings))];
  if (warnings.length) console.log(`Lighthouse warnings: ${warnings.join(" | ")}`);
  if (skipped.length) console.log(`Skipped to stay within ${BUDGET_S} s: ${skipped.join(", ")}`);
  const machine = machineInfo();
  console.log(
    `Machine: ${machine.cores} cores, ${machine.cpuModel}, Node ${machine.node}, load average ${machine.loadAverage1mAtStart} at start, ${machine.loadAverage1mAtEnd} at end.`,
  );
  const file = writeResult("lighthouse", {
    benchmark: "lighthouse",
    date: new Date().toISOString(),
    machine,
    lighthouseVersion: (await import("lighthouse/package.json", { with: { type: "json" } })).default.version,
    chromium: CHROME_FLAGS,
    results,
    skipped,
  });
  console.log(`Results: ${path.relative(process.cwd(), file)}; total ${Math.round((Date.now() - started) / 1000)} s`);
}

main()
  .then(() => process.exit(0))
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
