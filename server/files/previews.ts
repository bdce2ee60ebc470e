import sharp from "sharp";
import type { Db } from "../platform/db";
import { logger } from "../platform/logger";
import type { Storage } from "../platform/storage";
import { downloadableFile } from "./access";

/**
 * Server-made images of stored pictures: a thumbnail for lists and boards, and a viewing copy for
 * the proofing viewer (SVG is rasterized here, so the browser never runs a client's SVG). WebP,
 * never larger than the original, made once and kept in storage beside the files.
 */
export const PREVIEW_SIZES = { thumb: 320, view: 2000 } as const;
export type PreviewSize = keyof typeof PREVIEW_SIZES;

const PREVIEWABLE = new Set(["image/png", "image/jpeg", "image/webp", "image/gif", "image/svg+xml", "image/tiff"]);

export function isPreviewableImage(mime: string) {
  return PREVIEWABLE.has(mime);
}

export const previewKey = (fileId: string, size: PreviewSize) => `previews/${fileId.toLowerCase()}-${size}.webp`;

/**
 * The preview's bytes (from the cache in storage, else made now and cached), or null when the file
 * is not an image we preview or its bytes are not a readable image (the page then offers the download).
 */
export async function imagePreview(
  store: Storage,
  file: { id: string; storageKey: string; mime: string },
  size: PreviewSize,
): Promise<Buffer | null> {
  if (!isPreviewableImage(file.mime)) return null;
  const key = previewKey(file.id, size);
  const cached = await store.get(key);
  if (cached) return cached;
  const original = await store.get(file.storageKey);
  if (!original) return null;
  const max = PREVIEW_SIZES[size];
  try {
    const preview = await sharp(original, { limitInputPixels: 100_000_000, failOn: "error" })
      .rotate()
      .resize({ width: max, height: max, fit: "inside", withoutEnlargement: true })
      .webp({ quality: size === "thumb" ? 70 : 85 })
      .toBuffer();
    await store.put(key, preview, "image/webp");
    return preview;
  } catch (error) {
    logger.warn({ err: error, fileId: file.id }, "no preview for an unreadable image");
    return null;
  }
}

/** The HTTP answer for an allowed preview (access is decided before, by downloadableFile). */
export async function previewResponse(
  store: Storage,
  file: { id: string; storageKey: string; mime: string },
  size: PreviewSize,
) {
  const preview = await imagePreview(store, file, size);
  if (!preview)
    return Response.json(
      { error: "This file can't be previewed — download it instead." },
      { status: 422, headers: { "cache-control": "no-store" } },
    );
  return new Response(new Uint8Array(preview), {
    headers: {
      "content-type": "image/webp",
      "content-length": String(preview.length),
      // A file id never changes its bytes: the browser may keep it, but only for this person.
      "cache-control": "private, max-age=86400, immutable",
      "x-content-type-options": "nosniff",
      "content-security-policy": "default-src 'none'; sandbox",
    },
  });
}

/**
 * GET /api/files/<id>/preview?size=thumb|view — decided by `downloadableFile`, exactly the
 * download rule: whoever may not download the file gets the same 404 as for an unknown id.
 */
export async function handlePreview(
  req: Request,
  fileId: string,
  deps: {
    db: Db;
    storage: Storage;
    getUser: () => Promise<{ id: string; staffRole: string | null } | null>;
  },
) {
  const requested = new URL(req.url).searchParams.get("size") ?? "thumb";
  if (!(requested in PREVIEW_SIZES))
    return Response.json(
      { error: "size must be thumb or view" },
      { status: 400, headers: { "cache-control": "no-store" } },
    );
  const file = await downloadableFile(deps.db, fileId, await deps.getUser());
  if (!file) return Response.json({ error: "Not found" }, { status: 404, headers: { "cache-control": "no-store" } });
  return previewResponse(deps.storage, file, requested as PreviewSize);
}
