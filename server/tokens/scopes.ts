/**
 * What an API token may do, scope by scope. Every procedure has one row in `procedureScopes`: the
 * scope a token needs to call it, "public" (no scope needed: anyone or any signed-in caller may) or
 * "session" (a person in a browser only: tokens are refused). A procedure without a row refuses tokens.
 */
export const tokenScopeInfo = {
  "requests:read": { label: "Read requests, comments and deliverables", isDangerous: false },
  "requests:write": { label: "Create, comment on, approve, reorder and revise requests", isDangerous: false },
  "files:read": { label: "List and download files", isDangerous: false },
  "files:write": { label: "Upload files", isDangerous: false },
  "members:read": { label: "Read workspaces, members and invitations", isDangerous: false },
  "members:write": { label: "Invite members, remove members, switch and leave workspaces", isDangerous: false },
  "members:owner": { label: "Invite or promote a workspace owner", isDangerous: true },
  "billing:read": { label: "Read the plan, subscription and invoices", isDangerous: false },
  "billing:write": { label: "Pause, resume, update the card", isDangerous: false },
  "billing:plan": { label: "Change or cancel the plan", isDangerous: true },
  "notifications:read": { label: "Read notifications and preferences", isDangerous: false },
  "notifications:write": { label: "Mark notifications read, change preferences", isDangerous: false },
  "webhooks:read": { label: "Read webhook endpoints and deliveries", isDangerous: false },
  "webhooks:write": { label: "Register, change and test webhook endpoints", isDangerous: false },
  "leads:read": { label: "Read leads and the pipeline (staff)", isDangerous: false },
  "leads:write": { label: "Move, assign and annotate leads (staff)", isDangerous: false },
  "content:write": { label: "Edit and publish site content (admins)", isDangerous: false },
  "admin:read": { label: "Read people, workspaces, the audit log and jobs (admins)", isDangerous: false },
  "admin:write": { label: "Change staff roles, create workspaces, retry jobs (admins)", isDangerous: true },
} as const;

export type TokenScope = keyof typeof tokenScopeInfo;
export const tokenScopes = Object.keys(tokenScopeInfo) as [TokenScope, ...TokenScope[]];
export const dangerousScopes = tokenScopes.filter((s) => tokenScopeInfo[s].isDangerous);

/** Tokens made before fine-grained scopes stored "read" and/or "write". */
export const legacyScopes = ["read", "write"] as const;

/** A stored scope list as the scopes it grants: legacy ones map to every safe read or write scope. */
export function effectiveScopes(stored: readonly string[]): TokenScope[] {
  const granted = new Set<TokenScope>();
  for (const scope of stored) {
    if (scope in tokenScopeInfo) granted.add(scope as TokenScope);
    else if (scope === "read" || scope === "write")
      for (const s of tokenScopes) if (!tokenScopeInfo[s].isDangerous && s.endsWith(`:${scope}`)) granted.add(s);
  }
  return tokenScopes.filter((s) => granted.has(s));
}

export const isLegacyScopeList = (stored: readonly string[]) => stored.some((s) => s === "read" || s === "write");

type Requirement = TokenScope | "public" | "session";

