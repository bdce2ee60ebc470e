import type Stripe from "stripe";
import { markLeadWon } from "../leads/service";
import type { Db } from "../platform/db";
import type { ProviderState } from "./provider";
import { handleProviderEvent } from "./sync";

/** The subscription an event is about, wherever this event type keeps it. */
function subscriptionIdOf(object: Record<string, unknown>): string | null {
  const ref = (v: unknown) =>
    typeof v === "string" ? v : v && typeof v === "object" && "id" in v ? String((v as { id: unknown }).id) : null;
  if (object.object === "subscription") return ref(object.id);
  if (object.object === "checkout.session") return ref(object.subscription);
  if (object.object === "invoice") {
    const parent = object.parent as { subscription_details?: { subscription?: unknown } } | undefined;
    return ref(object.subscription) ?? ref(parent?.subscription_details?.subscription);
  }
  return null;
}

/**
 * POST /api/webhooks/stripe. The signature is checked on the raw body; the event is stored once
 * and the subscription re-read from Stripe. 400 for a bad signature, 200 for anything stored (also
 * ignored types), 500 when processing failed so that Stripe retries it.
 */
export async function handleStripeWebhook(
  db: Db,
  input: { stripe: Stripe; provider: ProviderState; secret: string; rawBody: string; signature: string | null },
): Promise<{ status: number; body: Record<string, unknown> }> {
  let event: Stripe.Event;
  try {
    if (!input.signature) throw new Error("missing Stripe-Signature header");
    event = input.stripe.webhooks.constructEvent(input.rawBody, input.signature, input.secret);
  } catch (error) {
    return {
      status: 400,
      body: { error: `Webhook signature verification failed: ${error instanceof Error ? error.message : "invalid"}` },
    };
  }
  const object = event.data.object as unknown as Record<string, unknown>;
  const outcome = await handleProviderEvent(db, input.provider, {
    id: event.id,
    type: event.type,
    subscriptionId: subscriptionIdOf(object),
    payload: { type: event.type, created: event.created, objectId: object.id ?? null },
  });
  if (outcome === "failed") return { status: 500, body: { error: "Processing failed; it will be retried." } };
  if (event.type === "checkout.session.completed" && outcome === "processed") {
    const session = await db.checkoutSession.findUnique({ where: { providerSessionId: String(object.id) } });
    if (session && session.status !== "COMPLETED") {
      await db.checkoutSession.update({
        where: { id: session.id },
        data: { status: "COMPLETED", completedAt: new Date() },
      });
      const details = object.customer_details as { email?: string } | undefined;
      const email = details?.email ?? (object.customer_email as string | undefined);
      if (email) await markLeadWon(db, { email, workspaceId: session.workspaceId, ref: session.ref });
    }
  }
  return { status: 200, body: { received: true, outcome } };
}
