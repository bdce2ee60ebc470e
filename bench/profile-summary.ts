// Where the time goes in a V8 CPU profile (`node --cpu-prof`, as `npm run bench:compare -- --cpu-prof`
// writes for the app): self time per area (Next's server, React's renderer, zlib, our code, …) and the
// heaviest functions. Run: npx tsx bench/profile-summary.ts <file.cpuprofile> [top]
import fs from "node:fs";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** A readable area for a script URL: the package, or our own source folder. */
export function areaOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith("(") ? functionName : "(native)";
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(url);
  if (pkg) {
    const [, name, rest = ""] = pkg;
    if (name === "next") {
      const part = /dist\/(?:compiled\/)?([^/]+)(?:\/([^/]+))?/.exec(rest);
      return `next/${part?.[1] ?? "?"}${part?.[1] === "server" || part?.[1] === "compiled" ? `/${part?.[2] ?? ""}` : ""}`;
    }
    return name!;
  }
  if (url.startsWith("node:")) return url.split("/")[0]!;
  const own = /\.next\/server\/(chunks|app)\//.exec(url);
  if (own) return `app bundle (.next/server/${own[1]})`;
  return url.replace(/^file:\/\//, "").replace(process.cwd(), ".");
}

export function summarise(profile: Profile, top = 25) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => {
    selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const total = [...selfUs.values()].reduce((a, b) => a + b, 0);
  const areas = new Map<string, number>();
  const functions = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const node = byId.get(id);
    if (!node) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const area = areaOf(url, functionName);
    areas.set(area, (areas.get(area) ?? 0) + us);
    const fn = `${functionName || "(anonymous)"} — ${area}:${lineNumber + 1}`;
    functions.set(fn, (functions.get(fn) ?? 0) + us);
  }
  // Inclusive: the share of busy samples whose stack passes through each layer.
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const layers: [string, (url: string, fn: string) => boolean][] = [
    ["Next's server (routing, response cache, rendering)", (u) => /node_modules\/next\//.test(u)],
    ["React server rendering", (u) => /react-dom|react-server|next\/dist\/compiled\/react/.test(u)],
    ["tRPC", (u) => /@trpc\//.test(u)],
    ["superjson", (u) => /superjson/.test(u)],
    ["Prisma client and driver adapter", (u) => /@prisma\//.test(u)],
    ["pg (PostgreSQL protocol)", (u) => /node_modules\/pg(-pool|-protocol)?\//.test(u)],
    ["zlib (gzip of responses)", (u) => /node:zlib|next\/dist\/compiled\/compression/.test(u)],
    ["pino (logs)", (u) => /node_modules\/pino/.test(u)],
    ["prom-client (metrics)", (u) => /prom-client/.test(u)],
    ["the app's own bundle", (u) => /\.next\/server\//.test(u)],
    ["garbage collector", (_u, f) => f === "(garbage collector)"],
  ];
  const inclusive = new Map<string, number>();
  let busy = 0;
  profile.samples.forEach((id, i) => {
    const leaf = byId.get(id)?.callFrame.functionName;
    if (leaf === "(idle)" || leaf === "(program)") return;
    const us = profile.timeDeltas[i] ?? 0;
    busy += us;
    const hit = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)?.callFrame;
      if (!frame) break;
      for (const [name, test] of layers) if (test(frame.url, frame.functionName)) hit.add(name);
    }
    for (const name of hit) inclusive.set(name, (inclusive.get(name) ?? 0) + us);
  });
  const layerRows = layers.map(([name]) => ({
    name,
    ms: Math.round((inclusive.get(name) ?? 0) / 1000),
    share: Math.round(((inclusive.get(name) ?? 0) / Math.max(1, busy)) * 1000) / 10,
  }));
  const rows = (m: Map<string, number>) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => ({ name, ms: Math.round(us / 1000), share: Math.round((us / total) * 1000) / 10 }));
  return {
    totalMs: Math.round(total / 1000),
    busyMs: Math.round(busy / 1000),
    layers: layerRows,
    areas: rows(areas),
    functions: rows(functions),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2];
  if (!file) {
    console.error("Usage: npx tsx bench/profile-summary.ts <file.cpuprofile> [top]");
    process.exit(2);
  }
  const result = summarise(JSON.parse(fs.readFileSync(file, "utf8")) as Profile, Number(process.argv[3] ?? 25));
  console.log(`Profile ${file}: ${result.totalMs} ms of samples, ${result.busyMs} ms busy\n`);
  console.log(
    "| layer (inclusive: busy samples whose stack passes through it) | ms | share of busy |\n| --- | --- | --- |",
  );
  for (const l of result.layers) console.log(`| ${l.name} | ${l.ms} | ${l.share} % |`);
  console.log("\n| area (self time) | self ms | share |\n| --- | --- | --- |");
  for (const a of result.areas) console.log(`| ${a.name} | ${a.ms} | ${a.share} % |`);
  console.log("\n| function | self ms | share |\n| --- | --- | --- |");
  for (const f of result.functions) console.log(`| ${f.name.replace(/\|/g, "\\|")} | ${f.ms} | ${f.share} % |`);
}
