import { randomUUID } from "node:crypto";

export const REQUEST_ID_HEADER = "x-request-id";

/** Accepts a caller's request id only when it looks like one, so logs cannot be forged. */
export function requestIdFrom(headers: Headers): string {
  const given = headers.get(REQUEST_ID_HEADER);
  return given && /^[\w.-]{8,128}$/.test(given) ? given : randomUUID();
}

/**
 * The client's address as the nearest proxy saw it: the right-most X-Forwarded-For entry (a load
 * balancer appends the real peer there; entries to its left are whatever the client claimed).
 * Next itself fills the header with the socket address when nothing is in front of it.
 */
export function clientIpFrom(headers: Headers): string {
  const entries = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  return entries.at(-1) || headers.get("x-real-ip") || "unknown";
}
