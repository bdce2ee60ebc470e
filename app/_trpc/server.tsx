import { currentSession } from "@/server/accounts/current-session";
import "server-only";

import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { createTRPCOptionsProxy, type TRPCQueryOptions } from "@trpc/tanstack-react-query";
import { headers } from "next/headers";
import { cache } from "react";
import { appRouter } from "@/server/router";
import { createContext } from "@/server/trpc";
import { makeQueryClient } from "./query-client";

/** One query client per server request. */
export const getQueryClient = cache(makeQueryClient);

const createRscContext = cache(async () =>
  createContext({ headers: new Headers(await headers()), getSession: () => currentSession() }),
);

/** Query options for server components: `trpc.glossary.list.queryOptions(...)`. */
export const trpc = createTRPCOptionsProxy({ ctx: createRscContext, router: appRouter, queryClient: getQueryClient });

/** Direct server-side calls when a page needs the data itself rather than a client hook. */
export const serverCaller = cache(async () => appRouter.createCaller(await createRscContext()));

// biome-ignore lint/suspicious/noExplicitAny: accepts any procedure's query options
export function prefetch<T extends ReturnType<TRPCQueryOptions<any>>>(queryOptions: T) {
  void getQueryClient().prefetchQuery(queryOptions);
}

export function HydrateClient({ children }: { children: React.ReactNode }) {
  return <HydrationBoundary state={dehydrate(getQueryClient())}>{children}</HydrationBoundary>;
}
