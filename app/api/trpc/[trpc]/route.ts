import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { getServerSession } from "next-auth";
import { authOptions } from "@/server/accounts/auth";
import { appRouter } from "@/server/router";
import { createContext } from "@/server/trpc";

export const dynamic = "force-dynamic";

const handler = (req: Request) =>
  fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: () => createContext({ headers: req.headers, getSession: () => getServerSession(authOptions()) }),
  });

export { handler as GET, handler as POST };
