import { currentSession } from "@/server/accounts/current-session";
import { recordAudit } from "@/server/audit/service";
import { leadFilters } from "@/server/leads/schemas";
import { leadsCsv } from "@/server/leads/service";
import { clientIpFrom } from "@/server/platform/client-ip";
import { db } from "@/server/platform/db";

export const dynamic = "force-dynamic";

/** CSV export of the leads matching the same filters as the list view. Staff only. */
export async function GET(req: Request) {
  const session = await currentSession(req.headers);
  if (!session) return Response.json({ error: "Please sign in to continue." }, { status: 401 });
  if (!session.user.staffRole) return Response.json({ error: "Only studio staff can export leads." }, { status: 403 });
  const params = Object.fromEntries(new URL(req.url).searchParams);
  const filters = leadFilters.safeParse(Object.fromEntries(Object.entries(params).filter(([, v]) => v)));
  if (!filters.success)
    return Response.json(
      {
        error: "Invalid filters",
        issues: filters.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })),
      },
      { status: 400 },
    );
  const csv = await leadsCsv(db(), filters.data);
  await recordAudit(db(), {
    actor: { id: session.user.id, email: session.user.email },
    action: "lead.exported",
    ip: clientIpFrom(req.headers),
    metadata: filters.data as never,
  });
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="atelier-leads-${new Date().toISOString().slice(0, 10)}.csv"`,
      "cache-control": "no-store",
    },
  });
}
