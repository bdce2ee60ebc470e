import { handleDirectConfirm } from "@/server/files/http";
import { db } from "@/server/platform/db";
import { storage } from "@/server/platform/storage";

export const dynamic = "force-dynamic";

export async function POST(req: Request, ctx: { params: Promise<{ id: string }> }) {
  return handleDirectConfirm(req, { db: db(), storage: storage() }, "attachment", (await ctx.params).id);
}
