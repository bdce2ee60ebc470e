import Stripe from "stripe";
import { billingProvider } from "@/server/billing/service";
import { StripeProvider } from "@/server/billing/stripe-provider";
import { handleStripeWebhook } from "@/server/billing/stripe-webhook";
import { serverEnv } from "@/server/env";
import { db } from "@/server/platform/db";

export const dynamic = "force-dynamic";

/** Stripe's webhook: the signature is checked on the raw body, so the body is read as text. */
export async function POST(req: Request) {
  const env = serverEnv();
  if (!env.STRIPE_SECRET_KEY || !env.STRIPE_WEBHOOK_SECRET) {
    return Response.json({ error: "Stripe is not configured on this server." }, { status: 404 });
  }
  const provider = billingProvider(db());
  if (!(provider instanceof StripeProvider))
    return Response.json({ error: "Stripe is not the billing provider." }, { status: 404 });
  const result = await handleStripeWebhook(db(), {
    stripe: new Stripe(env.STRIPE_SECRET_KEY),
    provider,
    secret: env.STRIPE_WEBHOOK_SECRET,
    rawBody: await req.text(),
    signature: req.headers.get("stripe-signature"),
  });
  return Response.json(result.body, { status: result.status });
}
