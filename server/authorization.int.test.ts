import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, expect, it } from "vitest";
import { seedDatabase } from "../prisma/seed";
import { expectedAccess, roles } from "./authorization-matrix";
import { appRouter } from "./router";
import { createTestDatabase, describeDb, type TestDatabase } from "./testing/database";
import { createPeople, type People } from "./testing/people";
import { callerFor } from "./testing/trpc";

const nope = "x".repeat(30);

/** One input per procedure: valid enough to pass validation up to the access check, harmless after it. */
function inputsFor(wsA: string): Record<string, unknown> {
  return {
    "account.update": { name: "Matrix Tester" },
    "account.revokeSession": { sessionId: "nope" },
    "account.requestEmailChange": { email: "not-an-email" },
    "account.confirmEmailChange": { token: nope },
    "account.delete": { confirm: "not yet" },
    "admin.users": {},
    "admin.setStaffRole": { userId: "nope", role: null },
    "admin.createWorkspace": { name: "", ownerEmail: "bad" },
    "admin.audit": {},
    "admin.jobs": {},
    "admin.retryJob": { jobId: "nope" },
    "annotations.list": { workspaceId: wsA, requestId: "nope" },
    "annotations.create": { workspaceId: wsA, deliverableId: "nope", x: 0.5, y: 0.5, body: "x" },
    "annotations.reply": { workspaceId: wsA, annotationId: "nope", body: "x" },
    "annotations.setResolved": { workspaceId: wsA, annotationId: "nope", isResolved: true },
    "annotations.staffList": { requestId: "nope" },
    "annotations.staffCreate": { deliverableId: "nope", x: 0.5, y: 0.5, body: "x", isInternal: true },
    "annotations.staffReply": { annotationId: "nope", body: "x" },
    "annotations.staffSetResolved": { annotationId: "nope", isResolved: true },
    "admin.workspace": { workspaceId: "nope" },
    "admin.renameWorkspace": { workspaceId: "nope", name: "" },
    "analytics.setTargets": { firstDeliveryHours: 0, revisionRounds: 0 },
    "blog.list": { page: 1 },
    "blog.bySlug": { slug: "how-to-write-a-design-brief" },
    "blog.update": { slug: "no-such-post", patch: {} },
    "blog.setStatus": { slug: "no-such-post", status: "DRAFT" },
    "customers.bySlug": { slug: "tallyroot" },
    "faq.list": {},
    "faq.update": { id: "nope", patch: {} },
    "contentStudio.list": { kind: "glossary" },
    "contentStudio.item": { kind: "glossary", id: "nope" },
    "contentStudio.create": { kind: "glossary", data: {} },
    "contentStudio.save": { kind: "faq", id: "nope", baseVersion: 1, data: { question: "", answer: "", category: "" } },
    "contentStudio.publish": { kind: "glossary", id: "nope", version: 1 },
    "contentStudio.unpublish": { kind: "glossary", id: "nope" },
    "contentStudio.schedule": { kind: "glossary", id: "nope", action: "publish", at: null },
    "contentStudio.revisions": { kind: "glossary", id: "nope" },
    "contentStudio.revision": { kind: "glossary", id: "nope", number: 1 },
    "contentStudio.diff": { kind: "glossary", id: "nope", from: 1, to: 2 },
    "contentStudio.restore": { kind: "glossary", id: "nope", number: 1, baseVersion: 1 },
    "contentStudio.previewLink": { kind: "glossary", id: "nope", hours: 1 },
    "contentStudio.reorder": { kind: "faq", ids: ["nope"] },
    "contentStudio.redirects": {},
    "contentStudio.saveRedirect": { fromPath: "/a", toPath: "/a" },
    "contentStudio.deleteRedirect": { id: "nope" },
    "glossary.list": {},
    "glossary.index": {},
    "glossary.bySlug": { slug: "backend" },
    "glossary.update": { slug: "no-such-term", patch: {} },
    "glossary.setStatus": { slug: "no-such-term", status: "DRAFT" },
    "search.query": { q: "cache" },
    "requests.list": { workspaceId: wsA },
    "requests.summary": { workspaceId: wsA },
    "requests.files": { workspaceId: wsA },
    "requests.create": { workspaceId: wsA, title: "", type: "", brief: "" },
    "notifications.list": {},
    "notifications.markRead": { ids: ["nope"] },
    "notifications.setPreference": { kind: "REQUEST_COMMENT", inApp: true, email: false },
    "requests.byId": { workspaceId: wsA, requestId: "nope" },
    "requests.reorder": { workspaceId: wsA, seen: ["a"], wanted: ["b"] },
    "requests.cancel": { workspaceId: wsA, requestId: "nope" },
    "requests.comment": { workspaceId: wsA, requestId: "nope", body: "x" },
    "requests.staffById": { requestId: "nope" },
    "requests.deliverables": { workspaceId: wsA, requestId: "nope" },
    "requests.approve": { workspaceId: wsA, requestId: "nope", version: 1 },
    "requests.requestRevision": { workspaceId: wsA, requestId: "nope", feedback: "x" },
    "requests.board": {},
    "requests.assign": { requestId: "nope", designerId: null },
    "requests.deliver": { requestId: "nope", fileId: "nope" },
    "requests.staffDeliverables": { requestId: "nope" },
    "requests.staffComment": { requestId: "nope", body: "x" },
    "billing.checkout": { planSlug: "no-such-plan" },
    "billing.applyCoupon": { sessionId: "nope", code: "X" },
    "billing.checkoutSummary": { sessionId: "nope" },
    "billing.completeTestCheckout": { sessionId: "nope", outcome: "paid" },
    "billing.overview": { workspaceId: wsA },
    "billing.pause": { workspaceId: wsA },
    "billing.resume": { workspaceId: wsA },
    "billing.cancel": { workspaceId: wsA, reason: "other" },
    "billing.undoCancel": { workspaceId: wsA },
    "billing.changePlan": {
      workspaceId: wsA,
      planSlug: "studio",
      interval: "MONTH",
      quotedAt: new Date(),
      token: "x".repeat(43),
    },
    "billing.previewPlanChange": { workspaceId: wsA, planSlug: "studio", interval: "MONTH" },
    "billing.simulateRenewal": { workspaceId: wsA },
    "billing.cancellationReasons": { days: 30 },
    "invoices.billingDetails": { workspaceId: wsA },
    "invoices.updateBillingDetails": { workspaceId: wsA, legalName: "", address: "", country: "", vatId: "" },
    "invoices.forWorkspace": { workspaceId: wsA },
    "invoices.refund": { invoiceId: "nope", reason: "testing" },
    "invoices.updateStudioSettings": {
      legalName: "Atelier Studio LLC",
      address: "1 Design Way, Portland",
      country: "US",
      vatId: "",
      email: "billing@atelier.example",
    },
    "invoices.setTaxRate": { country: "DE", percent: 19, label: "VAT" },
    "invoices.removeTaxRate": { country: "ZZ" },
    "billing.updateTestCard": { workspaceId: wsA, last4: "x" },
    "billing.simulateFailedPayment": { workspaceId: wsA },
    "billing.paymentPortal": { workspaceId: wsA },
    "heroRedesign.claim": { id: "nope" },
    "heroRedesign.attachImage": { id: "nope", which: "before", fileId: "nope" },
    "heroRedesign.deliver": { id: "nope" },
    "leads.submitContact": { name: "", email: "bad", message: "", startedAt: 1, idempotencyKey: "nope" },
    "leads.requestHeroRedesign": { websiteUrl: "", name: "", email: "bad", startedAt: 1, idempotencyKey: "nope" },
    "leads.heroStatus": { token: nope },
    "leads.attribution": { ref: "hero_nope" },
    "leads.list": {},
    "leads.byId": { id: "nope" },
    "leads.moveStage": { id: "nope", stage: "CONTACTED" },
    "leads.assign": { id: "nope", ownerId: null },
    "leads.addNote": { id: "nope", body: "x" },
    "leads.funnel": {},
    "media.list": {},
    "media.get": { id: "nope" },
    "media.create": { fileId: "nope", alt: "A test image" },
    "media.update": { id: "nope", alt: "A test image" },
    "media.delete": { id: "nope" },
    "media.pageImages": { page: "home" },
    "services.bySlug": { slug: "web-design" },
    "tokens.create": { name: "", scopes: [], expiresInDays: null },
    "tokens.revoke": { id: "nope" },
    "webhooks.list": { workspaceId: wsA },
    "webhooks.create": { workspaceId: wsA, url: "ftp://nope", events: ["request.created"] },
    "webhooks.update": { endpointId: "nope" },
    "webhooks.remove": { endpointId: "nope" },
    "webhooks.rotateSecret": { endpointId: "nope" },
    "webhooks.deliveries": { endpointId: "nope" },
    "webhooks.redeliver": { deliveryId: "nope" },
    "webhooks.sendTest": { endpointId: "nope" },
    "workspace.switch": { workspaceId: wsA },
    "workspace.rename": { workspaceId: wsA, name: "" },
    "workspace.members": { workspaceId: wsA },
    "workspace.invitations": { workspaceId: wsA },
    "workspace.invite": { workspaceId: wsA, email: "not-an-email" },
    "workspace.revokeInvitation": { workspaceId: wsA, invitationId: "nope" },
    "workspace.invitationPreview": { token: nope },
    "workspace.acceptInvitation": { token: nope },
    "workspace.removeMember": { workspaceId: wsA, userId: "nope" },
    "workspace.changeRole": { workspaceId: wsA, userId: "nope", role: "MEMBER" },
    "workspace.leave": { workspaceId: wsA },
    "workspace.continueOnboarding": { workspaceId: wsA, step: "COMPANY" },
    "workspace.brand": { workspaceId: wsA },
    "workspace.updateBrand": { workspaceId: wsA, logoFileId: "nope" },
    "workspace.staffBrand": { workspaceId: "nope" },
    "workspace.turnaround": { workspaceId: wsA },
  };
}

