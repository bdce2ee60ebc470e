import { serverEnv } from "@/server/env";
import { heroImageKey } from "@/server/leads/service";
import { db } from "@/server/platform/db";
import { storage } from "@/server/platform/storage";

export const dynamic = "force-dynamic";

/** The before/after image of a delivered redesign, for the holder of its private status link only. */
export async function GET(_req: Request, ctx: { params: Promise<{ token: string; which: string }> }) {
  const { token, which } = await ctx.params;
  if (which !== "before" && which !== "after") return new Response("Not found", { status: 404 });
  const file = await heroImageKey(db(), token, which, serverEnv().AUTH_SECRET);
  const data = file ? await storage().stream(file.storageKey) : null;
  if (!file || !data) return new Response("Not found", { status: 404 });
  return new Response(data, {
    headers: {
      "content-type": file.mime,
      "cache-control": "private, max-age=3600",
      "x-content-type-options": "nosniff",
      "content-security-policy": "default-src 'none'; sandbox",
    },
  });
}
