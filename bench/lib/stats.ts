import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export interface LatencySummary {
  count: number;
  meanMs: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  minMs: number;
  maxMs: number;
}

/** Nearest-rank percentile of an ascending array. */
export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] ?? Number.NaN;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

export function summarize(samples: number[]): LatencySummary {
  const sorted = [...samples].sort((a, b) => a - b);
  const sum = sorted.reduce((a, b) => a + b, 0);
  return {
    count: sorted.length,
    meanMs: round2(sum / Math.max(1, sorted.length)),
    p50Ms: round2(percentile(sorted, 50)),
    p95Ms: round2(percentile(sorted, 95)),
    p99Ms: round2(percentile(sorted, 99)),
    minMs: round2(sorted[0] ?? Number.NaN),
    maxMs: round2(sorted[sorted.length - 1] ?? Number.NaN),
  };
}

/** A markdown table; every cell is turned into a string and pipes are escaped. */
export function markdownTable(header: string[], rows: (string | number)[][]): string {
  const cell = (v: string | number) => String(v).replace(/\|/g, "\\|");
  return [
    `| ${header.map(cell).join(" | ")} |`,
    `| ${header.map(() => "---").join(" | ")} |`,
    ...rows.map((r) => `| ${r.map(cell).join(" | ")} |`),
  ].join("\n");
}

// Captured when the benchmark starts: on a shared machine the load says how busy it already was.
const loadAtStart = Math.round(os.loadavg()[0]! * 100) / 100;

/** What the figures were measured on: cores, memory, CPU model, Node, and how busy the machine was. */
export function machineInfo() {
  let cpuModel = os.cpus()[0]?.model ?? "unknown";
  try {
    const line = fs
      .readFileSync("/proc/cpuinfo", "utf8")
      .split("\n")
      .find((l) => l.startsWith("model name"));
    if (line) cpuModel = line.split(":")[1]?.trim() ?? cpuModel;
  } catch {}
  return {
    cpuModel,
    cores: os.availableParallelism(),
    memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
    loadAverage1mAtStart: loadAtStart,
    loadAverage1mAtEnd: Math.round(os.loadavg()[0]! * 100) / 100,
  };
}

/** Writes bench/results/<name>-<date>.json (gitignored) and returns its path. */
export function writeResult(name: string, data: unknown): string {
  const dir = path.join(import.meta.dirname, "..", "results");
  fs.mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:]/g, "-").replace(/\..*$/, "");
  const file = path.join(dir, `${name}-${stamp}.json`);
  fs.writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
  return file;
}
