import { currentSession } from "@/server/accounts/current-session";
import { invoiceDownload } from "@/server/invoices/service";
import { db } from "@/server/platform/db";

export const dynamic = "force-dynamic";

/** An invoice or credit note as PDF for its workspace's owners and staff; Stripe's own PDF with Stripe. Anyone else: 404. */
export async function GET(req: Request, ctx: { params: Promise<{ id: string }> }) {
  const { id } = await ctx.params;
  const user = (await currentSession(req.headers))?.user ?? null;
  const download = /^[a-z0-9]{1,40}$/i.test(id) ? await invoiceDownload(db(), id, user) : null;
  if (!download) return Response.json({ error: "Not found" }, { status: 404 });
  if (download.kind === "redirect") return Response.redirect(download.url, 302);
  return new Response(new Uint8Array(download.pdf), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `attachment; filename="${download.filename}"`,
      "cache-control": "private, no-store",
    },
  });
}
