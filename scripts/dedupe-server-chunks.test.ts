import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";

const require = createRequire(import.meta.url);
const { dedupeServerChunks } = require("./dedupe-server-chunks.cjs") as {
  dedupeServerChunks(serverDir: string): { files?: number; bytes?: number; skipped?: string };
};

// The two things the rewrite relies on, as Turbopack's Node runtime (16.4) writes them.
const RUNTIME = `const chunkModules = require(resolved);\nif (!moduleFactories.has(id)) {}\n`;

let dirs: string[] = [];
afterEach(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  dirs = [];
});

/** A `.next/server` with the given files (paths relative to it). */
function build(files: Record<string, string>) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "atelier-dedupe-"));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const chunk = (body: string, name: string) => `module.exports=[${body}];\n//# sourceMappingURL=${name}.map`;

describe("dedupeServerChunks", () => {
  it("makes each twin load the first copy, so the runtime gets the very same module list", () => {
    const dir = build({
      "chunks/[turbopack]_runtime.js": RUNTIME,
      "chunks/_b._.js": chunk("1,e=>{e.v(42)}", "_b._.js"),
      "chunks/ssr/_a._.js": chunk("1,e=>{e.v(42)}", "_a._.js"),
      "chunks/ssr/_c._.js": chunk("1,e=>{e.v(42)}", "_c._.js"),
      "chunks/_other._.js": chunk("2,e=>{e.v(7)}", "_other._.js"),
    });
    const result = dedupeServerChunks(dir);
    expect(result.files).toBe(2);
    const first = require(path.join(dir, "chunks/_b._.js"));
    expect(require(path.join(dir, "chunks/ssr/_a._.js"))).toBe(first);
    expect(require(path.join(dir, "chunks/ssr/_c._.js"))).toBe(first);
    expect(fs.readFileSync(path.join(dir, "chunks/ssr/_a._.js"), "utf8")).toBe(
      'module.exports=require("../_b._.js");\n',
    );
    // A chunk with other modules is left alone.
    expect(fs.readFileSync(path.join(dir, "chunks/_other._.js"), "utf8")).toContain("e.v(7)");
  });

  it("adds the file a twin now loads to every route trace that names the twin", () => {
    const dir = build({
      "chunks/[turbopack]_runtime.js": RUNTIME,
      "chunks/_a._.js": chunk("1,e=>{}", "_a._.js"),
      "chunks/_b._.js": chunk("1,e=>{}", "_b._.js"),
      "app/page.js.nft.json": JSON.stringify({ version: 1, files: ["../chunks/_b._.js"] }),
      "app/other/page.js.nft.json": JSON.stringify({ version: 1, files: ["../../chunks/_a._.js"] }),
    });
    dedupeServerChunks(dir);
    const trace = (name: string) => JSON.parse(fs.readFileSync(path.join(dir, name), "utf8")).files;
    expect(trace("app/page.js.nft.json")).toEqual(["../chunks/_b._.js", "../chunks/_a._.js"]);
    expect(trace("app/other/page.js.nft.json")).toEqual(["../../chunks/_a._.js"]);
  });

  it("changes nothing when the runtime no longer loads chunks with require()", () => {
    const twin = chunk("1,e=>{}", "x");
    const dir = build({
      "chunks/[turbopack]_runtime.js": "const chunkModules = await import(url);",
      "chunks/_a._.js": twin,
      "chunks/_b._.js": twin,
    });
    expect(dedupeServerChunks(dir).skipped).toMatch(/no longer loads chunks with require/);
    expect(fs.readFileSync(path.join(dir, "chunks/_b._.js"), "utf8")).toBe(twin);
  });

  it("skips a build without Turbopack server chunks", () => {
    expect(dedupeServerChunks(build({ "pages/index.js": "" })).skipped).toMatch(/no Turbopack server chunks/);
  });
});
