import { currentSession } from "@/server/accounts/current-session";
import { downloadableFile } from "@/server/files/access";
import { PREVIEW_SIZES, type PreviewSize, previewResponse } from "@/server/files/previews";
import { db } from "@/server/platform/db";
import { storage } from "@/server/platform/storage";

export const dynamic = "force-dynamic";

/** A WebP preview (?size=thumb|view) of a stored image, for exactly those who may download it. */
export async function GET(req: Request, ctx: { params: Promise<{ id: string }> }) {
  const { id } = await ctx.params;
  const requested = new URL(req.url).searchParams.get("size") ?? "thumb";
  if (!(requested in PREVIEW_SIZES))
    return Response.json(
      { error: "size must be thumb or view" },
      { status: 400, headers: { "cache-control": "no-store" } },
    );
  const user = (await currentSession(req.headers))?.user ?? null;
  const file = await downloadableFile(db(), id, user);
  if (!file) return Response.json({ error: "Not found" }, { status: 404 });
  return previewResponse(storage(), file, requested as PreviewSize);
}
