import { currentSession } from "@/server/accounts/current-session";
import { handlePreview } from "@/server/files/previews";
import { db } from "@/server/platform/db";
import { storage } from "@/server/platform/storage";

export const dynamic = "force-dynamic";

/** A WebP preview (?size=thumb|view) of a stored image, for exactly those who may download it. */
export async function GET(req: Request, ctx: { params: Promise<{ id: string }> }) {
  const { id } = await ctx.params;
  return handlePreview(req, id, {
    db: db(),
    storage: storage(),
    getUser: async () => (await currentSession(req.headers))?.user ?? null,
  });
}
