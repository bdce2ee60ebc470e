import { serverEnv } from "@/server/env";

export const siteName = "Atelier";

/** Absolute URL for canonical links, feeds and structured data. */
export const absoluteUrl = (path: string) => `${serverEnv().APP_URL}${path}`;

export const formatDate = (date: Date) =>
  date.toLocaleDateString("en-US", { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });

export const formatPrice = (cents: number, currency: string) =>
  new Intl.NumberFormat("en-US", { style: "currency", currency, maximumFractionDigits: 0 }).format(cents / 100);
