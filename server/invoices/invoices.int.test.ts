import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { seedDatabase } from "../../prisma/seed";
import { type SessionUser, toSessionUser } from "../accounts/session";
import type { InvoiceSnapshot, ProviderState, SubscriptionSnapshot } from "../billing/provider";
import { openDatabase } from "../platform/db";
import { appRouter } from "../router";
import { createTestDatabase, describeDb, type TestDatabase } from "../testing/database";
import { sessionFor } from "../testing/trpc";
import { createContext } from "../trpc";
import { COUPON_ENDING_JOB, sendCouponEnding } from "./moments";
import { syncInvoices } from "./record";
import { invoiceDownload } from "./service";

/** The PDF's words as a person would read them (poppler's pdftotext). */
function pdfText(pdf: Buffer) {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "invoice-")), "invoice.pdf");
  writeFileSync(file, pdf);
  return execFileSync("pdftotext", ["-layout", file, "-"]).toString();
}

describeDb("invoices, billing emails, plan changes with a preview, cancellation, refunds", () => {
  let database: TestDatabase;
  const caller = async (user: SessionUser) =>
    appRouter.createCaller(
      await createContext({ headers: new Headers(), db: database.prisma, getSession: async () => sessionFor(user) }),
    );
  const user = async (email: string, staffRole: "ADMIN" | null = null) =>
    toSessionUser(await database.prisma.user.create({ data: { email, staffRole } }));
  /** A paying customer of a plan, through the test checkout (with an optional coupon). */
  const subscribe = async (email: string, planSlug: string, coupon?: string) => {
    const owner = await user(email);
    const api = await caller(owner);
    const sessionId = (await api.billing.checkout({ planSlug })).url.split("/").pop() as string;
    if (coupon) await api.billing.applyCoupon({ sessionId, code: coupon });
    const { workspaceId } = await api.billing.completeTestCheckout({ sessionId, outcome: "paid" });
    return { owner, api, workspaceId };
  };
  const mails = (to: string, kind: string) =>
    database.prisma.emailMessage.findMany({ where: { to, kind }, orderBy: { createdAt: "asc" } });

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDatabase(database.prisma, { demoAccounts: false });
  });
  afterAll(() => database?.close());

  it("issues a numbered invoice with the coupon as a line, a receipt and a welcome email", async () => {
    const { api, workspaceId } = await subscribe("first@acme.example", "studio", "WELCOME10");
    const [invoice] = (await api.billing.overview({ workspaceId })).invoices;
    expect(invoice).toMatchObject({ number: "INV-000001", amountCents: 404_550, status: "paid" });
    const row = await database.prisma.invoice.findUniqueOrThrow({ where: { id: invoice?.id } });
    expect((row.details as { lines: { description: string; amountCents: number }[] }).lines).toEqual([
      expect.objectContaining({ amountCents: 449_500 }),
      { kind: "discount", description: "WELCOME10 −10%, first month only", amountCents: -44_950 },
    ]);
    const [receipt] = await mails("first@acme.example", "billing-receipt");
    expect(receipt?.subject).toBe("Receipt for invoice INV-000001 — $4,045.50 paid");
    expect(receipt?.text).toContain("WELCOME10 −10%, first month only");
    expect(receipt?.text).toContain(`/api/billing/invoices/${invoice?.id}/pdf`);
    expect(receipt?.html).toContain("Download the invoice (PDF)");
    expect(await mails("first@acme.example", "billing-subscription-started")).toHaveLength(1);

    // Three days before the renewal, a job says the coupon ends.
    const job = await database.prisma.job.findFirstOrThrow({ where: { kind: COUPON_ENDING_JOB } });
    const periodEnd = (await database.prisma.subscription.findUniqueOrThrow({ where: { workspaceId } }))
      .currentPeriodEnd;
    expect(Math.round((periodEnd.getTime() - job.runAt.getTime()) / 86_400_000)).toBe(3);
    await sendCouponEnding(database.prisma, job.payload as { workspaceId: string; coupon: string; renewsAt: string });
    const [ending] = await mails("first@acme.example", "billing-coupon-ending");
    expect(ending?.text).toContain("Your coupon WELCOME10 −10%, first month only ends with this period");
    expect(ending?.text).toContain("full price of $4,495.00");
  });

  it("upgrades now with a prorated invoice after a preview; the PDF says so; only its owner gets it", async () => {
    const { owner, api, workspaceId } = await subscribe("upgrade@acme.example", "studio");
    await database.prisma.workspace.update({
      where: { id: workspaceId },
      data: { billingLegalName: "Acme GmbH", billingAddress: "Hauptstr. 1\n10115 Berlin", billingCountry: "DE" },
    });
    const admin = await caller(await user("cfo@atelier.example", "ADMIN"));
    await admin.invoices.setTaxRate({ country: "de", percent: 19, label: "VAT" });
    const preview = await api.billing.previewPlanChange({ workspaceId, planSlug: "scale", interval: "MONTH" });
    expect(preview).toMatchObject({
      when: "now",
      activeRequestLimit: 4,
      currentActiveRequestLimit: 2,
      taxLabel: "VAT 19%",
    });
    expect(preview.lines).toHaveLength(2);
    expect(preview.netNowCents).toBeGreaterThan(0);
    expect(preview.totalNowCents).toBe(preview.netNowCents + Math.round(preview.netNowCents * 0.19));
    const result = await api.billing.changePlan({ workspaceId, ...preview });
    expect(result).toMatchObject({ status: "applied", when: "now" });
    const overview = await api.billing.overview({ workspaceId });
    expect(overview.subscription).toMatchObject({ planSlug: "scale", interval: "MONTH" });
    const prorated = overview.invoices[0];
    expect(prorated?.amountCents).toBe(preview.totalNowCents);
    expect(await mails("upgrade@acme.example", "billing-plan-changed")).toHaveLength(1);

    const download = await invoiceDownload(database.prisma, prorated?.id as string, owner);
    if (download?.kind !== "pdf") throw new Error("no PDF");
    const text = pdfText(download.pdf);
    expect(text).toContain(prorated?.number as string);
    expect(text).toContain("Acme GmbH");
    expect(text).toContain("Atelier Studio LLC");
    expect(text).toMatch(/Unused time on Studio \(monthly\)/);
    expect(text).toMatch(/Remaining time on Scale \(monthly\)/);
    expect(text).toContain("VAT 19%");

    // Someone else's invoice: nothing (the route answers 404); staff may read it.
    expect(
      await invoiceDownload(database.prisma, prorated?.id as string, await user("stranger@else.example")),
    ).toBeNull();
    expect(await invoiceDownload(database.prisma, prorated?.id as string, null)).toBeNull();
    expect(
      await invoiceDownload(database.prisma, prorated?.id as string, { id: "x", staffRole: "DESIGNER" }),
    ).not.toBeNull();
  });

  it("reverse-charges a buyer with a VAT id in another country", async () => {
    const { api, workspaceId } = await subscribe("vat@acme.example", "starter");
    await api.invoices.updateBillingDetails({
      workspaceId,
      legalName: "Acme SAS",
      address: "1 rue de la Paix, Paris",
      country: "FR",
      vatId: "fr 12 345678901",
    });
    await (await caller(await user("tax@atelier.example", "ADMIN"))).invoices.setTaxRate({
      country: "FR",
      percent: 20,
      label: "TVA",
    });
    const preview = await api.billing.previewPlanChange({ workspaceId, planSlug: "studio", interval: "MONTH" });
    expect(preview).toMatchObject({ taxNowCents: 0, taxLabel: "VAT 0% (reverse charge)" });
    await expect(
      api.invoices.updateBillingDetails({ workspaceId, legalName: "", address: "", country: "France", vatId: "" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("downgrades at the period end: nothing charged now, the limit follows at the renewal", async () => {
    const { api, workspaceId } = await subscribe("down@acme.example", "scale");
    const preview = await api.billing.previewPlanChange({ workspaceId, planSlug: "starter", interval: "MONTH" });
    expect(preview).toMatchObject({ when: "period_end", totalNowCents: 0, activeRequestLimit: 1 });
    const before = (await api.billing.overview({ workspaceId })).invoices.length;
    await api.billing.changePlan({ workspaceId, ...preview });
    let o = await api.billing.overview({ workspaceId });
    expect(o.subscription).toMatchObject({ planSlug: "scale", scheduledChange: { planSlug: "starter" } });
    expect(o.invoices).toHaveLength(before);
    const [scheduled] = await mails("down@acme.example", "billing-plan-changed");
    expect(scheduled?.subject).toMatch(/^Starter starts on /);
    await api.billing.simulateRenewal({ workspaceId });
    o = await api.billing.overview({ workspaceId });
    expect(o.subscription).toMatchObject({ planSlug: "starter", scheduledChange: null });
    expect(o.invoices[0]?.amountCents).toBe(249_500);
  });

  it("refuses a stale preview with a fresh one, and a race of two tabs changes the plan once", async () => {
    const { api, workspaceId } = await subscribe("race@acme.example", "starter");
    const preview = await api.billing.previewPlanChange({ workspaceId, planSlug: "studio", interval: "MONTH" });
    await database.prisma.plan.update({ where: { slug: "studio" }, data: { monthlyPriceCents: 459_500 } });
    const stale = await api.billing.changePlan({ workspaceId, ...preview });
    expect(stale).toMatchObject({ status: "stale", preview: { newPriceCents: 459_500 } });
    await database.prisma.plan.update({ where: { slug: "studio" }, data: { monthlyPriceCents: 449_500 } });
    const expired = await api.billing.changePlan({
      workspaceId,
      ...preview,
      quotedAt: new Date(Date.now() - 20 * 60_000),
    });
    expect(expired).toMatchObject({ status: "stale" });

    const fresh = await api.billing.previewPlanChange({ workspaceId, planSlug: "studio", interval: "MONTH" });
    const invoicesBefore = await database.prisma.invoice.count({ where: { workspaceId } });
    const results = await Promise.allSettled([
      api.billing.changePlan({ workspaceId, ...fresh }),
      api.billing.changePlan({ workspaceId, ...fresh }),
    ]);
    expect(results.some((r) => r.status === "fulfilled" && r.value.status === "applied")).toBe(true);
    expect(await database.prisma.invoice.count({ where: { workspaceId } })).toBe(invoicesBefore + 1);
    expect(await mails("race@acme.example", "billing-plan-changed")).toHaveLength(1);
  });

  it("a failed renewal sends the payment-failed email with the next try and the update-card link", async () => {
    const { api, workspaceId } = await subscribe("fail@acme.example", "studio", "WELCOME10");
    await api.billing.simulateFailedPayment({ workspaceId });
    const [failed] = await mails("fail@acme.example", "billing-payment-failed");
    expect(failed?.subject).toBe("Your payment of $4,495.00 failed");
    expect(failed?.text).toMatch(/We will try again on \w+ \d+, \d{4}/);
    expect(failed?.text).toContain("Update your card: http://localhost:3000/portal/billing#payment-method");
    await api.billing.updateTestCard({ workspaceId, last4: "1881" });
    const receipts = await mails("fail@acme.example", "billing-receipt");
    expect(receipts).toHaveLength(2);
    // The renewal explains why it is no longer discounted.
    expect(receipts[1]?.text).toContain("applied to your first invoice only; this renewal is at the full price");
  });

  it("cancels with a reason once, even when confirmed from two tabs; undo keeps the reason for the chart", async () => {
    const { api, workspaceId } = await subscribe("churn@acme.example", "starter");
    await api.billing.pause({ workspaceId });
    const [paused] = await mails("churn@acme.example", "billing-paused");
    expect(paused?.text).toContain("paused with 30 days kept");
    await api.billing.resume({ workspaceId });
    expect((await mails("churn@acme.example", "billing-resumed"))[0]?.subject).toBe(
      "Your subscription is active again",
    );
    await expect(api.billing.cancel({ workspaceId, reason: "bored" as "other" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    const results = await Promise.allSettled([
      api.billing.cancel({ workspaceId, reason: "too_expensive", details: "Budget" }),
      api.billing.cancel({ workspaceId, reason: "too_expensive", details: "Budget" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await database.prisma.cancellationReason.count({ where: { workspaceId } })).toBe(1);
    expect(await mails("churn@acme.example", "billing-canceled")).toHaveLength(1);
    const admin = await caller(await user("churn-admin@atelier.example", "ADMIN"));
    expect(await admin.billing.cancellationReasons({ days: 30 })).toContainEqual(
      expect.objectContaining({ reason: "too_expensive", label: "It is too expensive", count: 1 }),
    );
    await api.billing.undoCancel({ workspaceId });
    expect(await mails("churn@acme.example", "billing-cancellation-undone")).toHaveLength(1);
    await api.billing.cancel({ workspaceId, reason: "switching" });
    expect(await database.prisma.cancellationReason.count({ where: { workspaceId } })).toBe(2);
  });

  it("an admin refunds part of an invoice with a credit note, never more than was paid", async () => {
    const { api, workspaceId } = await subscribe("refund@acme.example", "starter");
    const [invoice] = (await api.billing.overview({ workspaceId })).invoices;
    const admin = await caller(await user("refunds@atelier.example", "ADMIN"));
    const results = await Promise.allSettled([
      admin.invoices.refund({ invoiceId: invoice?.id as string, amountCents: 200_000, reason: "Late delivery" }),
      admin.invoices.refund({ invoiceId: invoice?.id as string, amountCents: 200_000, reason: "Late delivery" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    await expect(
      admin.invoices.refund({ invoiceId: invoice?.id as string, amountCents: 100_000, reason: "Again" }),
    ).rejects.toThrow("more than what is left");
    const note = await database.prisma.invoice.findFirstOrThrow({ where: { workspaceId, kind: "CREDIT_NOTE" } });
    expect(note).toMatchObject({ amountCents: -200_000, creditsInvoiceId: invoice?.id });
    expect(note.number).toMatch(/^CN-\d{6}$/);
    expect((await database.prisma.invoice.findUniqueOrThrow({ where: { id: invoice?.id } })).refundedCents).toBe(
      200_000,
    );
    const [mail] = await mails("refund@acme.example", "billing-credit-note");
    expect(mail?.subject).toBe(`Refund of $2,000.00 for invoice ${invoice?.number}`);
    const download = await invoiceDownload(database.prisma, note.id, { id: "staff", staffRole: "ADMIN" });
    if (download?.kind !== "pdf") throw new Error("no PDF");
    expect(pdfText(download.pdf)).toContain(`Corrects invoice: ${invoice?.number}`);
  });

  it("numbers invoices without a gap or a repeat while many payments are recorded at once", async () => {
    const workspaceId = (await database.prisma.workspace.create({ data: { name: "Busy", slug: "busy" } })).id;
    const invoices: InvoiceSnapshot[] = Array.from({ length: 30 }, (_, i) => ({
      id: `tin_concurrent_${i}`,
      number: `P-${i}`,
      amountCents: 1000,
      currency: "usd",
      status: "paid",
      hostedUrl: null,
      issuedAt: new Date(),
      lines: [{ kind: "plan", description: "Plan", amountCents: 1000 }],
    }));
    // Each "delivery" sees one invoice; every invoice is delivered twice, all at the same moment,
    // through several connections when the database is a server.
    const second = database.url ? openDatabase({ url: database.url, poolMax: 8 }) : null;
    const dbs = [database.prisma, second?.prisma ?? database.prisma];
    const provider = (invoice: InvoiceSnapshot): ProviderState => ({
      name: "test",
      retrieveSubscription: async () => null,
      listInvoices: async () => [invoice],
    });
    const snapshot = { workspaceId, customerId: "c", subscriptionId: "s" } as SubscriptionSnapshot;
    const before = await database.prisma.invoice.count({ where: { kind: "INVOICE" } });
    await Promise.all(
      invoices.flatMap((inv, i) => [
        syncInvoices(dbs[i % 2] as typeof database.prisma, provider(inv), snapshot),
        syncInvoices(dbs[(i + 1) % 2] as typeof database.prisma, provider(inv), snapshot),
      ]),
    );
    await second?.close();
    const numbers = (await database.prisma.invoice.findMany({ where: { kind: "INVOICE" }, select: { number: true } }))
      .map((r) => Number(r.number.slice(4)))
      .sort((a, b) => a - b);
    expect(numbers).toHaveLength(before + 30);
    expect(numbers).toEqual(Array.from({ length: numbers.length }, (_, i) => i + 1));
  });
});
