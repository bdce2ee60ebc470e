import { type NextRequest, NextResponse } from "next/server";
import { REQUEST_ID_HEADER, requestIdFrom } from "./server/platform/request";

/** Gives every request an id that reaches the tRPC context, the logs and the response. */
export function proxy(request: NextRequest) {
  const requestId = requestIdFrom(request.headers);
  const headers = new Headers(request.headers);
  headers.set(REQUEST_ID_HEADER, requestId);
  // Lets server-side guards in layouts send people back to the page they asked for.
  headers.set("x-atelier-path", request.nextUrl.pathname + request.nextUrl.search);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set(REQUEST_ID_HEADER, requestId);
  return response;
}

export const config = {
  // Uploads skip the proxy: Next buffers (and cuts at 10 MB) the body of every request the proxy
  // sees, while the upload routes stream theirs with their own limits.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|api/uploads/).*)"],
};
