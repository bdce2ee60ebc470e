import { generateOpenApiDocument } from "trpc-to-openapi";
import { z } from "zod";
import { webhookEnvelope, webhookEvents, webhookEventTypes } from "../webhooks/events";
import { REST_PREFIX } from "./rest";
import { applyRestRoutes } from "./routes";

const apiErrorSchema = {
  type: "object",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["code", "message"],
      properties: {
        code: { type: "string", description: "Stable: BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, CONFLICT, …" },
        message: { type: "string", description: "For people; may change" },
        issues: {
          type: "array",
          items: {
            type: "object",
            required: ["path", "message"],
            properties: { path: { type: "string", example: "title" }, message: { type: "string" } },
          },
        },
      },
    },
  },
} as const;

const fileSchema = {
  type: "object",
  required: ["id", "originalName", "size", "mime"],
  properties: {
    id: { type: "string" },
    originalName: { type: "string" },
    size: { type: "integer" },
    mime: { type: "string" },
  },
};

type Doc = ReturnType<typeof generateOpenApiDocument>;
let cached: { baseUrl: string; doc: Doc } | undefined;

/**
 * The OpenAPI 3.1 document: paths generated from the procedures in `restRoutes`, plus the two
 * byte routes (upload, download) and the webhooks section built from the event catalog.
 */
export function openApiDocument(appUrl: string): Doc {
  if (cached?.baseUrl === appUrl) return cached.doc;
  const doc = generateOpenApiDocument(applyRestRoutes(), {
    title: "Atelier API",
    version: "1.0.0",
    description:
      "REST over the same procedures as the typed tRPC client. Authenticate with `Authorization: Bearer atl_…` (make a token at /account/tokens; each route names the scope it needs). Plain JSON, ISO 8601 dates, errors as `{ error: { code, message, issues? } }`. Every answer carries `RateLimit-Limit`, `RateLimit-Remaining` and `RateLimit-Reset`; POST creates accept `Idempotency-Key`.",
    baseUrl: `${appUrl}${REST_PREFIX}`,
    docsUrl: `${appUrl}/developers`,
    securitySchemes: { Authorization: { type: "http", scheme: "bearer", bearerFormat: "atl_<prefix>_<secret>" } },
  });
  doc.components = doc.components ?? {};
  const schemas = doc.components.schemas ?? {};
  for (const key of Object.keys(schemas)) if (key.startsWith("error.")) schemas[key] = apiErrorSchema as never;
  doc.components.schemas = { ...schemas, Error: apiErrorSchema as never, File: fileSchema as never };
  const errors = {
    "400": {
      description: "Bad input",
      content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
    },
    "401": {
      description: "No or bad token",
      content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
    },
    "403": {
      description: "Not allowed",
      content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
    },
  };
  doc.paths = {
    ...doc.paths,
    "/files": {
      post: {
        operationId: "files.upload",
        tags: ["Files"],
        summary:
          "Upload a file (the raw bytes as the body; its name in X-File-Name). Attach it with POST /workspaces/{workspaceId}/requests.",
        description: "Token scope: `files:write`. Up to 50 MB; the type is decided by the content.",
        security: [{ Authorization: [] }],
        parameters: [
          { in: "header", name: "X-File-Name", required: true, schema: { type: "string" }, example: "brief.pdf" },
        ],
        requestBody: {
          required: true,
          content: { "application/octet-stream": { schema: { type: "string", format: "binary" } } },
        },
        responses: {
          "201": {
            description: "Stored",
            content: { "application/json": { schema: { $ref: "#/components/schemas/File" } } },
          },
          ...errors,
        },
      },
    },
    "/files/{fileId}": {
      get: {
        operationId: "files.download",
        tags: ["Files"],
        summary: "Download a file you may see",
        description: "Token scope: `files:read`.",
        security: [{ Authorization: [] }],
        parameters: [{ in: "path", name: "fileId", required: true, schema: { type: "string" } }],
        responses: {
          "200": {
            description: "The bytes",
            content: { "application/octet-stream": { schema: { type: "string", format: "binary" } } },
          },
          ...errors,
          "404": { description: "No such file, or not yours to see" },
        },
      },
    },
  } as Doc["paths"];
  (doc as unknown as { webhooks: Record<string, unknown> }).webhooks = Object.fromEntries(
    webhookEventTypes.map((type) => [
      type,
      {
        post: {
          operationId: `webhook.${type}`,
          summary: webhookEvents[type].summary,
          description:
            "Signed per Standard Webhooks: verify `webhook-id`, `webhook-timestamp` and `webhook-signature` with your endpoint's secret (e.g. the `standardwebhooks` package). Answer 2xx within 10 s; anything else is retried with backoff for about a day.",
          parameters: ["webhook-id", "webhook-timestamp", "webhook-signature"].map((name) => ({
            in: "header",
            name,
            required: true,
            schema: { type: "string" },
          })),
          requestBody: {
            required: true,
            content: {
              "application/json": {
                schema: z.toJSONSchema(webhookEnvelope(type), { target: "draft-2020-12" }) as Record<string, unknown>,
              },
            },
          },
          responses: { "200": { description: "Received" } },
        },
      },
    ]),
  );
  cached = { baseUrl: appUrl, doc };
  return doc;
}
