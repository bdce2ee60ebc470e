import { DomainError } from "../errors";
import type { Db } from "../platform/db";
import { consumeRateLimit, RateLimitError, rateLimitHeaders } from "../platform/rate-limit";
import type { TokenScope } from "../tokens/scopes";
import { authenticateApiToken } from "../tokens/service";

export type FileCaller = { id: string; staffRole: string | null };

const refuse = (status: number, code: string, message: string, headers: Record<string, string> = {}) =>
  Response.json({ error: { code, message } }, { status, headers: { "cache-control": "no-store", ...headers } });

/**
 * `Authorization: Bearer atl_…` on the byte routes (upload, download): the token's person, when the
 * token is valid, has `scope` and is within its rate limit; otherwise the refusal. null = no bearer
 * token was sent (the session cookie decides).
 */
export async function bearerFileCaller(
  req: Request,
  db: Db,
  scope: TokenScope,
): Promise<{ user: FileCaller; headers: Record<string, string> } | Response | null> {
  const bearer = /^Bearer\s+(.+)$/i.exec(req.headers.get("authorization") ?? "")?.[1];
  if (!bearer) return null;
  try {
    const token = await authenticateApiToken(db, bearer);
    const limit = await consumeRateLimit("api-token", token.tokenId);
    const headers = rateLimitHeaders(limit);
    if (!token.scopes.includes(scope))
      return refuse(403, "FORBIDDEN", `This API token lacks the "${scope}" scope.`, headers);
    return { user: { id: token.user.id, staffRole: token.user.staffRole }, headers };
  } catch (error) {
    if (error instanceof RateLimitError)
      return refuse(429, "RATE_LIMITED", error.message, { "retry-after": String(error.retryAfterSeconds) });
    if (error instanceof DomainError)
      return refuse(401, "UNAUTHORIZED", error.message, {
        "www-authenticate": `Bearer realm="atelier", error="invalid_token"`,
      });
    throw error;
  }
}
