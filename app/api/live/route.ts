import { currentSession } from "@/server/accounts/current-session";
import { handleLiveStream } from "@/server/live/stream";

export const dynamic = "force-dynamic";

/** Server-sent events of what changed for the signed-in person (server/live/, docs/ARCHITECTURE.md). */
export function GET(req: Request) {
  return handleLiveStream(req, { getSession: () => currentSession(req.headers) });
}
