import { createHash, randomUUID } from "node:crypto";
import { DomainError } from "../errors";
import type { Db } from "../platform/db";
import type { Storage } from "../platform/storage";
import { ATTACHMENT_MAX_BYTES, classifyAttachment } from "./kinds";

export { ATTACHMENT_MAX_BYTES };

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

/**
 * A display name without paths, control characters or surprises; never used as a storage key.
 * Bidirectional controls go too: "invoice\u202Egnp.exe" would otherwise display as "invoiceexe.png".
 */
export function sanitizeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const clean = base
    .normalize("NFC")
    // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
    .replace(/[\u0000-\u001f\u007f-\u009f<>:"|?*]/g, "")
    .replace(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, "")
    .replace(/^\.+/, "")
    .trim()
    .slice(-120);
  return clean || "file";
}

export const HERO_IMAGE_MAX_BYTES = 10 * 1024 * 1024;

const megabytes = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;

function checkSize(data: Buffer, maxBytes: number) {
  if (data.length === 0) throw new DomainError("BAD_REQUEST", "The file is empty.");
  if (data.length > maxBytes) {
    throw new DomainError(
      "BAD_REQUEST",
      `The file is ${megabytes(data.length)}; the limit is ${maxBytes / 1_048_576} MB.`,
    );
  }
}

/**
 * Stores checked bytes under a key we make (never the user's name), then records the file. If
 * recording fails the bytes are removed again, so a failed upload leaves nothing behind.
 */
async function storeChecked(
  db: Db,
  store: Storage,
  input: { data: Buffer; originalName: string; uploadedById: string; mime: string; ext: string; folder: string },
) {
  const now = new Date();
  const key = `${input.folder}/${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, "0")}/${randomUUID()}.${input.ext}`;
  await store.put(key, input.data, input.mime);
  try {
    return await db.fileAsset.create({
      data: {
        storageKey: key,
        originalName: sanitizeFileName(input.originalName),
        size: input.data.length,
        mime: input.mime,
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

/** An image (PNG, JPEG, WebP) checked by its content: hero redesigns and deliverables. */
export async function storeImage(
  db: Db,
  store: Storage,
  input: { data: Buffer; originalName: string; uploadedById: string; maxBytes?: number },
) {
  checkSize(input.data, input.maxBytes ?? HERO_IMAGE_MAX_BYTES);
  const mime = sniffImage(input.data);
  if (!mime)
    throw new DomainError(
      "BAD_REQUEST",
      "Only PNG, JPEG and WebP images are accepted (checked by content, not by name).",
    );
  return storeChecked(db, store, { ...input, mime, ext: imageTypes[mime].ext, folder: "images" });
}

/** A request attachment: any accepted design or document type whose content matches its name. */
export async function storeAttachment(
  db: Db,
  store: Storage,
  input: { data: Buffer; originalName: string; uploadedById: string },
) {
  checkSize(input.data, ATTACHMENT_MAX_BYTES);
  const name = sanitizeFileName(input.originalName);
  const kind = classifyAttachment(name, input.data);
  if ("error" in kind) throw new DomainError("BAD_REQUEST", kind.error);
  return storeChecked(db, store, {
    ...input,
    originalName: name,
    mime: kind.mime,
    ext: kind.ext,
    folder: "attachments",
  });
}

/**
 * Removes uploads nobody attached to anything (the client uploaded, then never sent the request)
 * once they are older than `olderThanMs`. Returns how many went.
 */
export async function sweepUnattachedFiles(db: Db, store: Storage, olderThanMs = 24 * 3_600_000, limit = 200) {
  const stale = await db.$queryRaw<{ id: string; storageKey: string }[]>`
    SELECT f.id, f."storageKey" FROM "FileAsset" f
    WHERE f."createdAt" < ${new Date(Date.now() - olderThanMs)}
      AND NOT EXISTS (SELECT 1 FROM "RequestAttachment" a WHERE a."fileId" = f.id)
      AND NOT EXISTS (SELECT 1 FROM "Deliverable" d WHERE d."fileId" = f.id)
      AND NOT EXISTS (SELECT 1 FROM "HeroRedesign" h WHERE h."beforeImageId" = f.id OR h."afterImageId" = f.id)
    ORDER BY f."createdAt" LIMIT ${limit}`;
  let removed = 0;
  for (const file of stale) {
    // The row goes first: if the bytes then fail to go, nothing points at them any more.
    try {
      const { count } = await db.fileAsset.deleteMany({ where: { id: file.id, attachments: { none: {} } } });
      if (count === 1) {
        await store.remove(file.storageKey);
        removed++;
      }
    } catch {
      // Attached at this very moment (the foreign key refused the delete): it is no longer unattached.
    }
  }
  return removed;
}
