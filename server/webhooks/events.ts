import { z } from "zod";

/**
 * The events an endpoint can subscribe to, with the payload each one carries (`data`). Every
 * delivery's body is `{ type, version, timestamp, workspaceId, data }`; `version` changes only
 * when a payload changes incompatibly. The OpenAPI document's `webhooks` section is built from this.
 * Internal notes never become events: `comment.created` is emitted for client-visible comments only.
 */
export const WEBHOOK_PAYLOAD_VERSION = "2026-12-01";

const requestRef = { requestId: z.string(), title: z.string() };

export const webhookEvents = {
  "request.created": {
    audience: "workspace",
    summary: "A request was created",
    data: z.object({ ...requestRef, type: z.string(), status: z.string(), createdBy: z.string().nullable() }),
  },
  "request.status_changed": {
    audience: "workspace",
    summary: "A request moved (approved, revision asked, canceled, delivered…)",
    data: z.object({ ...requestRef, from: z.string().nullable(), to: z.string() }),
  },
  "deliverable.created": {
    audience: "workspace",
    summary: "A designer delivered a new version",
    data: z.object({ ...requestRef, version: z.number().int(), fileId: z.string() }),
  },
  "comment.created": {
    audience: "workspace",
    summary: "A client-visible comment was added (internal notes never are)",
    data: z.object({ ...requestRef, commentId: z.string(), body: z.string(), isFromStudio: z.boolean() }),
  },
  approval: {
    audience: "workspace",
    summary: "A client approved a delivered version",
    data: z.object({ ...requestRef, version: z.number().int() }),
  },
  "subscription.updated": {
    audience: "workspace",
    summary: "The workspace's subscription changed",
    data: z.object({ subscriptionId: z.string(), status: z.string(), planSlug: z.string() }),
  },
  "invoice.paid": {
    audience: "workspace",
    summary: "An invoice was paid",
    data: z.object({ subscriptionId: z.string() }),
  },
  "invoice.payment_failed": {
    audience: "workspace",
    summary: "A payment failed",
    data: z.object({ subscriptionId: z.string() }),
  },
  "lead.created": {
    audience: "studio",
    summary: "A lead came in (studio-wide endpoints only)",
    data: z.object({ leadId: z.string(), source: z.string() }),
  },
  "webhook.test": {
    audience: "any",
    summary: 'Sent by "Send a test event"',
    data: z.object({ message: z.string() }),
  },
} as const;

export type WebhookEventType = keyof typeof webhookEvents;
export const webhookEventTypes = Object.keys(webhookEvents) as [WebhookEventType, ...WebhookEventType[]];
/** What an endpoint may subscribe to: workspace endpoints never get studio-only events. */
export const subscribableEvents = (isStudioWide: boolean) =>
  webhookEventTypes.filter((t) => t !== "webhook.test" && (isStudioWide || webhookEvents[t].audience === "workspace"));

export type WebhookData<T extends WebhookEventType> = z.infer<(typeof webhookEvents)[T]["data"]>;

export const webhookEnvelope = (type: WebhookEventType) =>
  z.object({
    type: z.literal(type),
    version: z.literal(WEBHOOK_PAYLOAD_VERSION),
    timestamp: z.string().meta({ description: "ISO 8601" }),
    workspaceId: z.string().nullable(),
    data: webhookEvents[type].data,
  });
