import { currentSession } from "@/server/accounts/current-session";
import { downloadableFile } from "@/server/files/access";
import { fileDownload } from "@/server/files/download";
import { db } from "@/server/platform/db";
import { storage } from "@/server/platform/storage";

export const dynamic = "force-dynamic";

/** A stored file for someone allowed to see it (see downloadableFile): a short-lived redirect on S3, a stream on disk. */
export async function GET(req: Request, ctx: { params: Promise<{ id: string }> }) {
  const { id } = await ctx.params;
  const user = (await currentSession(req.headers))?.user ?? null;
  const file = await downloadableFile(db(), id, user);
  const response = file ? await fileDownload(storage(), file) : null;
  return response ?? Response.json({ error: "Not found" }, { status: 404 });
}
