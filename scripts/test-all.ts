// npm test: lint, typecheck, unit + integration (PGlite, and PostgreSQL when TEST_DATABASE_URL is
// set), production build, then e2e in Chromium. Ends with one line of counts.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

interface Tally {
  passed: number;
  failed: number;
  skipped: number;
}
const total: Tally = { passed: 0, failed: 0, skipped: 0 };
const rows: string[] = [];
const resultsDir = path.resolve(".data", "test-results");
fs.mkdirSync(resultsDir, { recursive: true });

function run(command: string, args: string[], env: Record<string, string> = {}) {
  console.log(`\n▶ ${command} ${args.join(" ")}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  return { ok: result.status === 0, status: result.status, seconds: Math.round((Date.now() - started) / 100) / 10 };
}

/** 0 passed, 2 skipped (the check could not run here), anything else failed. */
const spawnStatus = (r: { status: number | null }) => (r.status === 0 || r.status === 2 ? r.status : 1);

function record(step: string, tally: Tally, seconds: number) {
  total.passed += tally.passed;
  total.failed += tally.failed;
  total.skipped += tally.skipped;
  rows.push(
    `${step.padEnd(24)} ${tally.passed} passed, ${tally.failed} failed, ${tally.skipped} skipped (${seconds}s)`,
  );
}

function check(step: string, command: string, args: string[]) {
  const { ok, seconds } = run(command, args);
  record(step, { passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 }, seconds);
  return ok;
}

function readJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as T;
  } catch {
    return undefined;
  }
}

const bin = (name: string) => path.resolve("node_modules", ".bin", name);

check("lint (biome)", bin("biome"), ["check", "."]);
check("typecheck (tsc)", "sh", ["-c", `${bin("next")} typegen >/dev/null && ${bin("tsc")} --noEmit`]);

{
  const audit = run(bin("tsx"), ["scripts/audit.ts"]);
  const status = spawnStatus(audit);
  record(
    "npm audit (production)",
    { passed: status === 0 ? 1 : 0, failed: status === 1 ? 1 : 0, skipped: status === 2 ? 1 : 0 },
    audit.seconds,
  );
}

const serverUrl = process.env.TEST_DATABASE_URL;
console.log(
  serverUrl
    ? `\nIntegration tests run on embedded PGlite and on the PostgreSQL server at ${serverUrl.replace(/\/\/[^@]*@/, "//")}`
    : "\nIntegration tests run on embedded PGlite only: PostgreSQL-server tests are SKIPPED (TEST_DATABASE_URL is not set).",
);
const vitestJson = path.join(resultsDir, "vitest.json");
fs.rmSync(vitestJson, { force: true });
const unit = run(bin("vitest"), [
  "run",
  "--project=pglite",
  "--project=postgres",
  "--reporter=default",
  "--reporter=json",
  `--outputFile=${vitestJson}`,
]);
const v = readJson<{ numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number }>(
  vitestJson,
);
record(
  "unit + integration",
  v
    ? {
        passed: v.numPassedTests,
        failed: v.numFailedTests || (unit.ok ? 0 : 1),
        skipped: v.numPendingTests + v.numTodoTests,
      }
    : { passed: 0, failed: 1, skipped: 0 },
  unit.seconds,
);

const built = check("build (next build)", bin("next"), ["build"]);

// The standalone server as the container image lays it out (deploy/standalone.test.ts).
if (built) {
  const standaloneJson = path.join(resultsDir, "vitest-standalone.json");
  fs.rmSync(standaloneJson, { force: true });
  const standalone = run(bin("vitest"), [
    "run",
    "--project=after-build",
    "--reporter=default",
    "--reporter=json",
    `--outputFile=${standaloneJson}`,
  ]);
  const s = readJson<{ numPassedTests: number; numFailedTests: number; numPendingTests: number }>(standaloneJson);
  record(
    "standalone server",
    s
      ? { passed: s.numPassedTests, failed: s.numFailedTests || (standalone.ok ? 0 : 1), skipped: s.numPendingTests }
      : { passed: 0, failed: 1, skipped: 0 },
    standalone.seconds,
  );
}

// The benchmark in its smoke mode: it builds its floor app, starts everything, measures one short
// round and prints the table. It fails only when it cannot run, never on the numbers.
if (built && serverUrl) {
  const smoke = run(bin("tsx"), ["bench/compare.ts", "--smoke"], { BENCH_DATABASE_URL: serverUrl });
  record("bench:compare --smoke", { passed: smoke.ok ? 1 : 0, failed: smoke.ok ? 0 : 1, skipped: 0 }, smoke.seconds);
} else {
  record("bench:compare --smoke", { passed: 0, failed: 0, skipped: 1 }, 0);
}

const e2eJson = path.join(resultsDir, "playwright.json");
fs.rmSync(e2eJson, { force: true });
if (built) {
  const e2e = run(bin("playwright"), ["test"], { PLAYWRIGHT_JSON_OUTPUT_NAME: e2eJson });
  const p = readJson<{ stats: { expected: number; unexpected: number; skipped: number; flaky: number } }>(e2eJson);
  record(
    "e2e (playwright)",
    p
      ? {
          passed: p.stats.expected + p.stats.flaky,
          failed: p.stats.unexpected || (e2e.ok ? 0 : 1),
          skipped: p.stats.skipped,
        }
      : { passed: 0, failed: 1, skipped: 0 },
    e2e.seconds,
  );
} else {
  record("e2e (playwright)", { passed: 0, failed: 1, skipped: 0 }, 0);
}

console.log(`\n${"─".repeat(72)}\n${rows.join("\n")}\n${"─".repeat(72)}`);
console.log(`Total: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed > 0 ? 1 : 0);
