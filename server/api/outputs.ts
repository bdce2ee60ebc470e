import { z } from "zod";

/**
 * What the REST routes answer, as zod schemas: trpc-to-openapi needs an output schema on every
 * procedure it exposes, and the OpenAPI document is generated from them. Objects are loose
 * (fields beyond these pass through unchanged) so a schema can never strip a field the portal
 * reads; the services' `select`s decide what leaves, these describe it. Dates leave as ISO strings.
 */
const at = z.date().meta({ description: "ISO 8601 date-time" });
const id = z.string();
const requestStatus = z.enum(["QUEUED", "ACTIVE", "IN_REVIEW", "REVISION", "DONE", "CANCELED"]);

export const ok = z.object({ ok: z.literal(true) });

const requestSummary = z.looseObject({
  id,
  title: z.string(),
  type: z.string(),
  status: requestStatus,
  position: z.number().int(),
  dueDate: at.nullable(),
  createdAt: at,
  updatedAt: at,
  completedAt: at.nullable(),
});

export const requestList = z.looseObject({
  open: z.array(requestSummary).meta({ description: "Work in progress first, then the queue in its order" }),
  finished: z.array(requestSummary).meta({ description: "The most recently finished, newest first" }),
  finishedTotal: z.number().int(),
  finishedNextCursor: id
    .nullable()
    .meta({ description: "Pass as `finishedCursor` for the next page; null on the last" }),
});

export const fileSummary = z.looseObject({ id, originalName: z.string(), size: z.number().int(), mime: z.string() });

export const requestDetail = z.looseObject({
  id,
  workspaceId: id,
  title: z.string(),
  type: z.string(),
  brief: z.string(),
  briefHtml: z.string(),
  status: requestStatus,
  dueDate: at.nullable(),
  createdAt: at,
  attachments: z.array(fileSummary),
  history: z.array(z.looseObject({ id, from: requestStatus.nullable(), to: requestStatus, at, by: z.string() })),
  earlierComments: z.number().int(),
  comments: z.array(z.looseObject({ id, body: z.string(), at, author: z.string(), isFromStudio: z.boolean() })),
});

export const createdRequest = z.looseObject({ id, status: requestStatus });
export const createdComment = z.object({ id });

export const deliverables = z.array(
  z.looseObject({
    id,
    version: z.number().int(),
    fileId: id,
    note: z.string().nullable(),
    approvedAt: at.nullable(),
    createdAt: at,
  }),
);

export const workspaceFiles = z.looseObject({
  files: z.array(
    fileSummary.extend({
      at,
      requestId: id,
      requestTitle: z.string(),
      kind: z.enum(["attachment", "deliverable"]),
      version: z.number().int().nullable(),
    }),
  ),
  hasMore: z.boolean(),
});

export const myWorkspaces = z.looseObject({
  activeWorkspaceId: id.nullable(),
  workspaces: z.array(z.looseObject({ id, name: z.string(), slug: z.string(), role: z.enum(["OWNER", "MEMBER"]) })),
});

export const members = z.array(
  z.looseObject({
    role: z.enum(["OWNER", "MEMBER"]),
    createdAt: at,
    user: z.looseObject({ id, email: z.string(), name: z.string().nullable() }),
  }),
);

export const invitation = z.looseObject({ id, email: z.string(), role: z.enum(["OWNER", "MEMBER"]) });

export const billingOverview = z.looseObject({
  provider: z.string(),
  isTestMode: z.boolean(),
  subscription: z.looseObject({ planSlug: z.string(), interval: z.string(), status: z.string() }).nullable(),
  invoices: z.array(
    z.looseObject({
      id,
      number: z.string().nullable(),
      amountCents: z.number().int(),
      currency: z.string(),
      status: z.string(),
      hostedUrl: z.string().nullable(),
      issuedAt: at,
    }),
  ),
});

export const notifications = z.looseObject({
  items: z.array(
    z.looseObject({
      id,
      kind: z.string(),
      title: z.string(),
      body: z.string().nullable(),
      href: z.string().nullable(),
      readAt: at.nullable(),
      createdAt: at,
    }),
  ),
  nextCursor: id.nullable().meta({ description: "Pass as `cursor` for the next page; null on the last page" }),
});

const lead = z.looseObject({ id, createdAt: at });
export const leads = z.array(lead);
export const leadDetail = lead;
export const funnel = z.looseObject({});

export const me = z.looseObject({ id, email: z.string(), name: z.string().nullable() });
export const contentUpdated = z.looseObject({});

const webhookEndpoint = z.looseObject({
  id,
  workspaceId: id.nullable(),
  url: z.string(),
  description: z.string().nullable(),
  events: z.array(z.string()),
  isEnabled: z.boolean(),
  disabledReason: z.string().nullable(),
  failingSince: at.nullable(),
  createdAt: at,
});
export const webhookEndpoints = z.array(webhookEndpoint);
export const createdWebhook = webhookEndpoint.extend({
  secret: z.string().meta({ description: "The signing secret (whsec_…), shown only in this answer" }),
});
export const webhookDeliveries = z.array(
  z.looseObject({
    id,
    messageId: z.string(),
    eventType: z.string(),
    isTest: z.boolean(),
    status: z.enum(["PENDING", "SUCCEEDED", "RETRYING", "FAILED"]),
    attempts: z.number().int(),
    lastStatusCode: z.number().int().nullable(),
    lastDurationMs: z.number().int().nullable(),
    lastResponse: z.string().nullable(),
    lastAttemptAt: at.nullable(),
    createdAt: at,
  }),
);
export const queuedDelivery = z.object({ id });
