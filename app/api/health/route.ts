export const dynamic = "force-dynamic";

/** Liveness: the process answers. Readiness (database, migrations) is /api/health/ready. */
export function GET() {
  return Response.json(
    { status: "alive", uptimeSeconds: Math.round(process.uptime()) },
    { headers: { "cache-control": "no-store" } },
  );
}
