import { currentSession } from "@/server/accounts/current-session";
import { handleRestRequest } from "@/server/api/rest";

export const dynamic = "force-dynamic";

const handler = (req: Request) => handleRestRequest(req, { getSession: () => currentSession(req.headers) });

export { handler as DELETE, handler as GET, handler as PATCH, handler as POST, handler as PUT };
