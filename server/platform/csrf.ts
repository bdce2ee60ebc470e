import { serverEnv } from "../env";

/**
 * Defence in depth against cross-site request forgery for writes that ride on the session
 * cookie. SameSite=Lax cookies still travel with requests from another port of the same host, so
 * a browser request is refused when it says another site made it (Sec-Fetch-Site) or comes from
 * another origin (Origin). Requests that carry neither header are not from a browser page.
 * Bearer-token calls carry no cookie and are not checked.
 */
export function crossSiteRefusal(req: Request): Response | null {
  if (/^Bearer\s/i.test(req.headers.get("authorization") ?? "")) return null;
  const fetchSite = req.headers.get("sec-fetch-site");
  if (fetchSite && fetchSite !== "same-origin" && fetchSite !== "none") {
    return refuse(403, "CROSS_SITE", "This request came from another site and was refused.");
  }
  const origin = req.headers.get("origin");
  if (origin && !isOwnOrigin(origin, req)) {
    return refuse(403, "CROSS_SITE", "This request came from another origin and was refused.");
  }
  return null;
}

/** tRPC mutations with a session must be JSON: forms (multipart, urlencoded, text/plain) cannot send it cross-site without CORS. */
export function nonJsonMutationRefusal(req: Request): Response | null {
  if (req.method !== "POST" || /^Bearer\s/i.test(req.headers.get("authorization") ?? "")) return null;
  const type = (req.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase();
  if (type === "application/json") return null;
  return refuse(415, "UNSUPPORTED_MEDIA_TYPE", "Send this request as application/json.");
}

function isOwnOrigin(origin: string, req: Request) {
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false; // includes "null" (sandboxed frames, some redirects)
  }
  const { APP_URL } = serverEnv();
  if (parsed.origin === new URL(APP_URL).origin) return true;
  return parsed.host === req.headers.get("host");
}

function refuse(status: number, code: string, message: string) {
  return Response.json({ error: message, code }, { status, headers: { "cache-control": "no-store" } });
}
