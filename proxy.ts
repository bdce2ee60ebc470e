import { type NextRequest, NextResponse } from "next/server";
import { contentSecurityPolicy, storageOriginOf } from "./server/platform/content-security-policy.cjs";
import { REQUEST_ID_HEADER, requestIdFrom } from "./server/platform/request";

// Read at run time (next.config.js headers are fixed at build time): the bucket a deployment uses.
const storageOrigin = storageOriginOf(process.env);
const pagePolicy = storageOrigin
  ? contentSecurityPolicy({ isDev: process.env.NODE_ENV !== "production", storageOrigin })
  : null;
/** Stored files keep their own policy, which runs nothing at all (next.config.js). */
const FILE_PATHS = /^\/api\/(files|hero-redesigns)\//;

/** Gives every request an id that reaches the tRPC context, the logs and the response. */
export function proxy(request: NextRequest) {
  const requestId = requestIdFrom(request.headers);
  const headers = new Headers(request.headers);
  headers.set(REQUEST_ID_HEADER, requestId);
  // Lets server-side guards in layouts send people back to the page they asked for.
  headers.set("x-atelier-path", request.nextUrl.pathname + request.nextUrl.search);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set(REQUEST_ID_HEADER, requestId);
  if (pagePolicy && !FILE_PATHS.test(request.nextUrl.pathname))
    response.headers.set("content-security-policy", pagePolicy);
  return response;
}

export const config = {
  // Uploads skip the proxy: Next buffers (and cuts at 10 MB) the body of every request the proxy
  // sees, while the upload routes stream theirs with their own limits.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|api/uploads/).*)"],
};
