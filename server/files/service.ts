import { createHash, randomUUID } from "node:crypto";
import { DomainError } from "../errors";
import type { Db } from "../platform/db";
import type { Storage } from "../platform/storage";

export const imageTypes = {
  "image/png": {
    ext: "png",
    test: (b: Buffer) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  },
  "image/jpeg": { ext: "jpg", test: (b: Buffer) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  "image/webp": {
    ext: "webp",
    test: (b: Buffer) => b.toString("latin1", 0, 4) === "RIFF" && b.toString("latin1", 8, 12) === "WEBP",
  },
} as const;
export type ImageMime = keyof typeof imageTypes;

/** The real type of an image from its first bytes; the name and the declared type are ignored. */
export function sniffImage(data: Buffer): ImageMime | null {
  for (const [mime, kind] of Object.entries(imageTypes)) if (kind.test(data)) return mime as ImageMime;
  return null;
}

/** A display name without paths, control characters or surprises; never used as a storage key. */
export function sanitizeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const clean = base
    .normalize("NFC")
    // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
    .replace(/[\u0000-\u001f\u007f<>:"|?*]/g, "")
    .replace(/^\.+/, "")
    .trim()
    .slice(-120);
  return clean || "file";
}

export const HERO_IMAGE_MAX_BYTES = 10 * 1024 * 1024;

/**
 * Checks an image by its content, stores the bytes, then records the file. If recording fails the
 * bytes are removed again, so a failed upload leaves nothing behind.
 */
export async function storeImage(
  db: Db,
  store: Storage,
  input: { data: Buffer; originalName: string; uploadedById: string; maxBytes?: number },
) {
  const maxBytes = input.maxBytes ?? HERO_IMAGE_MAX_BYTES;
  if (input.data.length === 0) throw new DomainError("BAD_REQUEST", "The file is empty.");
  if (input.data.length > maxBytes) {
    throw new DomainError(
      "BAD_REQUEST",
      `The file is ${(input.data.length / 1_048_576).toFixed(1)} MB; the limit is ${maxBytes / 1_048_576} MB.`,
    );
  }
  const mime = sniffImage(input.data);
  if (!mime)
    throw new DomainError(
      "BAD_REQUEST",
      "Only PNG, JPEG and WebP images are accepted (checked by content, not by name).",
    );
  const now = new Date();
  const key = `images/${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, "0")}/${randomUUID()}.${imageTypes[mime].ext}`;
  await store.put(key, input.data, mime);
  try {
    return await db.fileAsset.create({
      data: {
        storageKey: key,
        originalName: sanitizeFileName(input.originalName),
        size: input.data.length,
        mime,
        sha256: createHash("sha256").update(input.data).digest("hex"),
        uploadedById: input.uploadedById,
      },
      select: { id: true, originalName: true, size: true, mime: true, sha256: true },
    });
  } catch (error) {
    await store.remove(key);
    throw error;
  }
}
