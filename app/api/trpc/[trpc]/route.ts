import { getServerSession } from "next-auth";
import { authOptions } from "@/server/accounts/auth";
import { handleTrpcRequest } from "@/server/http";

export const dynamic = "force-dynamic";

const handler = (req: Request) => handleTrpcRequest(req, { getSession: () => getServerSession(authOptions()) });

export { handler as GET, handler as POST };
