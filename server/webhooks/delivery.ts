import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { Webhook } from "standardwebhooks";
import { serverEnv } from "../env";
import { DomainError } from "../errors";
import { sendEmail } from "../mail/outbox";
import type { Db } from "../platform/db";
import type { JobDefinition } from "../platform/jobs";
import { layoutEmail } from "../platform/mailer";
import { checkWebhookUrl, WEBHOOK_MAX_ATTEMPTS } from "./service";

/** An endpoint failing this long (no success in between) is disabled and its owner emailed. */
export const DISABLE_AFTER_MS = 24 * 3_600_000;
const RESPONSE_BYTES_KEPT = 1024;

export interface AttemptResult {
  statusCode: number | null;
  durationMs: number;
  /** The first bytes of the answer, or why there was none. */
  response: string;
}

/** Standard Webhooks headers; during a rotation both secrets sign (space-separated signatures). */
export function signedHeaders(
  secrets: string[],
  messageId: string,
  body: string,
  at = new Date(),
): Record<string, string> {
  const signatures = secrets.map((s) => new Webhook(s).sign(messageId, at, body));
  return {
    "webhook-id": messageId,
    "webhook-timestamp": String(Math.floor(at.getTime() / 1000)),
    "webhook-signature": signatures.join(" "),
  };
}

/**
 * One POST, to an address checked just before (pinned: the connection goes to the address we
 * checked, not to whatever a second DNS answer says), with a timeout, never following a redirect
 * (a 3xx counts as a failure), keeping only the first bytes of the answer.
 */
export async function postOnce(
  url: URL,
  address: { address: string; family: number },
  headers: Record<string, string>,
  body: string,
  timeoutMs: number,
): Promise<AttemptResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const lookup: LookupFunction = (_host, options, callback) => {
    if ((options as { all?: boolean }).all) (callback as (e: null, a: unknown[]) => void)(null, [address]);
    else callback(null, address.address, address.family);
  };
  const client = url.protocol === "https:" ? https : http;
  return new Promise<AttemptResult>((resolve) => {
    let settled = false;
    const finish = (result: Omit<AttemptResult, "durationMs">) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.destroy();
      resolve({ ...result, durationMs: elapsed() });
    };
    const req = client.request(
      url,
      {
        method: "POST",
        lookup,
        headers: {
          "content-type": "application/json",
          "content-length": String(Buffer.byteLength(body)),
          "user-agent": "Atelier-Webhooks/1",
          ...headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        let kept = 0;
        res.on("data", (chunk: Buffer) => {
          if (kept < RESPONSE_BYTES_KEPT) {
            chunks.push(chunk);
            kept += chunk.length;
          }
          if (kept >= RESPONSE_BYTES_KEPT) done();
        });
        const done = () => {
          const text = Buffer.concat(chunks).subarray(0, RESPONSE_BYTES_KEPT).toString("utf8");
          const status = res.statusCode ?? null;
          const location = res.headers.location;
          finish({
            statusCode: status,
            response:
              status && status >= 300 && status < 400
                ? `Redirect to ${location ?? "(no location)"} not followed. ${text}`.trim()
                : text,
          });
        };
        res.on("end", done);
        res.on("error", done);
      },
    );
    const timer = setTimeout(
      () => finish({ statusCode: null, response: `No answer within ${timeoutMs} ms.` }),
      timeoutMs,
    );
    req.on("error", (error) => finish({ statusCode: null, response: `Could not deliver: ${error.message}` }));
    req.end(body);
  });
}

const isSuccess = (r: AttemptResult) => r.statusCode !== null && r.statusCode >= 200 && r.statusCode < 300;

class DeliveryFailed extends Error {}

/** Retries: the base (WEBHOOK_RETRY_BASE_MS, 1 min) doubling up to 6 h: 12 attempts span about a day. */
export function webhookRetryDelayMs(attempts: number, baseMs = serverEnv().WEBHOOK_RETRY_BASE_MS) {
  return Math.min(baseMs * 2 ** Math.max(0, attempts - 1), 6 * 3_600_000);
}

