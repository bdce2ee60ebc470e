// The framework floor of bench/compare.ts: a hello-world Next app (one server-rendered page and one
// trivial route handler) built with this repo's Next, React and node_modules. It lives under
// .data/bench-floor (gitignored) so module resolution finds the repo's node_modules the way a
// fresh `create-next-app` finds its own; it is rebuilt when the Next version changes.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const root = process.cwd();
export const floorDir = path.join(root, ".data", "bench-floor");

const files: Record<string, string> = {
  "package.json": JSON.stringify({ name: "bench-floor", private: true }, null, 2),
  "next.config.js": "module.exports = { poweredByHeader: false };\n",
  "app/layout.jsx": `export const metadata = { title: "Floor" };
export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
`,
  "app/page.jsx": `export default function Page() {
  return <h1>Hello, world</h1>;
}
`,
  "app/api/health/route.js": `export const dynamic = "force-dynamic";
export function GET() {
  return Response.json({ status: "ok" });
}
`,
};

export function nextVersion(): string {
  return (createRequire(path.join(root, "package.json"))("next/package.json") as { version: string }).version;
}

/** Builds the floor app unless a build with the same Next version and sources exists. */
export function buildFloorApp(): { dir: string; built: boolean; ms: number } {
  const stamp = JSON.stringify({ next: nextVersion(), files });
  const stampFile = path.join(floorDir, ".bench-stamp");
  if (fs.existsSync(path.join(floorDir, ".next", "BUILD_ID")) && fs.readFileSync(stampFile, "utf8") === stamp)
    return { dir: floorDir, built: false, ms: 0 };
  fs.rmSync(floorDir, { recursive: true, force: true });
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(floorDir, name)), { recursive: true });
    fs.writeFileSync(path.join(floorDir, name), text);
  }
  const started = Date.now();
  const result = spawnSync(path.join(root, "node_modules", ".bin", "next"), ["build"], {
    cwd: floorDir,
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`Building the floor app failed:\n${result.stdout}\n${result.stderr}`);
  fs.writeFileSync(stampFile, stamp);
  return { dir: floorDir, built: true, ms: Date.now() - started };
}
