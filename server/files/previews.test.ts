import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, expect, it } from "vitest";
import { LocalDiskStorage } from "../platform/storage";
import { solidPng } from "../testing/images";
import { imagePreview, previewKey, previewResponse } from "./previews";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "atelier-previews-"));
const store = new LocalDiskStorage(root);
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

it("makes a WebP thumbnail no larger than needed, never enlarged, and keeps it", async () => {
  await store.put("files/big.png", solidPng(1200, 600, [10, 120, 200]), "image/png");
  await store.put("files/small.png", solidPng(40, 20, [200, 0, 0]), "image/png");
  const big = await imagePreview(store, { id: "big", storageKey: "files/big.png", mime: "image/png" }, "thumb");
  expect(await sharp(big as Buffer).metadata()).toMatchObject({ format: "webp", width: 320, height: 160 });
  const small = await imagePreview(store, { id: "small", storageKey: "files/small.png", mime: "image/png" }, "view");
  expect(await sharp(small as Buffer).metadata()).toMatchObject({ width: 40, height: 20 });
  // Cached in storage: the original can go and the preview is still served.
  expect(await store.get(previewKey("big", "thumb"))).toEqual(big);
  await store.remove("files/big.png");
  expect(await imagePreview(store, { id: "big", storageKey: "files/big.png", mime: "image/png" }, "thumb")).toEqual(
    big,
  );
});

it("rasterizes SVG, so no script in it ever reaches a browser", async () => {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="100" height="50"><script>alert(1)</script><rect width="100" height="50" fill="red"/></svg>`;
  await store.put("files/logo.svg", Buffer.from(svg), "image/svg+xml");
  const response = await previewResponse(
    store,
    { id: "logo", storageKey: "files/logo.svg", mime: "image/svg+xml" },
    "view",
  );
  expect(response.headers.get("content-type")).toBe("image/webp");
  const bytes = Buffer.from(await response.arrayBuffer());
  expect(await sharp(bytes).metadata()).toMatchObject({ format: "webp", width: 100, height: 50 });
  expect(bytes.toString("latin1")).not.toContain("alert");
});

it("answers a corrupt image or a non-image with a friendly refusal, not a crash", async () => {
  const corrupt = Buffer.concat([solidPng(8, 8, [0, 0, 0]).subarray(0, 40), Buffer.from("not really a png")]);
  await store.put("files/corrupt.png", corrupt, "image/png");
  const broken = await previewResponse(
    store,
    { id: "corrupt", storageKey: "files/corrupt.png", mime: "image/png" },
    "thumb",
  );
  expect(broken.status).toBe(422);
  expect((await broken.json()).error).toMatch(/can't be previewed — download it/);
  const pdf = await previewResponse(
    store,
    { id: "doc", storageKey: "files/doc.pdf", mime: "application/pdf" },
    "thumb",
  );
  expect(pdf.status).toBe(422);
});
