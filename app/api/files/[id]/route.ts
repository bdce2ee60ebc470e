import { handleDownload } from "@/server/files/http";
import { db } from "@/server/platform/db";
import { storage } from "@/server/platform/storage";

export const dynamic = "force-dynamic";

/** A stored file for someone allowed to see it: a short-lived redirect on S3, a stream on disk. */
export async function GET(req: Request, ctx: { params: Promise<{ id: string }> }) {
  const { id } = await ctx.params;
  return handleDownload(req, { db: db(), storage: storage() }, id);
}
