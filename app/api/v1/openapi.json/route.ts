import { openApiDocument } from "@/server/api/openapi";
import { serverEnv } from "@/server/env";

export const dynamic = "force-dynamic";

export function GET() {
  return Response.json(openApiDocument(serverEnv().APP_URL), { headers: { "cache-control": "public, max-age=300" } });
}
