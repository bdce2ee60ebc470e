import type { OpenApiMeta } from "trpc-to-openapi";
import type { z } from "zod";
import { appRouter } from "../router";
import { procedureScopes } from "../tokens/scopes";
import * as out from "./outputs";

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
export interface RestRoute {
  procedure: string;
  method: Method;
  path: string;
  tag: string;
  summary: string;
  output: z.ZodType;
}

const W = "/workspaces/{workspaceId}";
const R = `${W}/requests/{requestId}`;
const route = (procedure: string, method: Method, path: string, tag: string, summary: string, output: z.ZodType) => ({
  procedure,
  method,
  path,
  tag,
  summary,
  output,
});

/**
 * The REST surface: which procedures it exposes, where, and what they answer. Nothing else is
 * written for a route — `trpc-to-openapi` serves it by calling the procedure (same validation,
 * authorization, scopes, audit) and generates the OpenAPI document from the procedure's input
 * schema and the output schema here. Kept as one table (not `.meta()` in each router) so the
 * procedures' inferred types, which the portal relies on, stay untouched by these schemas.
 */
export const restRoutes: RestRoute[] = [
  route("account.me", "GET", "/me", "Account", "Who this token belongs to", out.me),
  route("workspace.mine", "GET", "/workspaces", "Workspaces", "Your workspaces", out.myWorkspaces),
  route("workspace.members", "GET", `${W}/members`, "Workspaces", "The workspace's members", out.members),
  route(
    "workspace.invite",
    "POST",
    `${W}/invitations`,
    "Workspaces",
    "Invite a member (inviting an owner needs members:owner)",
    out.invitation,
  ),
  route("requests.list", "GET", `${W}/requests`, "Requests", "List the workspace's requests", out.requestList),
  route(
    "requests.create",
    "POST",
    `${W}/requests`,
    "Requests",
    "Create a request; attach files uploaded first (POST /files)",
    out.createdRequest,
  ),
  route("requests.byId", "GET", R, "Requests", "A request with its history and comments", out.requestDetail),
  route("requests.reorder", "PUT", `${W}/requests/order`, "Requests", "Reorder the queue", out.ok),
  route("requests.cancel", "POST", `${R}/cancel`, "Requests", "Cancel a request", out.ok),
  route("requests.comment", "POST", `${R}/comments`, "Requests", "Comment on a request", out.createdComment),
  route("requests.approve", "POST", `${R}/approve`, "Requests", "Approve a delivered version", out.ok),
  route("requests.requestRevision", "POST", `${R}/revision`, "Requests", "Ask for a revision", out.ok),
  route(
    "requests.deliverables",
    "GET",
    `${R}/deliverables`,
    "Deliverables",
    "A request's deliverables",
    out.deliverables,
  ),
  route("requests.files", "GET", `${W}/files`, "Files", "The workspace's files, newest first", out.workspaceFiles),
  route("billing.overview", "GET", `${W}/billing`, "Billing", "Plan, subscription and invoices", out.billingOverview),
  route(
    "notifications.list",
    "GET",
    "/notifications",
    "Notifications",
    "Your notifications, newest first (cursor pagination)",
    out.notifications,
  ),
  route("notifications.markAllRead", "POST", "/notifications/read-all", "Notifications", "Mark all read", out.ok),
  route("leads.list", "GET", "/leads", "Leads (staff)", "Leads in the pipeline", out.leads),
  route("leads.byId", "GET", "/leads/{id}", "Leads (staff)", "One lead with notes and history", out.leadDetail),
  route("leads.moveStage", "POST", "/leads/{id}/stage", "Leads (staff)", "Move a lead to another stage", out.ok),
  route("leads.funnel", "GET", "/pipeline/funnel", "Leads (staff)", "Leads per stage and week", out.funnel),
  route(
    "glossary.update",
    "PATCH",
    "/content/glossary/{slug}",
    "Content (admins)",
    "Edit a glossary term",
    out.contentUpdated,
  ),
  route("blog.update", "PATCH", "/content/blog/{slug}", "Content (admins)", "Edit a blog post", out.contentUpdated),
  route("webhooks.list", "GET", "/webhooks", "Webhooks", "Your webhook endpoints", out.webhookEndpoints),
  route(
    "webhooks.create",
    "POST",
    "/webhooks",
    "Webhooks",
    "Register an endpoint (secret shown once)",
    out.createdWebhook,
  ),
  route(
    "webhooks.deliveries",
    "GET",
    "/webhooks/{endpointId}/deliveries",
    "Webhooks",
    "An endpoint's delivery log",
    out.webhookDeliveries,
  ),
  route(
    "webhooks.sendTest",
    "POST",
    "/webhooks/{endpointId}/test",
    "Webhooks",
    "Send a test event",
    out.queuedDelivery,
  ),
];

type OpenApiProcedure = { _def: { meta?: OpenApiMeta; output?: z.ZodType; type: string } };

let isApplied = false;

/** Puts each route's OpenAPI metadata and output schema on its procedure (once per process). */
export function applyRestRoutes() {
  if (isApplied) return appRouter;
  const procedures = appRouter._def.procedures as unknown as Record<string, OpenApiProcedure>;
  for (const r of restRoutes) {
    const procedure = procedures[r.procedure];
    if (!procedure) throw new Error(`REST route for a missing procedure: ${r.procedure}`);
    const scope = procedureScopes[r.procedure];
    procedure._def.meta = {
      ...procedure._def.meta,
      openapi: {
        method: r.method,
        path: r.path as `/${string}`,
        tags: [r.tag],
        summary: r.summary,
        description: scope && scope !== "public" && scope !== "session" ? `Token scope: \`${scope}\`.` : undefined,
        protect: true,
        errorResponses: {
          400: "Bad input",
          401: "No or bad token",
          403: "Not allowed",
          404: "Not found",
          429: "Rate limited",
        },
      },
    };
    procedure._def.output = r.output;
  }
  isApplied = true;
  return appRouter;
}
