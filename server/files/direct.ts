import { DomainError } from "../errors";
import type { Db } from "../platform/db";
import type { Storage } from "../platform/storage";
import { chunksOf, startIntake, UploadRefused } from "./intake";
import { newStorageKey, sanitizeFileName, type UploadPurpose, uploadPurposes } from "./service";

/** How long a signed upload form stays usable; an upload not confirmed within a day is swept. */
export const DIRECT_UPLOAD_SECONDS = 15 * 60;

/**
 * Signs a form for the browser to upload one file straight to storage, capped at the purpose's
 * limit by the signature. Null when the storage takes uploads only through the server (local disk).
 */
export async function createDirectUpload(
  db: Db,
  store: Storage,
  purpose: UploadPurpose,
  input: { originalName: string; size: number; uploadedById: string },
) {
  const rule = uploadPurposes[purpose];
  const originalName = sanitizeFileName(input.originalName);
  const expected = rule.expected(originalName);
  if ("error" in expected) throw new UploadRefused(expected.error);
  if (input.size <= 0) throw new UploadRefused("The file is empty.");
  if (input.size > rule.maxBytes)
    throw new UploadRefused(`The file is larger than ${rule.maxBytes / 1_048_576} MB.`, 413);
  const storageKey = newStorageKey(rule.folder, expected.ext);
  const form = await store.presignUpload(storageKey, {
    contentType: expected.mime,
    maxBytes: rule.maxBytes,
    expiresInSeconds: DIRECT_UPLOAD_SECONDS,
  });
  if (!form) return null;
  const pending = await db.pendingUpload.create({
    data: { storageKey, purpose, originalName, uploadedById: input.uploadedById },
    select: { id: true },
  });
  return { uploadId: pending.id, ...form };
}

/**
 * Checks what the browser really uploaded before recording it: its stored size against the limit,
 * its first bytes against the kinds we accept (then the rest is streamed once for the sha256 and,
 * for text, to the end). A file that lies is refused: its object deleted, no row kept.
 */
export async function confirmDirectUpload(
  db: Db,
  store: Storage,
  input: { purpose: UploadPurpose; uploadId: string; uploadedById: string },
) {
  const pending = await db.pendingUpload.findFirst({
    where: { id: input.uploadId, uploadedById: input.uploadedById, purpose: input.purpose },
  });
  if (!pending || !(pending.purpose in uploadPurposes))
    throw new DomainError("NOT_FOUND", "This upload is unknown or has expired. Please upload the file again.");
  const rule = uploadPurposes[pending.purpose as UploadPurpose];
  const discard = async () => {
    await db.pendingUpload.deleteMany({ where: { id: pending.id } });
    await store.remove(pending.storageKey);
  };
  try {
    const size = await store.size(pending.storageKey);
    if (size === null) throw new UploadRefused("The file never reached storage. Please upload it again.");
    if (size > rule.maxBytes) throw new UploadRefused(`The file is larger than ${rule.maxBytes / 1_048_576} MB.`, 413);
    const expected = rule.expected(pending.originalName);
    const intake = await startIntake(chunksOf(await store.stream(pending.storageKey)), {
      maxBytes: rule.maxBytes,
      classify: (head, complete) => {
        const kind = rule.classify(pending.originalName, head, complete);
        if ("error" in kind || "error" in expected || kind.mime === expected.mime) return kind;
        return {
          error: `“${pending.originalName}” is not a real ${expected.ext.toUpperCase()} file (its content does not match its name).`,
        };
      },
    });
    for await (const _ of intake.body);
    // The pending row goes in the same transaction the file row is made: a sweep racing this confirm
    // either removed the upload first (and this fails) or finds nothing left to sweep.
    return await db.$transaction(async (tx) => {
      const { count } = await tx.pendingUpload.deleteMany({ where: { id: pending.id } });
      if (count !== 1) throw new UploadRefused("This upload expired before it was confirmed. Please upload it again.");
      return tx.fileAsset.create({
        data: {
          storageKey: pending.storageKey,
          originalName: pending.originalName,
          size: intake.size,
          mime: intake.kind.mime,
          sha256: intake.sha256,
          uploadedById: pending.uploadedById,
        },
        select: { id: true, originalName: true, size: true, mime: true, sha256: true },
      });
    });
  } catch (error) {
    await discard();
    throw error;
  }
}

/** Removes signed uploads never confirmed within `olderThanMs`, object and row. Returns how many went. */
export async function sweepPendingUploads(db: Db, store: Storage, olderThanMs = 24 * 3_600_000, limit = 200) {
  const stale = await db.pendingUpload.findMany({
    where: { createdAt: { lt: new Date(Date.now() - olderThanMs) } },
    orderBy: { createdAt: "asc" },
    take: limit,
    select: { id: true, storageKey: true },
  });
  let removed = 0;
  for (const upload of stale) {
    // The row goes first, so a confirm running now fails instead of recording a file we then delete.
    const { count } = await db.pendingUpload.deleteMany({ where: { id: upload.id } });
    if (count === 1) {
      await store.remove(upload.storageKey);
      removed++;
    }
  }
  return removed;
}
