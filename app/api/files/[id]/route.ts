import { getServerSession } from "next-auth";
import { authOptions } from "@/server/accounts/auth";
import { downloadableFile } from "@/server/files/access";
import { db } from "@/server/platform/db";
import { storage } from "@/server/platform/storage";

export const dynamic = "force-dynamic";

/** Streams a stored file to someone allowed to see it (see downloadableFile). */
export async function GET(_req: Request, ctx: { params: Promise<{ id: string }> }) {
  const { id } = await ctx.params;
  const user = (await getServerSession(authOptions()))?.user ?? null;
  const file = await downloadableFile(db(), id, user);
  const data = file ? await storage().get(file.storageKey) : null;
  if (!file || !data) return Response.json({ error: "Not found" }, { status: 404 });
  return new Response(new Uint8Array(data), {
    headers: {
      "content-type": file.mime,
      "content-disposition": `inline; filename="${file.originalName.replace(/["\\\r\n]/g, "")}"`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
      "content-security-policy": "default-src 'none'; sandbox",
    },
  });
}
