import sharp from "sharp";
import { DomainError } from "../errors";
import { sniffImage } from "../files/service";
import { Prisma } from "../generated/prisma/client";
import type { Db } from "../platform/db";
import type { Storage } from "../platform/storage";
import { mediaUsage } from "./usage";

export const MEDIA_PAGE_SIZE = 48;

const mediaSelect = {
  id: true,
  path: true,
  fileName: true,
  mime: true,
  size: true,
  width: true,
  height: true,
  alt: true,
  focalX: true,
  focalY: true,
  createdAt: true,
  updatedAt: true,
} as const;

/** "Spring Hero (final).PNG" → "spring-hero-final.png": the readable end of an asset's public path. */
export function mediaFileName(originalName: string, ext: string) {
  const stem = originalName
    .replace(/\.[a-z0-9]{1,8}$/i, "")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return `${stem || "image"}.${ext}`;
}

const extensions: Record<string, string> = { "image/png": "png", "image/jpeg": "jpg", "image/webp": "webp" };

/**
 * Turns an uploaded image (a FileAsset from POST /api/uploads/images: staff only, PNG/JPEG/WebP
 * checked by content, 10 MB) into a library asset with its alt text and focal point.
 */
export async function createMedia(
  db: Db,
  store: Storage,
  input: { fileId: string; alt: string; focalX: number; focalY: number; uploadedById: string },
) {
  const file = await db.fileAsset.findUnique({
    where: { id: input.fileId },
    select: {
      id: true,
      storageKey: true,
      originalName: true,
      mime: true,
      size: true,
      media: { select: { id: true } },
      _count: { select: { attachments: true, heroBefore: true, heroAfter: true } },
    },
  });
  if (!file) throw new DomainError("NOT_FOUND", "That upload is gone. Please upload the image again.");
  if (file.media) throw new DomainError("CONFLICT", "This image is already in the media library.");
  if (file._count.attachments + file._count.heroBefore + file._count.heroAfter > 0)
    throw new DomainError("CONFLICT", "This file belongs to a request or a hero redesign; upload the image again.");
  const bytes = await store.get(file.storageKey);
  if (!bytes) throw new DomainError("NOT_FOUND", "That upload is gone. Please upload the image again.");
  // Checked again from the stored bytes: only images we can decode become library assets.
  const mime = sniffImage(bytes);
  if (!mime) throw new DomainError("BAD_REQUEST", "Only PNG, JPEG and WebP images can go in the media library.");
  const meta = await sharp(bytes)
    .metadata()
    .catch(() => null);
  if (!meta?.width || !meta.height)
    throw new DomainError("BAD_REQUEST", "This image cannot be read; it may be damaged. Please export it again.");
  // EXIF orientations 5–8 turn the picture a quarter: the displayed size swaps.
  const turned = (meta.orientation ?? 1) >= 5;
  const id = crypto.randomUUID().replace(/-/g, "").slice(0, 24);
  const fileName = mediaFileName(file.originalName, extensions[mime] ?? "img");
  return db.mediaAsset.create({
    data: {
      id,
      path: `/media/${id}/${fileName}`,
      fileId: file.id,
      fileName,
      mime,
      size: file.size,
      width: turned ? meta.height : meta.width,
      height: turned ? meta.width : meta.height,
      alt: input.alt,
      focalX: input.focalX,
      focalY: input.focalY,
      uploadedById: input.uploadedById,
    },
    select: mediaSelect,
  });
}

export async function listMedia(db: Db, input: { query?: string; cursor?: string }) {
  const q = input.query?.trim();
  const where: Prisma.MediaAssetWhereInput = q
    ? {
        OR: [{ alt: { contains: q, mode: "insensitive" } }, { fileName: { contains: q, mode: "insensitive" } }],
      }
    : {};
  const rows = await db.mediaAsset.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: MEDIA_PAGE_SIZE + 1,
    ...(input.cursor ? { cursor: { id: input.cursor }, skip: 1 } : {}),
    select: mediaSelect,
  });
  const hasMore = rows.length > MEDIA_PAGE_SIZE;
  const items = rows.slice(0, MEDIA_PAGE_SIZE);
  return { items, nextCursor: hasMore ? (items.at(-1)?.id ?? null) : null };
}

export async function getMedia(db: Db, id: string) {
  const asset = await db.mediaAsset.findUnique({ where: { id }, select: mediaSelect });
  if (!asset) throw new DomainError("NOT_FOUND", "This image is not in the media library (any more).");
  return { ...asset, usedIn: await mediaUsage(db, asset.path) };
}

export async function updateMedia(db: Db, input: { id: string; alt?: string; focalX?: number; focalY?: number }) {
  const { id, ...data } = input;
  try {
    return await db.mediaAsset.update({ where: { id }, data, select: mediaSelect });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025")
      throw new DomainError("NOT_FOUND", "This image is not in the media library (any more).");
    throw error;
  }
}

/** Deletes an image no content uses; one in use is refused with the places that show it. */
export async function deleteMedia(db: Db, store: Storage, id: string) {
  const asset = await db.mediaAsset.findUnique({
    where: { id },
    select: { id: true, path: true, fileId: true, file: { select: { storageKey: true } } },
  });
  if (!asset) throw new DomainError("NOT_FOUND", "This image is not in the media library (any more).");
  const usedIn = await mediaUsage(db, asset.path);
  if (usedIn.length) {
    const places = usedIn.map((u) => u.label);
    throw new DomainError(
      "CONFLICT",
      `This image is still used in ${places.length === 1 ? places[0] : `${places.slice(0, -1).join(", ")} and ${places.at(-1)}`}. Choose another image there first.`,
    );
  }
  await db.$transaction([
    db.mediaAsset.delete({ where: { id: asset.id } }),
    db.fileAsset.delete({ where: { id: asset.fileId } }),
  ]);
  await store.remove(asset.file.storageKey);
  return { id: asset.id, path: asset.path };
}

/** The asset behind a public path, for serving it: null when the path names nothing we have. */
export async function mediaForPath(db: Db, id: string, fileName: string) {
  const asset = await db.mediaAsset.findUnique({
    where: { id },
    select: { path: true, mime: true, size: true, fileName: true, file: { select: { storageKey: true } } },
  });
  return asset && asset.fileName === fileName ? asset : null;
}

/** The images of a page whose copy lives in code (home, /hero-redesign, /about), in order. */
export async function pageImages(db: Db, page: string) {
  const rows = await db.pageImage.findMany({
    where: { page },
    orderBy: [{ position: "asc" }, { slot: "asc" }],
    select: { slot: true, imagePath: true, imageAlt: true, caption: true, width: true, height: true },
  });
  const focal = await focalPoints(
    db,
    rows.map((r) => r.imagePath),
  );
  return rows.map((r) => ({ ...r, objectPosition: focal.get(r.imagePath) ?? null }));
}

/** CSS object-position of the library images among `paths` (demo images have none: centred). */
export async function focalPoints(db: Db, paths: (string | null | undefined)[]) {
  const media = paths.filter((p): p is string => !!p?.startsWith("/media/"));
  const out = new Map<string, string>();
  if (!media.length) return out;
  const rows = await db.mediaAsset.findMany({
    where: { path: { in: media } },
    select: { path: true, focalX: true, focalY: true },
  });
  for (const r of rows) out.set(r.path, `${Math.round(r.focalX * 100)}% ${Math.round(r.focalY * 100)}%`);
  return out;
}
