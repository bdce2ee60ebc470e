import { afterAll, beforeAll, expect, it } from "vitest";
import { seedDatabase } from "../../prisma/seed";
import { type SessionUser, toSessionUser } from "../accounts/session";
import { appRouter } from "../router";
import { createTestDatabase, describeDb, type TestDatabase } from "../testing/database";
import { sessionFor } from "../testing/trpc";
import { createContext } from "../trpc";

describeDb("billing with the built-in test provider", () => {
  let database: TestDatabase;
  let buyer: SessionUser;
  const caller = async (user: SessionUser) => {
    const ctx = await createContext({
      headers: new Headers(),
      db: database.prisma,
      getSession: async () => sessionFor(user),
    });
    return appRouter.createCaller(ctx);
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDatabase(database.prisma, { demoAccounts: false });
    buyer = toSessionUser(
      await database.prisma.user.create({ data: { email: "buyer@shop.example.com", name: "Bea" } }),
    );
  });
  afterAll(() => database?.close());

  it("refuses a plan that does not exist or is no longer sold", async () => {
    const api = await caller(buyer);
    await expect(api.billing.checkout({ planSlug: "platinum" })).rejects.toThrow("not available");
    await database.prisma.plan.update({ where: { slug: "starter" }, data: { isActive: false } });
    await expect(api.billing.checkout({ planSlug: "starter" })).rejects.toThrow("not available");
    await database.prisma.plan.update({ where: { slug: "starter" }, data: { isActive: true } });
  });

  it("checks out once, even when the test checkout is completed twice, and attributes the lead", async () => {
    const lead = await database.prisma.lead.create({
      data: {
        source: "HERO_REDESIGN",
        email: "buyer@shop.example.com",
        name: "Bea",
        heroRedesign: { create: { siteUrl: "https://shop.example.com", goals: [] } },
      },
      include: { heroRedesign: true },
    });
    const api = await caller(buyer);
    const { url } = await api.billing.checkout({
      planSlug: "studio",
      interval: "MONTH",
      ref: `hero_${lead.heroRedesign?.id}`,
    });
    const sessionId = url.split("/").pop() as string;
    expect(url).toContain("/billing/test-checkout/tcs_");
    await expect(api.billing.completeTestCheckout({ sessionId, outcome: "declined" })).rejects.toThrow("declined");
    const [a, b] = await Promise.all([
      api.billing.completeTestCheckout({ sessionId, outcome: "paid" }),
      api.billing.completeTestCheckout({ sessionId, outcome: "paid" }),
    ]);
    expect(a.workspaceId).toBe(b.workspaceId);
    expect(await database.prisma.subscription.count({ where: { workspaceId: a.workspaceId } })).toBe(1);
    const overview = await api.billing.overview({ workspaceId: a.workspaceId });
    expect(overview.subscription).toMatchObject({ planSlug: "studio", status: "ACTIVE", canStartNewWork: true });
    expect(overview.invoices).toHaveLength(1);
    expect(overview.invoices[0]).toMatchObject({ amountCents: 449_500, status: "paid" });
    expect(overview.card).toEqual({ brand: "visa", last4: "4242" });
    expect((await database.prisma.lead.findUniqueOrThrow({ where: { id: lead.id } })).stage).toBe("WON");
    await expect(api.billing.checkout({ planSlug: "scale" })).rejects.toThrow("already has a subscription");
  });

  it("pauses with the remaining days kept, resumes, changes plan, cancels and undoes", async () => {
    const api = await caller(buyer);
    const workspaceId = (await database.prisma.membership.findFirstOrThrow({ where: { userId: buyer.id } }))
      .workspaceId;
    await api.billing.pause({ workspaceId });
    let o = await api.billing.overview({ workspaceId });
    expect(o.subscription).toMatchObject({
      status: "PAUSED",
      remainingDaysWhenPaused: 30,
      nextChargeAt: null,
      canStartNewWork: false,
    });
    await expect(api.billing.pause({ workspaceId })).rejects.toThrow("already paused");
    await api.billing.resume({ workspaceId });
    const preview = await api.billing.previewPlanChange({ workspaceId, planSlug: "scale", interval: "YEAR" });
    expect(preview).toMatchObject({ when: "now", activeRequestLimit: 4 });
    const confirm = {
      workspaceId,
      planSlug: "scale",
      interval: "YEAR" as const,
      quotedAt: preview.quotedAt,
      token: preview.token,
    };
    // Confirmed twice: the change happens once, and the second confirmation says it is done.
    expect(await api.billing.changePlan(confirm)).toMatchObject({ status: "applied", wasAlreadyApplied: false });
    expect(await api.billing.changePlan(confirm)).toMatchObject({ status: "applied", wasAlreadyApplied: true });
    await expect(api.billing.previewPlanChange({ workspaceId, planSlug: "scale", interval: "YEAR" })).rejects.toThrow(
      "already on this plan",
    );
    await api.billing.cancel({ workspaceId, reason: "too_expensive", details: "Budget cut" });
    o = await api.billing.overview({ workspaceId });
    expect(o.subscription).toMatchObject({
      planSlug: "scale",
      interval: "YEAR",
      status: "ACTIVE",
      cancelAtPeriodEnd: true,
      nextChargeAt: null,
    });
    await expect(api.billing.cancel({ workspaceId, reason: "other" })).rejects.toMatchObject({ code: "CONFLICT" });
    await api.billing.undoCancel({ workspaceId });
    expect((await api.billing.overview({ workspaceId })).subscription?.cancelAtPeriodEnd).toBe(false);
  });

  it("goes past due on a failed renewal and recovers with a new card; every change is audited", async () => {
    const api = await caller(buyer);
    const workspaceId = (await database.prisma.membership.findFirstOrThrow({ where: { userId: buyer.id } }))
      .workspaceId;
    await api.billing.simulateFailedPayment({ workspaceId });
    let o = await api.billing.overview({ workspaceId });
    expect(o.subscription).toMatchObject({ status: "PAST_DUE", canStartNewWork: true });
    expect(o.invoices.some((i) => i.status === "open")).toBe(true);
    await api.billing.updateTestCard({ workspaceId, last4: "1881" });
    o = await api.billing.overview({ workspaceId });
    expect(o.subscription?.status).toBe("ACTIVE");
    expect(o.card?.last4).toBe("1881");
    expect(o.invoices.every((i) => i.status === "paid")).toBe(true);
    const actions = (await database.prisma.auditLog.findMany({ where: { workspaceId } })).map((a) => a.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        "billing.checkout_started",
        "billing.checkout_completed",
        "billing.paused",
        "billing.resumed",
        "billing.plan_changed",
        "billing.cancel_at_period_end",
        "billing.cancel_undone",
        "billing.renewal_failed_simulated",
        "billing.payment_method_updated",
      ]),
    );
    // Every provider event was stored once and processed.
    expect(await database.prisma.billingEvent.count({ where: { processedAt: null } })).toBe(0);
  });

  it("applies coupons at checkout — percent or fixed, once or forever — within their redemption limit", async () => {
    const newBuyer = async (email: string) =>
      caller(toSessionUser(await database.prisma.user.create({ data: { email } })));
    const a = await newBuyer("coupon-a@example.com");
    const b = await newBuyer("coupon-b@example.com");
    await database.prisma.coupon.create({
      data: { code: "LAUNCH500", amountOffCents: 50_000, duration: "FOREVER", maxRedemptions: 1 },
    });

    const sessionOf = (url: string) => url.split("/").pop() as string;
    const sa = sessionOf((await a.billing.checkout({ planSlug: "starter" })).url);
    const sb = sessionOf((await b.billing.checkout({ planSlug: "starter" })).url);
    await expect(a.billing.applyCoupon({ sessionId: sa, code: "NOPE" })).rejects.toThrow("not valid");
    const welcome = await a.billing.applyCoupon({ sessionId: sa, code: "welcome10" });
    expect(welcome).toMatchObject({
      priceCents: 249_500,
      dueTodayCents: 224_550,
      coupon: { code: "WELCOME10", percentOff: 10 },
    });
    await a.billing.applyCoupon({ sessionId: sa, code: "LAUNCH500" });
    await b.billing.applyCoupon({ sessionId: sb, code: "LAUNCH500" });
    // Both pay at once; the coupon allows one redemption.
    const results = await Promise.allSettled([
      a.billing.completeTestCheckout({ sessionId: sa, outcome: "paid" }),
      b.billing.completeTestCheckout({ sessionId: sb, outcome: "paid" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(String((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason.message)).toContain(
      "used up",
    );
    expect((await database.prisma.coupon.findUniqueOrThrow({ where: { code: "LAUNCH500" } })).redeemedCount).toBe(1);

    // A forever discount also applies to renewals.
    const winner = results[0]?.status === "fulfilled" ? a : b;
    const workspaceId = (
      results.find((r) => r.status === "fulfilled") as PromiseFulfilledResult<{ workspaceId: string }>
    ).value.workspaceId;
    await winner.billing.simulateFailedPayment({ workspaceId });
    const invoices = (await winner.billing.overview({ workspaceId })).invoices;
    expect(invoices.map((i) => i.amountCents)).toEqual([199_500, 199_500]);
  });

  it("finishes a payment cut off after the claim, and never pays two open checkouts of one workspace", async () => {
    const db = database.prisma;
    const payer = toSessionUser(await db.user.create({ data: { email: "crash@shop.example.com" } }));
    const api = await caller(payer);
    const first = (await api.billing.checkout({ planSlug: "starter" })).url.split("/").pop() as string;
    const second = (await api.billing.checkout({ planSlug: "starter" })).url.split("/").pop() as string;
    // The server died right after claiming the session: no provider records, no subscription.
    await db.checkoutSession.update({
      where: { providerSessionId: first },
      data: { status: "COMPLETED", completedAt: new Date() },
    });
    const { workspaceId } = await api.billing.completeTestCheckout({ sessionId: first, outcome: "paid" });
    await api.billing.completeTestCheckout({ sessionId: first, outcome: "paid" });
    expect(await db.subscription.count({ where: { workspaceId } })).toBe(1);
    expect(await db.invoice.count({ where: { workspaceId } })).toBe(1);
    // The second tab's checkout is refused instead of becoming a second subscription.
    await expect(api.billing.completeTestCheckout({ sessionId: second, outcome: "paid" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    const atProvider = await db.testProviderObject.findMany({ where: { kind: { in: ["subscription", "invoice"] } } });
    expect(
      atProvider.filter((o) => (o.data as { customerId?: string }).customerId === `tcus_${workspaceId}`),
    ).toHaveLength(2);
  });

  it("sums up revenue for admins: MRR from paying subscriptions, subscribers and churn", async () => {
    const admin = toSessionUser(
      await database.prisma.user.create({ data: { email: "cfo@studio.example", staffRole: "ADMIN" } }),
    );
    const r = await (await caller(admin)).billing.revenue();
    const paying = await database.prisma.subscription.count({ where: { status: { in: ["ACTIVE", "PAST_DUE"] } } });
    expect(r.subscriptions.length).toBeGreaterThanOrEqual(paying);
    expect(r.mrrCents).toBe(r.subscriptions.reduce((sum, s) => sum + s.monthlyCents, 0));
    expect(r.mrrCents).toBeGreaterThan(0);
    expect(r.churn).toHaveLength(6);
    await expect((await caller(buyer)).billing.revenue()).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("keeps what a subscriber pays when the plan's list price is edited: renewals, MRR and plan changes", async () => {
    const early = toSessionUser(await database.prisma.user.create({ data: { email: "early@bird.example" } }));
    const late = toSessionUser(await database.prisma.user.create({ data: { email: "late@bird.example" } }));
    const subscribe = async (user: SessionUser) => {
      const api = await caller(user);
      const { url } = await api.billing.checkout({ planSlug: "starter", interval: "MONTH" });
      return (await api.billing.completeTestCheckout({ sessionId: url.split("/").pop() as string, outcome: "paid" }))
        .workspaceId;
    };
    const starter = await database.prisma.plan.findUniqueOrThrow({ where: { slug: "starter" } });
    const earlyWs = await subscribe(early);
    await database.prisma.plan.update({
      where: { slug: "starter" },
      data: { monthlyPriceCents: starter.monthlyPriceCents + 50_000 },
    });
    try {
      const lateWs = await subscribe(late);
      const earlyApi = await caller(early);
      let o = await earlyApi.billing.overview({ workspaceId: earlyWs });
      expect(o.subscription?.priceCents).toBe(starter.monthlyPriceCents);
      // The renewal bills the price the subscription was sold at, not the edited list price.
      await earlyApi.billing.simulateRenewal({ workspaceId: earlyWs });
      o = await earlyApi.billing.overview({ workspaceId: earlyWs });
      expect(o.invoices).toHaveLength(2);
      expect(o.invoices.map((i) => i.amountCents)).toEqual([starter.monthlyPriceCents, starter.monthlyPriceCents]);
      const lateOverview = await (await caller(late)).billing.overview({ workspaceId: lateWs });
      expect(lateOverview.subscription?.priceCents).toBe(starter.monthlyPriceCents + 50_000);
      expect(lateOverview.invoices[0]?.amountCents).toBe(starter.monthlyPriceCents + 50_000);
      // Revenue counts each at its own price.
      const admin = toSessionUser(
        await database.prisma.user.create({ data: { email: "books@studio.example", staffRole: "ADMIN" } }),
      );
      const revenue = await (await caller(admin)).billing.revenue();
      // Checkout names a new workspace after its owner (server/billing/service.ts).
      const monthlyOf = (owner: string) =>
        revenue.subscriptions.find((s) => s.workspaceName === `${owner}'s workspace`)?.monthlyCents;
      expect(monthlyOf("early")).toBe(starter.monthlyPriceCents);
      expect(monthlyOf("late")).toBe(starter.monthlyPriceCents + 50_000);
      // A plan change credits the unused time at the price paid, and the new plan is at its list price.
      const preview = await earlyApi.billing.previewPlanChange({
        workspaceId: earlyWs,
        planSlug: "starter",
        interval: "YEAR",
      });
      expect(preview.newPriceCents).toBe(starter.yearlyPriceCents);
    } finally {
      await database.prisma.plan.update({
        where: { slug: "starter" },
        data: { monthlyPriceCents: starter.monthlyPriceCents },
      });
    }
  });
});
