// Run by `next build` after it compiles (next.config.js, compiler.runAfterProductionCompile), before
// it prerenders and copies the standalone output, so both see the result.
//
// Turbopack writes the same server chunk under several names, one per group of routes that uses it
// (on 2026-12-01: 52 files, 6.8 MiB, for example the 975 kB chunk of our server code three times).
// The files differ only in their `//# sourceMappingURL=` line. Its Node runtime loads a chunk with
// `require(path)` and installs each module factory only if no factory with that id is installed
// yet, so the second copy adds nothing but memory: Node keeps every required file's source and
// compiled top level for the life of the process, and Next loads every route at start
// (preloadEntriesOnStart). With the twins loaded once, a started instance holds 14 MiB less V8
// heap (100.3 → 86.5 MiB after a full GC) and ~30 MiB less RSS (docs/PERFORMANCE.md).
//
// Each twin is rewritten to `module.exports=require("./<first twin>")`: the runtime receives the very
// same module list, finds every factory installed and moves on. Nothing is rewritten unless the
// runtime still loads chunks that way; a build whose runtime does not is left as it is.
const crypto = require("node:crypto");
const fs = require("node:fs");
const path = require("node:path");

const CHUNK_PREFIX = "module.exports=[";
const SOURCE_MAP_LINE = /\n\/\/# sourceMappingURL=\S+\s*$/;

/** True when the Turbopack Node runtime in `chunksDir` loads chunks by `require` with first-wins factories. */
function runtimeLoadsByRequire(chunksDir) {
  const runtime = path.join(chunksDir, "[turbopack]_runtime.js");
  if (!fs.existsSync(runtime)) return false;
  const text = fs.readFileSync(runtime, "utf8");
  return text.includes("require(resolved)") && text.includes("if (!moduleFactories.has(id))");
}

/**
 * Rewrites byte-identical server chunks (ignoring their source-map line) to re-export the first of
 * them. Returns what it did, for the build log.
 * @param {string} serverDir the build's `server` directory (`.next/server`)
 */
function dedupeServerChunks(serverDir) {
  const chunksDir = path.join(serverDir, "chunks");
  if (!fs.existsSync(chunksDir)) return { skipped: "no Turbopack server chunks in this build" };
  if (!runtimeLoadsByRequire(chunksDir)) {
    return {
      skipped: "the Turbopack runtime no longer loads chunks with require(): duplicate chunks left as they are",
    };
  }
  /** @type {Map<string, string[]>} */
  const twins = new Map();
  for (const name of fs.readdirSync(chunksDir, { recursive: true })) {
    const file = path.join(chunksDir, String(name));
    if (!file.endsWith(".js") || !fs.statSync(file).isFile()) continue;
    const text = fs.readFileSync(file, "utf8");
    if (!text.startsWith(CHUNK_PREFIX)) continue;
    const digest = crypto.createHash("sha256").update(text.replace(SOURCE_MAP_LINE, "")).digest("hex");
    const group = twins.get(digest);
    if (group) group.push(file);
    else twins.set(digest, [file]);
  }
  let files = 0;
  let bytes = 0;
  /** @type {Map<string, string>} a rewritten twin → the file it now loads */
  const loads = new Map();
  for (const group of twins.values()) {
    if (group.length < 2) continue;
    group.sort();
    const [first, ...rest] = /** @type {[string, ...string[]]} */ (group);
    for (const file of rest) {
      let target = path.relative(path.dirname(file), first).split(path.sep).join("/");
      if (!target.startsWith(".")) target = `./${target}`;
      bytes += fs.statSync(file).size;
      fs.writeFileSync(file, `module.exports=require(${JSON.stringify(target)});\n`);
      loads.set(file, first);
      files++;
    }
  }
  addTwinsToTraces(serverDir, loads);
  return { files, bytes };
}

/**
 * A route's trace (`*.nft.json`, the files its function needs: Vercel bundles each function from
 * it) was written before the twins were rewritten, so a route that names a rewritten twin gets the
 * file that twin now loads added to its list.
 * @param {string} serverDir @param {Map<string, string>} loads
 */
function addTwinsToTraces(serverDir, loads) {
  if (loads.size === 0) return;
  for (const name of fs.readdirSync(serverDir, { recursive: true })) {
    const trace = path.join(serverDir, String(name));
    if (!trace.endsWith(".nft.json")) continue;
    const json = JSON.parse(fs.readFileSync(trace, "utf8"));
    if (!Array.isArray(json.files)) continue;
    const base = path.dirname(trace);
    const listed = new Set(json.files.map((/** @type {string} */ f) => path.resolve(base, f)));
    let changed = false;
    for (const file of [...listed]) {
      const target = loads.get(file);
      if (target && !listed.has(target)) {
        json.files.push(path.relative(base, target).split(path.sep).join("/"));
        listed.add(target);
        changed = true;
      }
    }
    if (changed) fs.writeFileSync(trace, JSON.stringify(json));
  }
}

module.exports = { dedupeServerChunks };
