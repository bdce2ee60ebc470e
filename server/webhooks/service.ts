import { randomBytes, randomUUID } from "node:crypto";
import { serverEnv } from "../env";
import { DomainError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import type { Db } from "../platform/db";
import { jobRows } from "../platform/jobs";
import { logger } from "../platform/logger";
import { resolveSafeAddresses, UnsafeTargetError } from "../platform/network-guard";
import {
  subscribableEvents,
  WEBHOOK_PAYLOAD_VERSION,
  type WebhookData,
  type WebhookEventType,
  webhookEvents,
} from "./events";

export const WEBHOOK_DELIVER = "webhook.deliver";
export const WEBHOOK_MAX_ATTEMPTS = 12;
/** After a rotation, the old secret keeps signing beside the new one this long. */
export const ROTATION_OVERLAP_MS = 24 * 3_600_000;
const MAX_ENDPOINTS_PER_OWNER = 20;

export const newWebhookSecret = () => `whsec_${randomBytes(24).toString("base64")}`;

/** Who manages which endpoints: workspace owners theirs, admins the studio-wide ones (workspaceId null). */
export interface WebhookManager {
  userId: string;
  isAdmin: boolean;
}

export async function assertCanManage(db: Db, who: WebhookManager, workspaceId: string | null) {
  if (workspaceId === null) {
    if (!who.isAdmin) throw new DomainError("FORBIDDEN", "Only studio admins manage studio-wide webhooks.");
    return;
  }
  const membership = await db.membership.findUnique({
    where: { workspaceId_userId: { workspaceId, userId: who.userId } },
    select: { role: true },
  });
  if (membership?.role !== "OWNER")
    throw new DomainError("FORBIDDEN", "Only the workspace owner manages its webhooks.");
}

async function endpointFor(db: Db, who: WebhookManager, endpointId: string) {
  const endpoint = await db.webhookEndpoint.findUnique({ where: { id: endpointId } });
  if (!endpoint) throw new DomainError("NOT_FOUND", "No such webhook endpoint.");
  try {
    await assertCanManage(db, who, endpoint.workspaceId);
  } catch {
    throw new DomainError("NOT_FOUND", "No such webhook endpoint."); // ids of others cannot be probed
  }
  return endpoint;
}

const allowLoopback = () => serverEnv().WEBHOOK_ALLOW_LOOPBACK === "1" && !serverEnv().isDeployment;

/**
 * A URL we may deliver to: http(s), no credentials, and a name that resolves only to public
 * addresses (loopback only with WEBHOOK_ALLOW_LOOPBACK outside deployments). Checked at
 * registration and again before every attempt, because DNS answers change.
 */
export async function checkWebhookUrl(raw: string, resolve?: Parameters<typeof resolveSafeAddresses>[1]["resolve"]) {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new DomainError("BAD_REQUEST", "Enter a full URL, e.g. https://example.com/hooks/atelier.");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    throw new DomainError("BAD_REQUEST", "Webhook URLs must start with https:// (or http://).");
  if (url.username || url.password) throw new DomainError("BAD_REQUEST", "Webhook URLs may not contain credentials.");
  try {
    const addresses = await resolveSafeAddresses(url.hostname, { allowLoopback: allowLoopback(), resolve });
    return { url, addresses };
  } catch (error) {
    if (error instanceof UnsafeTargetError) throw new DomainError("BAD_REQUEST", error.message);
    throw error;
  }
}

function checkEvents(events: string[], isStudioWide: boolean): WebhookEventType[] {
  const allowed = subscribableEvents(isStudioWide);
  const refused = events.filter((e) => !allowed.includes(e as WebhookEventType));
  if (refused.length)
    throw new DomainError("BAD_REQUEST", `These events are not available here: ${refused.join(", ")}.`);
  if (events.length === 0) throw new DomainError("BAD_REQUEST", "Choose at least one event.");
  return [...new Set(events)] as WebhookEventType[];
}

const endpointSelect = {
  id: true,
  workspaceId: true,
  url: true,
  description: true,
  events: true,
  isEnabled: true,
  disabledReason: true,
  failingSince: true,
  previousSecretExpiresAt: true,
  createdAt: true,
} as const;

export async function listEndpoints(db: Db, who: WebhookManager, workspaceId: string | null) {
  await assertCanManage(db, who, workspaceId);
  return db.webhookEndpoint.findMany({ where: { workspaceId }, orderBy: { createdAt: "asc" }, select: endpointSelect });
}

export async function createEndpoint(
  db: Db,
  who: WebhookManager,
  input: { workspaceId: string | null; url: string; events: string[]; description?: string | null },
) {
  await assertCanManage(db, who, input.workspaceId);
  const events = checkEvents(input.events, input.workspaceId === null);
  const { url } = await checkWebhookUrl(input.url);
  if ((await db.webhookEndpoint.count({ where: { workspaceId: input.workspaceId } })) >= MAX_ENDPOINTS_PER_OWNER)
    throw new DomainError("CONFLICT", `At most ${MAX_ENDPOINTS_PER_OWNER} endpoints; remove one first.`);
  const secret = newWebhookSecret();
  const endpoint = await db.webhookEndpoint.create({
    data: {
      workspaceId: input.workspaceId,
      url: url.toString(),
      description: input.description ?? null,
      events,
      secret,
      createdById: who.userId,
    },
    select: endpointSelect,
  });
  return { ...endpoint, secret };
}

export async function updateEndpoint(
  db: Db,
  who: WebhookManager,
  input: { endpointId: string; url?: string; events?: string[]; isEnabled?: boolean },
) {
  const endpoint = await endpointFor(db, who, input.endpointId);
  const data: Prisma.WebhookEndpointUpdateInput = {};
  if (input.url !== undefined) data.url = (await checkWebhookUrl(input.url)).url.toString();
  if (input.events !== undefined) data.events = checkEvents(input.events, endpoint.workspaceId === null);
  if (input.isEnabled !== undefined) {
    data.isEnabled = input.isEnabled;
    if (input.isEnabled) Object.assign(data, { disabledReason: null, failingSince: null });
    else data.disabledReason = "Turned off by its owner.";
  }
  return db.webhookEndpoint.update({ where: { id: endpoint.id }, data, select: endpointSelect });
}

export async function removeEndpoint(db: Db, who: WebhookManager, endpointId: string) {
  const endpoint = await endpointFor(db, who, endpointId);
  await db.webhookEndpoint.delete({ where: { id: endpoint.id } });
  return endpoint;
}

/** A new secret, shown once; the old one keeps signing beside it for a day so receivers can switch. */
export async function rotateSecret(db: Db, who: WebhookManager, endpointId: string) {
  const endpoint = await endpointFor(db, who, endpointId);
  const secret = newWebhookSecret();
  const previousSecretExpiresAt = new Date(Date.now() + ROTATION_OVERLAP_MS);
  await db.webhookEndpoint.update({
    where: { id: endpoint.id },
    data: { secret, previousSecret: endpoint.secret, previousSecretExpiresAt },
  });
  return { id: endpoint.id, secret, previousSecretExpiresAt };
}

export async function listDeliveries(db: Db, who: WebhookManager, endpointId: string, limit = 50) {
  await endpointFor(db, who, endpointId);
  return db.webhookDelivery.findMany({
    where: { endpointId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: {
      id: true,
      messageId: true,
      eventType: true,
      isTest: true,
      status: true,
      attempts: true,
      lastStatusCode: true,
      lastDurationMs: true,
      lastResponse: true,
      lastAttemptAt: true,
      createdAt: true,
    },
  });
}

function deliveryJob(deliveryId: string) {
  return jobRows([{ kind: WEBHOOK_DELIVER, payload: { deliveryId }, maxAttempts: WEBHOOK_MAX_ATTEMPTS }]);
}

/** Queues the same message again (same webhook-id, so receivers can de-duplicate), attempts from zero. */
export async function redeliver(db: Db, who: WebhookManager, deliveryId: string) {
  const delivery = await db.webhookDelivery.findUnique({ where: { id: deliveryId }, select: { endpointId: true } });
  if (!delivery) throw new DomainError("NOT_FOUND", "No such delivery.");
  await endpointFor(db, who, delivery.endpointId);
  await db.$transaction([
    // A retry still waiting would send it a second time: the fresh job replaces it.
    db.job.deleteMany({
      where: { kind: WEBHOOK_DELIVER, status: "QUEUED", payload: { path: ["deliveryId"], equals: deliveryId } },
    }),
    db.webhookDelivery.update({ where: { id: deliveryId }, data: { status: "PENDING", attempts: 0 } }),
    db.job.createMany({ data: deliveryJob(deliveryId) }),
  ]);
  return { id: deliveryId };
}

function envelope(type: WebhookEventType, workspaceId: string | null, data: unknown): Prisma.InputJsonObject {
  return {
    type,
    version: WEBHOOK_PAYLOAD_VERSION,
    timestamp: new Date().toISOString(),
    workspaceId,
    data: data as Prisma.InputJsonObject,
  };
}

export async function sendTestEvent(db: Db, who: WebhookManager, endpointId: string) {
  const endpoint = await endpointFor(db, who, endpointId);
  const id = randomUUID();
  await db.$transaction([
    db.webhookDelivery.create({
      data: {
        id,
        endpointId: endpoint.id,
        messageId: `msg_${randomUUID()}`,
        eventType: "webhook.test",
        isTest: true,
        payload: envelope("webhook.test", endpoint.workspaceId, { message: "A test event from Atelier." }),
      },
    }),
    db.job.createMany({ data: deliveryJob(id) }),
  ]);
  return { id };
}

/**
 * Records an event for every enabled endpoint that subscribed to it — the workspace's own and the
 * studio-wide ones — each as a delivery with its job. Never throws into the caller: the change that
 * caused the event is already committed, and a webhook must not undo it.
 */
export async function emitWebhookEvent<T extends WebhookEventType>(
  db: Db,
  type: T,
  workspaceId: string | null,
  data: WebhookData<T>,
) {
  try {
    const audience = webhookEvents[type].audience;
    const endpoints = await db.webhookEndpoint.findMany({
      where: {
        isEnabled: true,
        events: { has: type },
        OR: [{ workspaceId: null }, ...(workspaceId && audience !== "studio" ? [{ workspaceId }] : [])],
      },
      select: { id: true },
    });
    if (endpoints.length === 0) return;
    const payload = envelope(type, workspaceId, data);
    const deliveries = endpoints.map((e) => ({
      id: randomUUID(),
      endpointId: e.id,
      messageId: `msg_${randomUUID()}`,
      eventType: type,
      payload,
    }));
    await db.$transaction([
      db.webhookDelivery.createMany({ data: deliveries }),
      db.job.createMany({ data: deliveries.flatMap((d) => deliveryJob(d.id)) }),
    ]);
  } catch (error) {
    logger.error({ err: error, type }, "webhook event could not be recorded");
  }
}
