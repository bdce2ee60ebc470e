import { checkReadiness } from "@/server/health/service";
import { db } from "@/server/platform/db";

export const dynamic = "force-dynamic";

export async function GET() {
  const readiness = await checkReadiness(db());
  return Response.json(readiness, {
    status: readiness.status === "ready" ? 200 : 503,
    headers: { "cache-control": "no-store" },
  });
}
