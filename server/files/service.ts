import { randomUUID } from "node:crypto";
import { DomainError } from "../errors";
import type { Db } from "../platform/db";
import type { Storage } from "../platform/storage";
import { startIntake } from "./intake";
import { ATTACHMENT_MAX_BYTES, type Classified, classifyAttachment, expectedAttachment, extensionOf } from "./kinds";
import { PREVIEW_SIZES, type PreviewSize, previewKey } from "./previews";

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

const IMAGE_REFUSAL = "Only PNG, JPEG and WebP images are accepted (checked by content, not by name).";
const imageExtensions: Record<string, ImageMime> = {
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  webp: "image/webp",
};

/** What each kind of upload accepts: who, how big, which types, and where it is kept. */
export const uploadPurposes = {
  /** Hero redesign images and deliverable previews: staff only, PNG/JPEG/WebP by content. */
  image: {
    folder: "images",
    maxBytes: HERO_IMAGE_MAX_BYTES,
    refuse: (user: { staffRole: string | null }) =>
      user.staffRole ? null : "Only studio staff can upload redesign images.",
    expected: (name: string) => {
      const mime = imageExtensions[extensionOf(name)];
      return mime ? { mime, ext: imageTypes[mime].ext } : { error: IMAGE_REFUSAL };
    },
    classify: (_name: string, head: Buffer): Classified => {
      const mime = sniffImage(head);
      return mime ? { mime, ext: imageTypes[mime].ext } : { error: IMAGE_REFUSAL };
    },
  },
  /** Request attachments: anyone signed in; private to the uploader until attached (requests.create checks). */
  attachment: {
    folder: "attachments",
    maxBytes: ATTACHMENT_MAX_BYTES,
    refuse: () => null,
    expected: (name: string) => {
      const expected = expectedAttachment(name);
      return "error" in expected ? expected : { mime: expected.mime, ext: expected.ext };
    },
    classify: (name: string, head: Buffer, complete: boolean) => classifyAttachment(name, head, complete),
  },
} as const;
export type UploadPurpose = keyof typeof uploadPurposes;

/** A key we make (never the user's name): `folder/yyyy/mm/<uuid>.<ext>`. */
export function newStorageKey(folder: string, ext: string) {
  const now = new Date();
  return `${folder}/${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, "0")}/${randomUUID()}.${ext}`;
}

const fileSelect = { id: true, originalName: true, size: true, mime: true, sha256: true } as const;

/** Records stored bytes; if recording fails the bytes are removed, so a failed upload leaves nothing. */
async function recordFile(
  db: Db,
  store: Storage,
  data: { storageKey: string; originalName: string; size: number; mime: string; sha256: string; uploadedById: string },
) {
  try {
    return await db.fileAsset.create({ data, select: fileSelect });
  } catch (error) {
    await store.remove(data.storageKey);
    throw error;
  }
}

/**
 * Streams an upload into storage: its first bytes decide its kind (a forged file is refused before
 * anything is stored), the rest is counted against the cap and hashed on the way. A refused or
 * cut-off upload leaves no object and no row; it throws UploadRefused.
 */
export async function storeUpload(
  db: Db,
  store: Storage,
  purpose: UploadPurpose,
  input: {
    source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>;
    originalName: string;
    uploadedById: string;
    maxBytes?: number;
  },
) {
  const rule = uploadPurposes[purpose];
  const originalName = sanitizeFileName(input.originalName);
  const intake = await startIntake(input.source, {
    maxBytes: input.maxBytes ?? rule.maxBytes,
    classify: (head, complete) => rule.classify(originalName, head, complete),
  });
  const storageKey = newStorageKey(rule.folder, intake.kind.ext);
  await store.write(storageKey, intake.body, intake.kind.mime);
  return recordFile(db, store, {
    storageKey,
    originalName,
    size: intake.size,
    mime: intake.kind.mime,
    sha256: intake.sha256,
    uploadedById: input.uploadedById,
  });
}

/** An image (PNG, JPEG, WebP) checked by its content: hero redesigns and deliverables. */
export async function storeImage(
  db: Db,
  store: Storage,
  input: { data: Buffer; originalName: string; uploadedById: string; maxBytes?: number },
) {
  checkSize(input.data, input.maxBytes ?? HERO_IMAGE_MAX_BYTES);
  return storeUpload(db, store, "image", { ...input, source: [input.data] });
}

/** A request attachment: any accepted design or document type whose content matches its name. */
export async function storeAttachment(
  db: Db,
  store: Storage,
  input: { data: Buffer; originalName: string; uploadedById: string },
) {
  checkSize(input.data, ATTACHMENT_MAX_BYTES);
  return storeUpload(db, store, "attachment", { ...input, source: [input.data] });
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
      AND NOT EXISTS (SELECT 1 FROM "Workspace" w WHERE w."brandLogoId" = f.id)
      AND NOT EXISTS (SELECT 1 FROM "MediaAsset" m WHERE m."fileId" = f.id)
    ORDER BY f."createdAt" LIMIT ${limit}`;
  let removed = 0;
  for (const file of stale) {
    // The row goes first: if the bytes then fail to go, nothing points at them any more.
    try {
      const { count } = await db.fileAsset.deleteMany({
        where: { id: file.id, attachments: { none: {} }, brandLogoOf: { none: {} } },
      });
      if (count === 1) {
        await store.remove(file.storageKey);
        // Previews its uploader may have looked at go with it.
        for (const size of Object.keys(PREVIEW_SIZES) as PreviewSize[]) await store.remove(previewKey(file.id, size));
        removed++;
      }
    } catch {
      // Attached at this very moment (the foreign key refused the delete): it is no longer unattached.
    }
  }
  return removed;
}
