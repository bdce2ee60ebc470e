import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, describe, expect, it } from "vitest";
import { caseStudies } from "../prisma/seed-content/case-studies";
import { services } from "../prisma/seed-content/services";
import { demoImagePaths, pageImages, serviceVisuals, storyVisuals } from "../prisma/seed-content/visuals";
import { generateVisuals, render, visuals } from "./generate-visuals";

const publicDir = path.join(import.meta.dirname, "..", "public");
const sha = (b: Buffer) => createHash("sha256").update(b).digest("hex");

describe("demo visuals", () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "atelier-visuals-"));
  afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

  // The committed files came from an earlier run: equal bytes now means the script is deterministic.
  it("gives the same bytes on every run: the committed files are exactly its output", async () => {
    const first = await generateVisuals(out);
    expect(first.map((w) => w.file).sort()).toEqual(
      visuals()
        .map((v) => v.file)
        .sort(),
    );
    const again = visuals().find((v) => v.file === "logos/tallyroot.svg");
    if (again) expect(sha(await render(again))).toBe(first.find((w) => w.file === again.file)?.sha256);
    for (const w of first) {
      const committed = fs.readFileSync(path.join(publicDir, "demo", w.file));
      expect(sha(committed), `public/demo/${w.file} differs: run npx tsx scripts/generate-visuals.ts`).toBe(w.sha256);
    }
  }, 300_000);

  it("has every image the seed and the pages use, at the size they say", async () => {
    const paths = demoImagePaths();
    expect(new Set(paths).size).toBe(paths.length);
    for (const p of paths) expect(fs.existsSync(path.join(publicDir, p)), `${p} is missing under public/`).toBe(true);
    for (const p of pageImages.filter((i) => i.src.endsWith(".webp"))) {
      const meta = await sharp(path.join(publicDir, p.src)).metadata();
      expect([meta.width, meta.height], p.src).toEqual([p.width, p.height]);
    }
    // Every seeded service and story has its pictures, each with alt text that says something.
    expect(Object.keys(serviceVisuals).sort()).toEqual(services.map((s) => s.slug).sort());
    expect(Object.keys(storyVisuals).sort()).toEqual(caseStudies.map((c) => c.slug).sort());
    const alts = [
      ...Object.values(serviceVisuals).map((v) => v.alt),
      ...Object.values(storyVisuals).flatMap((v) => [v.before.alt, v.after.alt]),
      ...pageImages.map((p) => p.alt),
    ];
    for (const alt of alts) expect(alt.split(" ").length, alt).toBeGreaterThanOrEqual(5);
  });

  it("draws before and after differently: the dated page is not the designed one", async () => {
    const before = await sharp(path.join(publicDir, storyVisuals.tallyroot?.before.src ?? "")).stats();
    const after = await sharp(path.join(publicDir, storyVisuals.tallyroot?.after.src ?? "")).stats();
    expect(before.dominant).not.toEqual(after.dominant);
  });
});
