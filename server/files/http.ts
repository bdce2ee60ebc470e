import { getServerSession } from "next-auth";
import { authOptions } from "../accounts/auth";
import { DomainError } from "../errors";
import type { Db } from "../platform/db";
import type { Storage } from "../platform/storage";
import { HERO_IMAGE_MAX_BYTES, storeImage } from "./service";

const json = (status: number, body: unknown) =>
  Response.json(body, { status, headers: { "cache-control": "no-store" } });

/**
 * POST /api/uploads/images — the raw image is the body (the browser reports progress while it
 * sends), its name in X-File-Name. Staff only; checked by content; nothing is kept on failure.
 */
export async function handleImageUpload(
  req: Request,
  deps: { db: Db; storage: Storage; getUser?: () => Promise<{ id: string; staffRole: string | null } | null> },
) {
  const user = deps.getUser ? await deps.getUser() : ((await getServerSession(authOptions()))?.user ?? null);
  if (!user) return json(401, { error: "Please sign in to continue." });
  if (!user.staffRole) return json(403, { error: "Only studio staff can upload redesign images." });
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > HERO_IMAGE_MAX_BYTES) {
    return json(413, {
      error: `The file is ${(declared / 1_048_576).toFixed(1)} MB; the limit is ${HERO_IMAGE_MAX_BYTES / 1_048_576} MB.`,
    });
  }
  // Read with a hard cap even when Content-Length lies or is missing.
  const chunks: Buffer[] = [];
  let size = 0;
  const reader = req.body?.getReader();
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > HERO_IMAGE_MAX_BYTES) {
      await reader.cancel();
      return json(413, { error: `The file is larger than ${HERO_IMAGE_MAX_BYTES / 1_048_576} MB.` });
    }
    chunks.push(Buffer.from(value));
  }
  try {
    const file = await storeImage(deps.db, deps.storage, {
      data: Buffer.concat(chunks),
      originalName: decodeURIComponent(req.headers.get("x-file-name") ?? "image"),
      uploadedById: user.id,
    });
    return json(201, file);
  } catch (error) {
    if (error instanceof DomainError) return json(400, { error: error.message });
    throw error;
  }
}
