import { z } from "zod";
import { currentSession } from "../accounts/current-session";
import { DomainError } from "../errors";
import { crossSiteRefusal } from "../platform/csrf";
import type { Db } from "../platform/db";
import type { Storage } from "../platform/storage";
import { downloadableFile } from "./access";
import { bearerFileCaller } from "./bearer";
import { confirmDirectUpload, createDirectUpload } from "./direct";
import { fileDownload } from "./download";
import { chunksOf, UploadRefused } from "./intake";
import { storeUpload, type UploadPurpose, uploadPurposes } from "./service";

type UploadUser = { id: string; staffRole: string | null };

interface UploadDeps {
  db: Db;
  storage: Storage;
  getUser?: () => Promise<UploadUser | null>;
}

const json = (status: number, body: unknown) =>
  Response.json(body, { status, headers: { "cache-control": "no-store" } });

/**
 * Same-site, signed in (or a bearer token with `files:write`) and allowed for this purpose: the
 * uploader, or the response that refuses them.
 */
async function uploader(req: Request, deps: UploadDeps, purpose: UploadPurpose): Promise<UploadUser | Response> {
  const crossSite = crossSiteRefusal(req);
  if (crossSite) return crossSite;
  const bearer = await bearerFileCaller(req, deps.db, "files:write");
  if (bearer instanceof Response) return bearer;
  const user =
    bearer?.user ?? (deps.getUser ? await deps.getUser() : ((await currentSession(req.headers))?.user ?? null));
  if (!user)
    return Response.json(
      { error: "Please sign in to continue." },
      { status: 401, headers: { "cache-control": "no-store", "www-authenticate": 'Bearer realm="atelier"' } },
    );
  const refusal = uploadPurposes[purpose].refuse(user);
  return refusal ? json(403, { error: refusal }) : user;
}

function refusalResponse(error: unknown) {
  if (error instanceof UploadRefused) return json(error.status, { error: error.message });
  if (error instanceof DomainError) return json(error.code === "NOT_FOUND" ? 404 : 400, { error: error.message });
  if (error instanceof URIError) return json(400, { error: "The file name is not valid." });
  throw error;
}

/**
 * The raw file is the body (the browser reports progress while it sends), its name in X-File-Name.
 * The body is streamed to storage — never held whole in memory — checked by its first bytes, capped
 * while streaming whatever Content-Length says, hashed on the way; nothing is kept on failure.
 */
async function handleUpload(req: Request, deps: UploadDeps, purpose: UploadPurpose) {
  const user = await uploader(req, deps, purpose);
  if (user instanceof Response) return user;
  const { maxBytes } = uploadPurposes[purpose];
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > maxBytes)
    return json(413, {
      error: `The file is ${(declared / 1_048_576).toFixed(1)} MB; the limit is ${maxBytes / 1_048_576} MB.`,
    });
  try {
    const file = await storeUpload(deps.db, deps.storage, purpose, {
      source: chunksOf(req.body),
      originalName: decodeURIComponent(req.headers.get("x-file-name") ?? "file"),
      uploadedById: user.id,
    });
    return json(201, file);
  } catch (error) {
    return refusalResponse(error);
  }
}

/** POST /api/uploads/images — staff only; PNG, JPEG or WebP by content, up to 10 MB. */
export function handleImageUpload(req: Request, deps: UploadDeps) {
  return handleUpload(req, deps, "image");
}

/**
 * POST /api/uploads/attachments — one request attachment (up to 50 MB) as the raw body. Any
 * signed-in person may upload; the file stays private to them until they attach it to a request
 * in a workspace they belong to (requests.create checks that), and unattached uploads are swept.
 */
export function handleAttachmentUpload(req: Request, deps: UploadDeps) {
  return handleUpload(req, deps, "attachment");
}

const directUploadInput = z.object({
  name: z.string().min(1).max(1000),
  size: z.number().int().nonnegative(),
});

/**
 * POST /api/uploads/{attachments,images}/direct {name, size} — a signed form to upload the file
 * straight to storage (S3): 200 {mode: "direct", uploadId, url, fields}; or 200 {mode: "server"}
 * when storage is local disk and the file goes through the streaming route above.
 */
export async function handleDirectUpload(req: Request, deps: UploadDeps, purpose: UploadPurpose) {
  const user = await uploader(req, deps, purpose);
  if (user instanceof Response) return user;
  const input = directUploadInput.safeParse(await req.json().catch(() => null));
  if (!input.success) return json(400, { error: "Send the file's name and size." });
  try {
    const form = await createDirectUpload(deps.db, deps.storage, purpose, {
      originalName: input.data.name,
      size: input.data.size,
      uploadedById: user.id,
    });
    return json(200, form ? { mode: "direct", ...form } : { mode: "server" });
  } catch (error) {
    return refusalResponse(error);
  }
}

/**
 * POST /api/uploads/{attachments,images}/direct/{uploadId} — after the browser uploaded: checks the
 * stored object (size, content) and answers 201 with the recorded file, or refuses and deletes it.
 */
export async function handleDirectConfirm(req: Request, deps: UploadDeps, purpose: UploadPurpose, uploadId: string) {
  const user = await uploader(req, deps, purpose);
  if (user instanceof Response) return user;
  try {
    return json(201, await confirmDirectUpload(deps.db, deps.storage, { purpose, uploadId, uploadedById: user.id }));
  } catch (error) {
    return refusalResponse(error);
  }
}

/**
 * GET /api/files/{id} (and /api/v1/files/{id}): a stored file for someone allowed to see it (see
 * downloadableFile) — by session cookie or a bearer token with `files:read`. 404 for everything
 * else, so ids cannot be probed.
 */
export async function handleDownload(req: Request, deps: { db: Db; storage: Storage }, id: string) {
  const bearer = await bearerFileCaller(req, deps.db, "files:read");
  if (bearer instanceof Response) return bearer;
  const user = bearer?.user ?? (await currentSession(req.headers))?.user ?? null;
  const file = await downloadableFile(deps.db, id, user);
  const response = file ? await fileDownload(deps.storage, file) : null;
  return response ?? Response.json({ error: "Not found" }, { status: 404 });
}