export const procedureScopes: Record<string, Requirement> = {
  "account.me": "public",
  "account.update": "session",
  "account.sessions": "session",
  "account.revokeSession": "session",
  "account.revokeOtherSessions": "session",
  "account.requestEmailChange": "session",
  "account.confirmEmailChange": "session",
  "account.delete": "session",
  "admin.users": "admin:read",
  "admin.setStaffRole": "admin:write",
  "admin.workspaces": "admin:read",
  "admin.createWorkspace": "admin:write",
  "admin.workspace": "admin:read",
  "admin.renameWorkspace": "admin:write",
  "analytics.today": "requests:read",
  "analytics.turnaround": "requests:read",
  "analytics.targets": "requests:read",
  "analytics.leads": "leads:read",
  "analytics.revenue": "admin:read",
  "analytics.setTargets": "admin:write",
  "workspace.rename": "members:write",
  "admin.audit": "admin:read",
  "admin.jobs": "admin:read",
  "admin.retryJob": "admin:write",
  "billing.applyCoupon": "session",
  "billing.checkout": "session",
  "billing.checkoutSummary": "session",
  "billing.completeTestCheckout": "session",
  "billing.overview": "billing:read",
  "billing.pause": "billing:write",
  "billing.resume": "billing:write",
  "billing.cancel": "billing:plan",
  "billing.undoCancel": "billing:write",
  "billing.changePlan": "billing:plan",
  "billing.updateTestCard": "billing:write",
  "billing.revenue": "admin:read",
  "billing.paymentPortal": "billing:write",
  "billing.simulateFailedPayment": "billing:write",
  "billing.simulateRenewal": "billing:write",
  "billing.previewPlanChange": "billing:read",
  "billing.cancellationReasons": "admin:read",
  "invoices.billingDetails": "billing:read",
  "invoices.updateBillingDetails": "billing:write",
  "invoices.forWorkspace": "admin:read",
  // Money leaves the studio: the dangerous admin scope, as staff roles are.
  "invoices.refund": "admin:write",
  "invoices.taxRates": "admin:read",
  "invoices.setTaxRate": "admin:write",
  "invoices.removeTaxRate": "admin:write",
  "invoices.studioSettings": "admin:read",
  "invoices.updateStudioSettings": "admin:write",
  "annotations.list": "requests:read",
  "annotations.create": "requests:write",
  "annotations.reply": "requests:write",
  "annotations.setResolved": "requests:write",
  "annotations.staffList": "requests:read",
  "annotations.staffCreate": "requests:write",
  "annotations.staffReply": "requests:write",
  "annotations.staffSetResolved": "requests:write",
  "blog.list": "public",
  "blog.tags": "public",
  "blog.bySlug": "public",
  "blog.update": "content:write",
  "blog.setStatus": "content:write",
  "customers.list": "public",
  "customers.bySlug": "public",
  "faq.list": "public",
  "faq.update": "content:write",
  "glossary.list": "public",
  "glossary.index": "public",
  "glossary.bySlug": "public",
  "glossary.update": "content:write",
  "glossary.setStatus": "content:write",
  "heroRedesign.queue": "leads:read",
  "heroRedesign.claim": "leads:write",
  "heroRedesign.attachImage": "leads:write",
  "heroRedesign.deliver": "leads:write",
  "leads.submitContact": "public",
  "leads.requestHeroRedesign": "public",
  "leads.heroStatus": "public",
  "leads.attribution": "public",
  "leads.list": "leads:read",
  "leads.byId": "leads:read",
  "leads.moveStage": "leads:write",
  "leads.assign": "leads:write",
  "leads.addNote": "leads:write",
  "leads.staff": "leads:read",
  "leads.funnel": "leads:read",
  "plans.list": "public",
  "notifications.list": "notifications:read",
  "notifications.unreadCount": "notifications:read",
  "notifications.markRead": "notifications:write",
  "notifications.markAllRead": "notifications:write",
  "notifications.preferences": "notifications:read",
  "notifications.setPreference": "notifications:write",
  "requests.summary": "requests:read",
  "requests.files": "files:read",
  "requests.list": "requests:read",
  "requests.create": "requests:write",
  "requests.byId": "requests:read",
  "requests.reorder": "requests:write",
  "requests.cancel": "requests:write",
  "requests.comment": "requests:write",
  "requests.deliverables": "requests:read",
  "requests.approve": "requests:write",
  "requests.requestRevision": "requests:write",
  "requests.board": "requests:read",
  "requests.turnaround": "requests:read",
  "requests.takeNext": "requests:write",
  "requests.assign": "requests:write",
  "requests.deliver": "requests:write",
  "requests.staffDeliverables": "requests:read",
  "requests.staffById": "requests:read",
  "requests.staffComment": "requests:write",
  "search.query": "public",
  // The media library: staff; reading it is reading files, changing it is editing content.
  "media.list": "files:read",
  "media.get": "files:read",
  "media.create": "content:write",
  "media.update": "content:write",
  "media.delete": "content:write",
  "media.pageImages": "public",
  "services.list": "public",
  "services.bySlug": "public",
  "tokens.list": "session",
  "tokens.create": "session",
  "tokens.revoke": "session",
  "webhooks.list": "webhooks:read",
  "webhooks.create": "webhooks:write",
  "webhooks.update": "webhooks:write",
  "webhooks.remove": "webhooks:write",
  "webhooks.rotateSecret": "webhooks:write",
  "webhooks.deliveries": "webhooks:read",
  "webhooks.redeliver": "webhooks:write",
  "webhooks.sendTest": "webhooks:write",
  "workspace.mine": "members:read",
  "workspace.switch": "members:write",
  "workspace.members": "members:read",
  "workspace.invitations": "members:read",
  "workspace.invite": "members:write",
  "workspace.revokeInvitation": "members:write",
  "workspace.invitationPreview": "public",
  "workspace.acceptInvitation": "members:write",
  "workspace.removeMember": "members:write",
  "workspace.changeRole": "members:write",
  "workspace.leave": "members:write",
  "workspace.continueOnboarding": "members:write",
  "workspace.brand": "members:read",
  "workspace.updateBrand": "members:write",
  "workspace.staffBrand": "requests:read",
  "workspace.turnaround": "requests:read",
};

/** The scope a token needs for this procedure, or null when it needs none; undefined = tokens refused. */
export function scopeNeeded(path: string): TokenScope | null | undefined {
  const requirement = procedureScopes[path];
  if (requirement === undefined || requirement === "session") return undefined;
  return requirement === "public" ? null : requirement;
}
