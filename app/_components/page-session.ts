import "server-only";
import { cache } from "react";
import { currentSession } from "@/server/accounts/current-session";

/** The session once per page render: the app shell's layout and the page's guard share one read. */
export const pageSession = cache(() => currentSession());
