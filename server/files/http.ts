import { currentSession } from "../accounts/current-session";
import { DomainError } from "../errors";
import { crossSiteRefusal } from "../platform/csrf";
import type { Db } from "../platform/db";
import type { Storage } from "../platform/storage";
import { ATTACHMENT_MAX_BYTES, HERO_IMAGE_MAX_BYTES, storeAttachment, storeImage } from "./service";

type UploadUser = { id: string; staffRole: string | null };

interface UploadDeps {
  db: Db;
  storage: Storage;
  getUser?: () => Promise<UploadUser | null>;
}

const json = (status: number, body: unknown) =>
  Response.json(body, { status, headers: { "cache-control": "no-store" } });

class UploadRefused extends Error {
  constructor(readonly status: number) {
    super();
  }
}

/**
 * Reads the raw body with a hard cap, even when Content-Length lies or is missing. A body cut off
 * half way (the browser closed, the network dropped) throws, and nothing has been stored yet.
 */
async function readCapped(req: Request, maxBytes: number): Promise<Buffer | UploadRefused> {
  const limit = `${maxBytes / 1_048_576} MB`;
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > maxBytes)
    return Object.assign(new UploadRefused(413), {
      message: `The file is ${(declared / 1_048_576).toFixed(1)} MB; the limit is ${limit}.`,
    });
  const chunks: Buffer[] = [];
  let size = 0;
  const reader = req.body?.getReader();
  while (reader) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch {
      return Object.assign(new UploadRefused(400), {
        message: "The upload was interrupted; nothing was saved. Please try again.",
      });
    }
    if (chunk.done) break;
    size += chunk.value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      return Object.assign(new UploadRefused(413), { message: `The file is larger than ${limit}.` });
    }
    chunks.push(Buffer.from(chunk.value));
  }
  return Buffer.concat(chunks);
}

async function handleUpload(
  req: Request,
  deps: UploadDeps,
  policy: {
    maxBytes: number;
    refuse: (user: UploadUser) => string | null;
    store: (input: { data: Buffer; originalName: string; uploadedById: string }) => Promise<unknown>;
  },
) {
  const crossSite = crossSiteRefusal(req);
  if (crossSite) return crossSite;
  const user = deps.getUser ? await deps.getUser() : ((await currentSession(req.headers))?.user ?? null);
  if (!user) return json(401, { error: "Please sign in to continue." });
  const refusal = policy.refuse(user);
  if (refusal) return json(403, { error: refusal });
  const data = await readCapped(req, policy.maxBytes);
  if (data instanceof UploadRefused) return json(data.status, { error: data.message });
  try {
    const file = await policy.store({
      data,
      originalName: decodeURIComponent(req.headers.get("x-file-name") ?? "file"),
      uploadedById: user.id,
    });
    return json(201, file);
  } catch (error) {
    if (error instanceof DomainError) return json(400, { error: error.message });
    if (error instanceof URIError) return json(400, { error: "The file name is not valid." });
    throw error;
  }
}

/**
 * POST /api/uploads/images — the raw image is the body (the browser reports progress while it
 * sends), its name in X-File-Name. Staff only; checked by content; nothing is kept on failure.
 */
export function handleImageUpload(req: Request, deps: UploadDeps) {
  return handleUpload(req, deps, {
    maxBytes: HERO_IMAGE_MAX_BYTES,
    refuse: (user) => (user.staffRole ? null : "Only studio staff can upload redesign images."),
    store: (input) => storeImage(deps.db, deps.storage, input),
  });
}

/**
 * POST /api/uploads/attachments — one request attachment (up to 50 MB) as the raw body. Any
 * signed-in person may upload; the file stays private to them until they attach it to a request
 * in a workspace they belong to (requests.create checks that), and unattached uploads are swept.
 */
export function handleAttachmentUpload(req: Request, deps: UploadDeps) {
  return handleUpload(req, deps, {
    maxBytes: ATTACHMENT_MAX_BYTES,
    refuse: () => null,
    store: (input) => storeAttachment(deps.db, deps.storage, input),
  });
}