const isAccessDenied = (error: unknown) =>
  error instanceof TRPCError &&
  (error.code === "UNAUTHORIZED" || error.code === "FORBIDDEN") &&
  !/^Invalid input/.test(error.message);

describeDb("authorization matrix", () => {
  let database: TestDatabase;
  let people: People;

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDatabase(database.prisma, { demoAccounts: false });
    people = await createPeople(database.prisma);
  });
  afterAll(() => database?.close());

  it("has an expected row for every procedure, and no row for a procedure that is gone", () => {
    const procedures = Object.keys(appRouter._def.procedures).sort();
    expect(
      procedures.filter((p) => !(p in expectedAccess)),
      "procedures without a row in authorization-matrix.ts",
    ).toEqual([]);
    expect(
      Object.keys(expectedAccess).filter((p) => !procedures.includes(p)),
      "rows for procedures that no longer exist",
    ).toEqual([]);
  });

  it("lets exactly the expected callers through every procedure", async () => {
    const inputs = inputsFor(people.workspaceA.id);
    const actual: Record<string, string> = {};
    for (const path of Object.keys(appRouter._def.procedures).sort()) {
      let row = "";
      for (const role of roles) {
        const caller = await callerFor(database.prisma, role === "anonymous" ? undefined : people.users[role]);
        const procedure = path
          .split(".")
          .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller) as (
          input: unknown,
        ) => Promise<unknown>;
        try {
          await procedure(inputs[path]);
          row += "Y";
        } catch (error) {
          row += isAccessDenied(error) ? "-" : "Y";
        }
        await people.restore();
      }
      actual[path] = row;
    }
    expect(actual).toEqual(expectedAccess);
  });
});
