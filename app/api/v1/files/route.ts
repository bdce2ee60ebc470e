import { handleAttachmentUpload } from "@/server/files/http";
import { db } from "@/server/platform/db";
import { storage } from "@/server/platform/storage";

export const dynamic = "force-dynamic";

/** POST /api/v1/files — the same upload as /api/uploads/attachments (a bearer token needs files:write). */
export function POST(req: Request) {
  return handleAttachmentUpload(req, { db: db(), storage: storage() });
}
