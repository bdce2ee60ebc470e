import { timingSafeEqual } from "node:crypto";
import { serverEnv } from "@/server/env";
import { metrics } from "@/server/platform/metrics";

export const dynamic = "force-dynamic";

function hasToken(request: Request, token: string) {
  const given = Buffer.from(/^Bearer\s+(.+)$/i.exec(request.headers.get("authorization") ?? "")?.[1] ?? "");
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Prometheus metrics of this instance: open in a local run, behind METRICS_TOKEN in a deployment. */
export async function GET(request: Request) {
  const env = serverEnv();
  if (env.isDeployment) {
    if (!env.METRICS_TOKEN) return new Response("Not found", { status: 404 });
    if (!hasToken(request, env.METRICS_TOKEN)) {
      return new Response("A valid bearer token is required.", {
        status: 401,
        headers: { "www-authenticate": 'Bearer realm="metrics"', "cache-control": "no-store" },
      });
    }
  }
  const { registry } = metrics();
  return new Response(await registry.metrics(), {
    headers: { "content-type": registry.contentType, "cache-control": "no-store" },
  });
}
