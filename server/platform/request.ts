import { randomUUID } from "node:crypto";

export const REQUEST_ID_HEADER = "x-request-id";

/** Accepts a caller's request id only when it looks like one, so logs cannot be forged. */
export function requestIdFrom(headers: Headers): string {
  const given = headers.get(REQUEST_ID_HEADER);
  return given && /^[\w.-]{8,128}$/.test(given) ? given : randomUUID();
}
