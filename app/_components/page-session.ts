import "server-only";
import { cache } from "react";
import { currentSession } from "@/server/accounts/current-session";

/**
 * The session once per page render: the app shell's layout and the page's guard share one read.
 * Read fresh, not through the tRPC calls' short cache: a signed-in page then answers 503 while the
 * database is down (server/accounts/current-session.ts).
 */
export const pageSession = cache(() => currentSession(undefined, { isCached: false }));
