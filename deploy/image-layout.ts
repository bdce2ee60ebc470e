// The container image's runtime stage without Docker: the Dockerfile's `COPY --from=build` lines
// replayed into a directory, so `node server.js` runs from exactly what the image ships. Used by
// deploy/standalone.test.ts (the image's behaviour) and bench/ (the image's memory and speed).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");

const dockerfile = () => fs.readFileSync(path.join(root, "Dockerfile"), "utf8");

/** The NODE_OPTIONS the Dockerfile's runtime stage sets (the preload hook, the heap bound). */
export function imageNodeOptions(): string {
  const runtime = dockerfile().slice(dockerfile().lastIndexOf("\nFROM "));
  const value = /NODE_OPTIONS="([^"]*)"/.exec(runtime)?.[1];
  if (value === undefined) throw new Error("The Dockerfile's runtime stage sets no NODE_OPTIONS");
  return value;
}

/** [source in the build stage, destination in the runtime stage], both relative to /app. */
export function runtimeCopies(dockerfile: string): [string, string][] {
  const runtime = dockerfile.slice(dockerfile.lastIndexOf("\nFROM "));
  return [...runtime.matchAll(/^COPY\s+--from=build\s+(?:--\S+\s+)*(\S+)\s+(\S+)\s*$/gm)].map((m) => [
    path.posix.relative("/app", m[1] as string),
    path.posix.normalize(m[2] as string),
  ]);
}

/** The runtime stage's /app, assembled as the Dockerfile does it, in a new temporary directory. */
export function assembleImage(prefix = "atelier-image-"): string {
  const bundle = spawnSync("npm", ["run", "--silent", "build:migrate"], { cwd: root, encoding: "utf8" });
  if (bundle.status !== 0) throw new Error(`build:migrate failed: ${bundle.stderr}`);
  const app = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  for (const [from, to] of runtimeCopies(dockerfile())) {
    fs.cpSync(path.join(root, from), path.join(app, to === "." || to === "./" ? "" : to), { recursive: true });
  }
  return app;
}
