import type { APIRequestContext } from "@playwright/test";

/** Calls a tRPC mutation over HTTP with whatever cookies the request context carries. */
export async function trpcMutation(request: APIRequestContext, path: string, input: unknown) {
  const response = await request.post(`/api/trpc/${path}`, {
    data: { json: input },
    headers: { "content-type": "application/json" },
  });
  return { status: response.status(), body: await response.json() };
}
