import { handleDownload } from "@/server/files/http";
import { db } from "@/server/platform/db";
import { storage } from "@/server/platform/storage";

export const dynamic = "force-dynamic";

/** GET /api/v1/files/{fileId} — the same download as /api/files/{id} (a bearer token needs files:read). */
export async function GET(req: Request, ctx: { params: Promise<{ fileId: string }> }) {
  const { fileId } = await ctx.params;
  return handleDownload(req, { db: db(), storage: storage() }, fileId);
}
