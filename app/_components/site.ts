import { serverEnv } from "@/server/env";

export const siteName = "Atelier";

/** Absolute URL for canonical links, feeds and structured data. */
export const absoluteUrl = (path: string) => `${serverEnv().APP_URL}${path}`;

export { formatDate, formatPrice } from "./format";
