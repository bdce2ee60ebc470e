import http from "node:http";
import type { AddressInfo } from "node:net";
import Stripe from "stripe";
import { afterAll, beforeAll, expect, it } from "vitest";
import { invoiceDownload } from "../invoices/service";
import { createTestDatabase, describeDb, type TestDatabase } from "../testing/database";
import { stripePrices } from "./service";
import { StripeProvider } from "./stripe-provider";
import { handleStripeWebhook } from "./stripe-webhook";

type Json = Record<string, unknown>;

/**
 * A local stand-in for the few Stripe endpoints the adapter uses (tests only). It speaks Stripe's
 * wire format — form-encoded requests, JSON responses — so the official SDK talks to it unchanged.
 */
function fakeStripe() {
  const subscriptions = new Map<string, Json>();
  const invoices: Json[] = [];
  // Prices as Stripe keeps them: the amount never changes; metadata and `active` can.
  const prices = new Map<string, Json>();
  const addPrice = (id: string, amount: number, interval: "month" | "year", metadata: Json = {}) =>
    prices.set(id, {
      id,
      object: "price",
      active: true,
      currency: "usd",
      unit_amount: amount,
      product: "prod_studio",
      recurring: { interval, interval_count: 1 },
      metadata,
    });
  addPrice("price_studio_month", 449_500, "month");
  addPrice("price_studio_year", 4_495_000, "year");
  const requests: { method: string; path: string; params: URLSearchParams }[] = [];
  let failRetrieves = 0;
  const now = () => Math.floor(Date.now() / 1000);
  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const url = new URL(String(req.url), "http://fake");
    const params = new URLSearchParams(Buffer.concat(chunks).toString());
    requests.push({ method: String(req.method), path: url.pathname, params });
    const send = (status: number, body: unknown) =>
      res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
    const subMatch = /^\/v1\/subscriptions\/([\w-]+)$/.exec(url.pathname);
    const priceMatch = /^\/v1\/prices\/([\w-]+)$/.exec(url.pathname);
    const notFound = (what: string) =>
      send(404, { error: { type: "invalid_request_error", message: `No such ${what}`, code: "resource_missing" } });
    if (req.method === "POST" && url.pathname === "/v1/prices") {
      const id = `price_${prices.size + 1}`;
      const metadata: Json = {};
      for (const [key, value] of params) {
        const m = /^metadata\[(.+)\]$/.exec(key);
        if (m) metadata[m[1] as string] = value;
      }
      addPrice(id, Number(params.get("unit_amount")), params.get("recurring[interval]") as "month" | "year", metadata);
      const price = prices.get(id) as Json;
      price.product = params.get("product");
      price.currency = params.get("currency");
      return send(200, price);
    }
    if (priceMatch) {
      const price = prices.get(priceMatch[1] as string);
      if (!price) return notFound("price");
      if (req.method === "POST") {
        for (const [key, value] of params) {
          const m = /^metadata\[(.+)\]$/.exec(key);
          if (m) price.metadata = { ...(price.metadata as Json), [m[1] as string]: value };
        }
        if (params.has("active")) price.active = params.get("active") === "true";
      }
      return send(200, price);
    }
    if (req.method === "POST" && url.pathname === "/v1/checkout/sessions") {
      return send(200, {
        id: "cs_test_1",
        object: "checkout.session",
        url: "https://checkout.stripe.test/cs_test_1",
        metadata: {},
      });
    }
    if (subMatch && req.method === "GET") {
      if (failRetrieves > 0) {
        failRetrieves--;
        return send(500, { error: { type: "api_error", message: "Stripe is having a bad day" } });
      }
      const sub = subscriptions.get(subMatch[1] as string);
      return sub
        ? send(200, sub)
        : send(404, {
            error: { type: "invalid_request_error", message: "No such subscription", code: "resource_missing" },
          });
    }
    if (subMatch && req.method === "POST") {
      const sub = subscriptions.get(subMatch[1] as string);
      if (!sub) return send(404, { error: { type: "invalid_request_error", message: "No such subscription" } });
      if (params.has("cancel_at_period_end")) sub.cancel_at_period_end = params.get("cancel_at_period_end") === "true";
      if (params.has("pause_collection")) sub.pause_collection = null;
      if (params.has("pause_collection[behavior]"))
        sub.pause_collection = { behavior: params.get("pause_collection[behavior]") };
      if (params.has("items[0][price]"))
        (((sub.items as Json).data as Json[])[0] as Json).price = prices.get(String(params.get("items[0][price]")));
      if (params.has("trial_end")) {
        sub.status = "trialing";
        sub.trial_end = Number(params.get("trial_end"));
        const item = ((sub.items as Json).data as Json[])[0] as Json;
        item.current_period_start = now();
        item.current_period_end = Number(params.get("trial_end"));
      }
      const metadata = { ...(sub.metadata as Json) };
      for (const [key, value] of params) {
        const m = /^metadata\[(.+)\]$/.exec(key);
        if (!m) continue;
        if (value === "") delete metadata[m[1] as string];
        else metadata[m[1] as string] = value;
      }
      sub.metadata = metadata;
      return send(200, sub);
    }
    if (req.method === "POST" && url.pathname === "/v1/subscription_schedules") {
      const sub = subscriptions.get(String(params.get("from_subscription")));
      if (!sub) return send(404, { error: { type: "invalid_request_error", message: "No such subscription" } });
      const item = ((sub.items as Json).data as Json[])[0] as Json;
      return send(200, {
        id: "sub_sched_1",
        object: "subscription_schedule",
        phases: [{ start_date: item.current_period_start, end_date: item.current_period_end }],
      });
    }
    if (req.method === "POST" && url.pathname.startsWith("/v1/subscription_schedules/")) {
      return send(200, { id: url.pathname.split("/")[3], object: "subscription_schedule", phases: [] });
    }
    if (req.method === "POST" && url.pathname === "/v1/credit_notes") {
      return send(200, { id: "cn_1", object: "credit_note", amount: Number(params.get("amount")) });
    }
    if (req.method === "GET" && url.pathname === "/v1/invoices") {
      return send(200, {
        object: "list",
        has_more: false,
        url: "/v1/invoices",
        data: invoices.filter((i) => i.customer === url.searchParams.get("customer")),
      });
    }
    if (req.method === "POST" && url.pathname === "/v1/billing_portal/sessions") {
      return send(200, {
        id: "bps_1",
        object: "billing_portal.session",
        url: `https://billing.stripe.test/session?return=${encodeURIComponent(String(params.get("return_url")))}`,
      });
    }
    send(404, {
      error: { type: "invalid_request_error", message: `Unrecognized request URL (${req.method} ${url.pathname})` },
    });
  });
  const addSubscription = (id: string, workspaceId: string | undefined, price = "price_studio_month") => {
    const start = now() - 5 * 86_400;
    subscriptions.set(id, {
      id,
      object: "subscription",
      customer: "cus_1",
      status: "active",
      cancel_at_period_end: false,
      pause_collection: null,
      canceled_at: null,
      created: start,
      start_date: start,
      metadata: workspaceId ? { workspaceId } : {},
      items: {
        object: "list",
        data: [
          {
            id: "si_1",
            price: prices.get(price),
            current_period_start: start,
            current_period_end: start + 30 * 86_400,
          },
        ],
      },
    });
  };
  return {
    server,
    subscriptions,
    invoices,
    requests,
    prices,
    addSubscription,
    failNextRetrieves: (n: number) => {
      failRetrieves = n;
    },
  };
}

