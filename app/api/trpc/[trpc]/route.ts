import { currentSession } from "@/server/accounts/current-session";
import { handleTrpcRequest } from "@/server/http";

export const dynamic = "force-dynamic";

const handler = (req: Request) => handleTrpcRequest(req, { getSession: () => currentSession(req.headers) });

export { handler as GET, handler as POST };
