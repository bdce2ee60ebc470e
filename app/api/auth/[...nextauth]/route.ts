import NextAuth from "next-auth";
import { authOptions } from "@/server/accounts/auth";
import { clientIpFrom } from "@/server/platform/client-ip";
import { consumeRateLimit, RateLimitError } from "@/server/platform/rate-limit";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ nextauth: string[] }> };
type Handler = (req: Request, ctx: Context) => Promise<Response>;

const nextAuth: Handler = (req, ctx) => (NextAuth(authOptions()) as Handler)(req, ctx);

/** Sign-in emails are limited per address and per IP before NextAuth sends anything. */
async function POST(req: Request, ctx: Context) {
  const { nextauth } = await ctx.params;
  if (nextauth.join("/") === "signin/email") {
    const form = await req
      .clone()
      .formData()
      .catch(() => null);
    const email = String(form?.get("email") ?? "")
      .trim()
      .toLowerCase();
    try {
      await consumeRateLimit("sign-in-email:ip", clientIpFrom(req.headers));
      if (email) await consumeRateLimit("sign-in-email:address", email);
    } catch (error) {
      if (!(error instanceof RateLimitError)) throw error;
      const url = `/signin/error?error=RateLimited&retryAfter=${error.retryAfterSeconds}`;
      return Response.json(
        { error: error.message, url },
        { status: 429, headers: { "Retry-After": String(error.retryAfterSeconds) } },
      );
    }
  }
  return nextAuth(req, ctx);
}

export { nextAuth as GET, POST };