describeDb("Stripe adapter and webhooks (against a local fake Stripe)", () => {
  let database: TestDatabase;
  const fake = fakeStripe();
  let provider: StripeProvider;
  let workspaceId = "";
  const secret = "whsec_test_secret";
  const stripe = new Stripe("sk_test_fake");

  const deliver = (event: Json, opts: { signature?: string; timestamp?: number } = {}) => {
    const payload = JSON.stringify(event);
    const signature =
      opts.signature ?? stripe.webhooks.generateTestHeaderString({ payload, secret, timestamp: opts.timestamp });
    return handleStripeWebhook(database.prisma, { stripe, provider, secret, rawBody: payload, signature });
  };
  const event = (id: string, type: string, object: Json) => ({
    id,
    object: "event",
    type,
    created: Math.floor(Date.now() / 1000),
    data: { object },
  });

  beforeAll(async () => {
    database = await createTestDatabase();
    await new Promise<void>((resolve) => fake.server.listen(0, "127.0.0.1", resolve));
    const { port } = fake.server.address() as AddressInfo;
    await database.prisma.plan.create({
      data: {
        slug: "studio",
        name: "Studio",
        tagline: "",
        monthlyPriceCents: 449_500,
        yearlyPriceCents: 4_495_000,
        activeRequestLimit: 2,
        features: [],
        stripeMonthlyPriceId: "price_studio_month",
        stripeYearlyPriceId: "price_studio_year",
      },
    });
    workspaceId = (await database.prisma.workspace.create({ data: { name: "Acme", slug: "acme" } })).id;
    provider = StripeProvider.create("sk_test_fake", stripePrices(database.prisma), {
      host: "127.0.0.1",
      port,
      protocol: "http",
    });
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => fake.server.close(() => resolve()));
    await database?.close();
  });

  it("creates a subscription Checkout Session with the plan's price and the workspace in metadata", async () => {
    const session = await provider.createCheckout({
      checkoutId: "",
      workspaceId,
      email: "owner@acme.example",
      planSlug: "studio",
      interval: "YEAR",
      appUrl: "http://localhost:3000",
    });
    expect(session).toEqual({ sessionId: "cs_test_1", url: "https://checkout.stripe.test/cs_test_1" });
    const sent = fake.requests.at(-1)?.params as URLSearchParams;
    expect(sent.get("mode")).toBe("subscription");
    expect(sent.get("line_items[0][price]")).toBe("price_studio_year");
    expect(sent.get("subscription_data[metadata][workspaceId]")).toBe(workspaceId);
    expect(sent.get("customer_email")).toBe("owner@acme.example");
    expect(sent.get("tax_id_collection[enabled]")).toBe("true");
    expect(sent.get("billing_address_collection")).toBe("required");
  });

  it("reads a subscription into our shape, and pauses, resumes, changes plan and cancels through Stripe", async () => {
    fake.addSubscription("sub_1", workspaceId);
    let snap = await provider.retrieveSubscription("sub_1");
    expect(snap).toMatchObject({
      subscriptionId: "sub_1",
      workspaceId,
      planSlug: "studio",
      interval: "MONTH",
      status: "ACTIVE",
      cancelAtPeriodEnd: false,
    });
    expect(await provider.retrieveSubscription("sub_missing")).toBeNull();

    await provider.pause("sub_1");
    snap = await provider.retrieveSubscription("sub_1");
    expect(snap?.status).toBe("PAUSED");
    expect(snap?.pausedRemainingSeconds).toBeGreaterThan(24 * 86_400);
    await expect(provider.pause("sub_1")).rejects.toThrow("already paused");
    await provider.resume("sub_1");
    snap = await provider.retrieveSubscription("sub_1");
    expect(snap?.status).toBe("ACTIVE");
    // The days kept at pause come back: the next charge is ~25 days away again.
    expect(((snap?.currentPeriodEnd.getTime() ?? 0) - Date.now()) / 86_400_000).toBeGreaterThan(24);

    await provider.changePlan("sub_1", {
      planSlug: "studio",
      interval: "YEAR",
      when: "now",
      prorationDate: new Date(),
    });
    const change = fake.requests.at(-1)?.params as URLSearchParams;
    expect(change.get("items[0][price]")).toBe("price_studio_year");
    // An upgrade is invoiced at once, prorated as of the preview's moment.
    expect(change.get("proration_behavior")).toBe("always_invoice");
    expect(Number(change.get("proration_date"))).toBeGreaterThan(0);
    await provider.setCancelAtPeriodEnd("sub_1", true);
    expect((await provider.retrieveSubscription("sub_1"))?.cancelAtPeriodEnd).toBe(true);
    expect(await provider.paymentMethodUrl("cus_1", "http://localhost:3000/portal/billing")).toContain(
      "billing.stripe.test",
    );
  });

  it("accepts a correctly signed webhook once, and converges from re-reading Stripe", async () => {
    fake.addSubscription("sub_2", workspaceId);
    const first = await deliver(
      event("evt_1", "customer.subscription.created", { id: "sub_2", object: "subscription" }),
    );
    expect(first).toEqual({ status: 200, body: { received: true, outcome: "processed" } });
    expect(await database.prisma.subscription.findUniqueOrThrow({ where: { workspaceId } })).toMatchObject({
      providerSubscriptionId: "sub_2",
      status: "ACTIVE",
    });
    expect(
      (await deliver(event("evt_1", "customer.subscription.created", { id: "sub_2", object: "subscription" }))).body
        .outcome,
    ).toBe("duplicate");
    // An older event arriving late changes nothing: the state comes from Stripe, not the payload.
    (fake.subscriptions.get("sub_2") as Json).cancel_at_period_end = true;
    await deliver(event("evt_2", "customer.subscription.updated", { id: "sub_2", object: "subscription" }));
    await deliver(event("evt_0", "customer.subscription.created", { id: "sub_2", object: "subscription" }));
    expect((await database.prisma.subscription.findUniqueOrThrow({ where: { workspaceId } })).cancelAtPeriodEnd).toBe(
      true,
    );
    expect(
      await database.prisma.auditLog.count({
        where: { action: "billing.subscription_synced", metadata: { path: ["source"], equals: "provider:stripe" } },
      }),
    ).toBeGreaterThan(0);
  });

  it("refuses forged and stale signatures with 400 and stores nothing", async () => {
    const before = await database.prisma.billingEvent.count();
    const payload = event("evt_forged", "customer.subscription.deleted", { id: "sub_2", object: "subscription" });
    expect((await deliver(payload, { signature: "t=1,v1=deadbeef" })).status).toBe(400);
    const other = new Stripe("sk_test_fake").webhooks.generateTestHeaderString({
      payload: JSON.stringify(payload),
      secret: "whsec_someone_else",
    });
    expect((await deliver(payload, { signature: other })).status).toBe(400);
    expect((await deliver(payload, { timestamp: Math.floor(Date.now() / 1000) - 3600 })).status).toBe(400);
    expect(await database.prisma.billingEvent.count()).toBe(before);
  });

  it("ignores unknown event types and unknown customers with 200", async () => {
    expect(
      (await deliver(event("evt_tax", "customer.tax_id.created", { id: "txi_1", object: "tax_id" }))).body.outcome,
    ).toBe("ignored");
    fake.addSubscription("sub_stranger", undefined);
    expect(
      (
        await deliver(
          event("evt_stranger", "customer.subscription.created", { id: "sub_stranger", object: "subscription" }),
        )
      ).body.outcome,
    ).toBe("ignored");
  });

  it("answers 500 when Stripe cannot be read, so the event is retried, and applies it on retry", async () => {
    fake.addSubscription(
      "sub_3",
      (await database.prisma.workspace.create({ data: { name: "Retry", slug: "retry" } })).id,
    );
    fake.failNextRetrieves(10);
    const failed = await deliver(
      event("evt_retry", "customer.subscription.created", { id: "sub_3", object: "subscription" }),
    );
    expect(failed.status).toBe(500);
    expect(await database.prisma.subscription.count({ where: { providerSubscriptionId: "sub_3" } })).toBe(0);
    fake.failNextRetrieves(0);
    expect(
      (await deliver(event("evt_retry", "customer.subscription.created", { id: "sub_3", object: "subscription" }))).body
        .outcome,
    ).toBe("processed");
    expect(await database.prisma.subscription.count({ where: { providerSubscriptionId: "sub_3" } })).toBe(1);
  });

  it("lists invoices from Stripe when an invoice event arrives", async () => {
    fake.invoices.push({
      id: "in_1",
      object: "invoice",
      customer: "cus_1",
      number: "ACME-0001",
      status: "paid",
      amount_paid: 449_500,
      amount_due: 449_500,
      currency: "usd",
      hosted_invoice_url: "https://invoice.stripe.test/in_1",
      invoice_pdf: "https://pay.stripe.test/in_1.pdf",
      created: Math.floor(Date.now() / 1000),
      subscription: "sub_2",
    });
    await deliver(event("evt_inv", "invoice.paid", { id: "in_1", object: "invoice", subscription: "sub_2" }));
    const invoice = await database.prisma.invoice.findUniqueOrThrow({ where: { providerInvoiceId: "in_1" } });
    expect(invoice).toMatchObject({
      number: expect.stringMatching(/^INV-\d{6}$/),
      providerNumber: "ACME-0001",
      amountCents: 449_500,
      status: "paid",
      hostedUrl: "https://invoice.stripe.test/in_1",
      pdfUrl: "https://pay.stripe.test/in_1.pdf",
      workspaceId,
    });
    // Stripe's own PDF is what the download link gives its owners.
    expect(await invoiceDownload(database.prisma, invoice.id, { id: "staff", staffRole: "ADMIN" })).toEqual({
      kind: "redirect",
      url: "https://pay.stripe.test/in_1.pdf",
    });
  });

  it("emails the owner once when Stripe says a trial ends soon", async () => {
    const owner = await database.prisma.user.create({ data: { email: "trial@acme.example" } });
    const trialWorkspace = await database.prisma.workspace.create({
      data: { name: "Trial", slug: "trial", memberships: { create: { userId: owner.id, role: "OWNER" } } },
    });
    fake.addSubscription("sub_trial", trialWorkspace.id);
    (fake.subscriptions.get("sub_trial") as Json).status = "trialing";
    const trialEnds = event("evt_trial", "customer.subscription.trial_will_end", {
      id: "sub_trial",
      object: "subscription",
    });
    expect((await deliver(trialEnds)).body.outcome).toBe("processed");
    expect((await deliver(trialEnds)).body.outcome).toBe("duplicate");
    const mails = await database.prisma.emailMessage.findMany({
      where: { to: owner.email, kind: "billing-trial-ending" },
    });
    expect(mails).toHaveLength(1);
    expect(mails[0]?.text).toMatch(/Your Studio trial ends on .+\. Then \$4,495\.00 is charged/);
  });

  it("schedules a downgrade for the period end and refunds through a credit note", async () => {
    fake.addSubscription("sub_down", workspaceId, "price_studio_year");
    await provider.changePlan("sub_down", {
      planSlug: "studio",
      interval: "MONTH",
      when: "period_end",
      prorationDate: new Date(),
    });
    const phases = fake.requests.find((r) => r.path === "/v1/subscription_schedules/sub_sched_1")?.params;
    expect(phases?.get("phases[0][items][0][price]")).toBe("price_studio_year");
    expect(phases?.get("phases[1][items][0][price]")).toBe("price_studio_month");
    expect(phases?.get("end_behavior")).toBe("release");
    expect((await provider.retrieveSubscription("sub_down"))?.scheduledChange).toEqual({
      planSlug: "studio",
      interval: "MONTH",
      // The downgrade bills the monthly price as it was when it was scheduled.
      priceCents: 449_500,
    });
    expect(await provider.refund("in_1", 10_000, "Late delivery")).toEqual({ creditNoteId: "cn_1" });
    const note = fake.requests.at(-1)?.params;
    expect(note?.get("refund_amount")).toBe("10000");
    expect(note?.get("invoice")).toBe("in_1");
  });

  it("after a plan's price is edited, new checkouts get a new Price; existing subscribers keep paying theirs", async () => {
    fake.addSubscription("sub_before_edit", workspaceId);
    expect(await provider.retrieveSubscription("sub_before_edit")).toMatchObject({
      planSlug: "studio",
      priceCents: 449_500,
      currency: "usd",
    });
    await database.prisma.plan.update({ where: { slug: "studio" }, data: { monthlyPriceCents: 499_500 } });
    try {
      await provider.createCheckout({
        checkoutId: "",
        workspaceId,
        email: "owner@acme.example",
        planSlug: "studio",
        interval: "MONTH",
        appUrl: "http://localhost:3000",
      });
      const created = fake.requests.find((r) => r.method === "POST" && r.path === "/v1/prices")?.params;
      expect(created?.get("unit_amount")).toBe("499500");
      expect(created?.get("product")).toBe("prod_studio");
      expect(created?.get("recurring[interval]")).toBe("month");
      const plan = await database.prisma.plan.findUniqueOrThrow({ where: { slug: "studio" } });
      expect(plan.stripeMonthlyPriceId).not.toBe("price_studio_month");
      const checkout = fake.requests.findLast((r) => r.path === "/v1/checkout/sessions")?.params;
      expect(checkout?.get("line_items[0][price]")).toBe(plan.stripeMonthlyPriceId);
      // A second checkout reuses the new Price rather than making another.
      const pricesBefore = fake.prices.size;
      await provider.createCheckout({
        checkoutId: "",
        workspaceId,
        email: "owner@acme.example",
        planSlug: "studio",
        interval: "MONTH",
        appUrl: "http://localhost:3000",
      });
      expect(fake.prices.size).toBe(pricesBefore);
      // The old Price is no longer the plan's, yet the subscription on it still maps to the plan at its own price.
      expect(await provider.retrieveSubscription("sub_before_edit")).toMatchObject({
        planSlug: "studio",
        interval: "MONTH",
        priceCents: 449_500,
      });
    } finally {
      await database.prisma.plan.update({
        where: { slug: "studio" },
        data: { monthlyPriceCents: 449_500, stripeMonthlyPriceId: "price_studio_month" },
      });
    }
  });
});
