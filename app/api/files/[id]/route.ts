import { currentSession } from "@/server/accounts/current-session";
import { downloadableFile } from "@/server/files/access";
import { INLINE_MIMES } from "@/server/files/kinds";
import { db } from "@/server/platform/db";
import { storage } from "@/server/platform/storage";

export const dynamic = "force-dynamic";

/** Streams a stored file (never whole in memory) to someone allowed to see it (see downloadableFile). */
export async function GET(_req: Request, ctx: { params: Promise<{ id: string }> }) {
  const { id } = await ctx.params;
  const user = (await currentSession(_req.headers))?.user ?? null;
  const file = await downloadableFile(db(), id, user);
  const body = file ? await storage().stream(file.storageKey) : null;
  if (!file || !body) return Response.json({ error: "Not found" }, { status: 404 });
  const asciiName = file.originalName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "");
  return new Response(body, {
    headers: {
      "content-type": file.mime,
      "content-length": String(file.size),
      // Only plain raster images are shown in the browser; everything else (SVG, PDF, …) downloads.
      "content-disposition": `${INLINE_MIMES.has(file.mime) ? "inline" : "attachment"}; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(file.originalName)}`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
      "content-security-policy": "default-src 'none'; sandbox",
    },
  });
}