async function disableEndpoint(db: Db, endpointId: string, reason: string) {
  const { count } = await db.webhookEndpoint.updateMany({
    where: { id: endpointId, isEnabled: true },
    data: { isEnabled: false, disabledReason: reason },
  });
  if (count === 0) return;
  const endpoint = await db.webhookEndpoint.findUniqueOrThrow({
    where: { id: endpointId },
    select: { url: true, workspaceId: true, createdById: true },
  });
  const owner = await db.user.findUnique({ where: { id: endpoint.createdById }, select: { email: true } });
  if (!owner) return;
  const { APP_URL } = serverEnv();
  await sendEmail(
    db,
    layoutEmail({
      to: owner.email,
      kind: "webhook-disabled",
      subject: "A webhook endpoint was turned off",
      paragraphs: [
        `Deliveries to ${endpoint.url} have failed for a day, so we stopped sending to it.`,
        `Last error: ${reason}`,
        "Fix the receiver, turn the endpoint back on, and send the failed deliveries again from the log.",
      ],
      action: {
        label: "Open the webhooks page",
        url: `${APP_URL}${endpoint.workspaceId ? "/portal/developers" : "/admin/developers"}`,
      },
    }),
  );
}

/** The `webhook.deliver` job: one attempt at one delivery; a failure throws so the runner retries it. */
export function webhookDeliverJob(): JobDefinition {
  return {
    maxAttempts: WEBHOOK_MAX_ATTEMPTS,
    retryDelayMs: (attempts) => webhookRetryDelayMs(attempts),
    leaseMs: 2 * 60_000,
    async run(payload: { deliveryId: string }, { db, job }) {
      const delivery = await db.webhookDelivery.findUnique({
        where: { id: payload.deliveryId },
        include: { endpoint: true },
      });
      if (!delivery) return { skipped: "delivery removed" };
      const endpoint = delivery.endpoint;
      if (!endpoint.isEnabled && !delivery.isTest) {
        await db.webhookDelivery.update({
          where: { id: delivery.id },
          data: {
            status: "FAILED",
            lastResponse: `Not sent: the endpoint is off. ${endpoint.disabledReason ?? ""}`.trim(),
          },
        });
        return { skipped: "endpoint disabled" };
      }
      const body = JSON.stringify(delivery.payload);
      const secrets = [endpoint.secret];
      if (endpoint.previousSecret && endpoint.previousSecretExpiresAt && endpoint.previousSecretExpiresAt > new Date())
        secrets.push(endpoint.previousSecret);
      let result: AttemptResult;
      try {
        const { url, addresses } = await checkWebhookUrl(endpoint.url);
        result = await postOnce(
          url,
          addresses[0] as { address: string; family: number },
          signedHeaders(secrets, delivery.messageId, body),
          body,
          serverEnv().WEBHOOK_TIMEOUT_MS,
        );
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        result = { statusCode: null, durationMs: 0, response: `Refused: ${error.message}` };
      }
      const succeeded = isSuccess(result);
      const isLast = job.attempt >= job.maxAttempts;
      await db.webhookDelivery.update({
        where: { id: delivery.id },
        data: {
          attempts: { increment: 1 },
          status: succeeded ? "SUCCEEDED" : isLast ? "FAILED" : "RETRYING",
          lastStatusCode: result.statusCode,
          lastDurationMs: result.durationMs,
          lastResponse: result.response,
          lastAttemptAt: new Date(),
        },
      });
      if (delivery.isTest) return { statusCode: result.statusCode }; // tests never retry nor count against the endpoint
      if (succeeded) {
        if (endpoint.failingSince)
          await db.webhookEndpoint.update({ where: { id: endpoint.id }, data: { failingSince: null } });
        return { statusCode: result.statusCode };
      }
      const failingSince = endpoint.failingSince ?? new Date();
      if (!endpoint.failingSince)
        await db.webhookEndpoint.updateMany({ where: { id: endpoint.id, failingSince: null }, data: { failingSince } });
      if (Date.now() - failingSince.getTime() >= DISABLE_AFTER_MS) {
        await disableEndpoint(db, endpoint.id, result.response.slice(0, 300) || `HTTP ${result.statusCode}`);
        return { disabled: true };
      }
      throw new DeliveryFailed(result.statusCode ? `HTTP ${result.statusCode}` : result.response.slice(0, 200));
    },
  };
}
