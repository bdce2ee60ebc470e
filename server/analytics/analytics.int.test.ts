import { afterAll, beforeAll, expect, it } from "vitest";
import { seedDatabase } from "../../prisma/seed";
import { seedDemoHistory } from "../../prisma/seed-history";
import { toSessionUser } from "../accounts/session";
import { leadsCsv } from "../leads/service";
import { createTestDatabase, describeDb, type TestDatabase } from "../testing/database";
import { callerFor } from "../testing/trpc";

describeDb("the back-office dashboard on a year of seeded history", () => {
  let database: TestDatabase;
  const as = async (email: string) =>
    callerFor(database.prisma, toSessionUser(await database.prisma.user.findUniqueOrThrow({ where: { email } })));

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDatabase(database.prisma, { demoAccounts: true });
  }, 120_000);
  afterAll(() => database?.close());

  it("seeds the history once, deterministically", async () => {
    expect(await seedDemoHistory(database.prisma)).toBe(false);
    expect(await database.prisma.lead.count()).toBeGreaterThan(150);
    expect(await database.prisma.subscription.count({ where: { status: "CANCELED" } })).toBeGreaterThan(0);
  });

  it("counts leads per week by source and stage and follows hero redesigns to subscriptions", async () => {
    const admin = await as("admin@atelier.example");
    const year = await admin.analytics.leads({});
    expect(year.weeks.length).toBeGreaterThanOrEqual(52);
    const bySource = year.weeks.reduce((n, w) => n + w.CONTACT + w.HERO_REDESIGN, 0);
    const byStage = year.weeks.reduce((n, w) => n + w.NEW + w.CONTACTED + w.QUALIFIED + w.WON + w.LOST, 0);
    expect(bySource).toBe(year.totalLeads);
    expect(byStage).toBe(year.totalLeads);
    const [requested, delivered, subscribed] = year.funnel.map((s) => s.count);
    expect(requested).toBeGreaterThan(delivered ?? 0);
    expect(delivered).toBeGreaterThan(subscribed ?? 0);
    expect(subscribed).toBeGreaterThan(0);

    const lastMonth = await admin.analytics.leads({ from: new Date(Date.now() - 30 * 86_400_000) });
    expect(lastMonth.totalLeads).toBeLessThan(year.totalLeads);
    await expect(admin.analytics.leads({ from: new Date(), to: new Date(Date.now() - 86_400_000) })).rejects.toThrow(
      "The start date must be before the end date.",
    );
  });

  it("draws MRR, active subscriptions and churn with reasons per month", async () => {
    const admin = await as("admin@atelier.example");
    const { mrr, churn } = await admin.analytics.revenue({});
    expect(mrr.length).toBeGreaterThanOrEqual(12);
    expect(mrr.at(-1)?.mrrCents).toBeGreaterThan(mrr[1]?.mrrCents ?? 0);
    expect(churn.reduce((n, m) => n + m.canceled, 0)).toBeGreaterThan(0);
    const reasons = churn.reduce(
      (n, m) => n + m.too_expensive + m.not_enough_work + m.quality + m.speed + m.switching + m.other,
      0,
    );
    expect(reasons).toBeGreaterThan(0);
    await expect((await as("designer@atelier.example")).analytics.revenue({})).rejects.toThrow();
  });

  it("gives turnaround per designer and type against the admin's target; a designer sees their own", async () => {
    const admin = await as("admin@atelier.example");
    const all = await admin.analytics.turnaround({});
    expect(all.byDesigner.map((d) => d.label)).toEqual(["Dario Designer", "Leo Brandt", "Mina Park"]);
    for (const row of [...all.byDesigner, ...all.byType]) {
      expect(row.medianHours).not.toBeNull();
      expect(row.p90Hours).toBeGreaterThanOrEqual(row.medianHours ?? 0);
    }
    // Leo is the slow one in the story, Mina the fast one.
    const hours = Object.fromEntries(all.byDesigner.map((d) => [d.label, d.medianHours ?? 0]));
    expect(hours["Leo Brandt"]).toBeGreaterThan(hours["Mina Park"] ?? 0);

    await expect(admin.analytics.setTargets({ firstDeliveryHours: 0, revisionRounds: 1 })).rejects.toThrow(
      "The target must be at least one hour.",
    );
    await admin.analytics.setTargets({ firstDeliveryHours: 10, revisionRounds: 1 });
    const strict = await admin.analytics.turnaround({});
    expect(strict.targets.firstDeliveryHours).toBe(10);
    expect(strict.overall.withinTargetPercent).toBeLessThan(all.overall.withinTargetPercent ?? 100);

    const dario = await as("designer@atelier.example");
    const own = await dario.analytics.turnaround({});
    expect(own.byDesigner.map((d) => d.label)).toEqual(["Dario Designer"]);
    const today = await dario.analytics.today();
    const darioId = (await database.prisma.user.findUniqueOrThrow({ where: { email: "designer@atelier.example" } })).id;
    for (const group of today.inProgressByDesigner) expect(group.designerId).toBe(darioId);
    expect(today.subscriptionsAtRisk).toEqual([]);
  });

  it("lists today's work for the studio", async () => {
    const today = await (await as("admin@atelier.example")).analytics.today();
    expect(today.inProgressByDesigner.length).toBeGreaterThan(0);
    expect(today.newLeadCount).toBeGreaterThan(0);
    expect(today.subscriptionsAtRisk.length).toBeGreaterThan(0);
    expect(today.subscriptionsAtRisk[0]?.workspaceName).not.toBe("Deleted workspace");
  });
});

describeDb("a client's record and renaming a workspace", () => {
  let database: TestDatabase;
  const as = async (email: string) =>
    callerFor(database.prisma, toSessionUser(await database.prisma.user.findUniqueOrThrow({ where: { email } })));

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDatabase(database.prisma, { demoAccounts: true });
  }, 120_000);
  afterAll(() => database?.close());

  it("shows people, subscription, requests, the lead it came from and audit entries by name", async () => {
    const admin = await as("admin@atelier.example");
    const harbor = await database.prisma.workspace.findUniqueOrThrow({ where: { slug: "harbor-coffee-demo" } });
    const record = await admin.admin.workspace({ workspaceId: harbor.id });
    expect(record.workspace.name).toBe("Harbor Coffee");
    expect(record.members[0]?.role).toBe("OWNER");
    expect(record.subscription?.planName).toBeTruthy();
    expect(record.requests.length).toBeGreaterThan(0);
    expect(record.requests.some((r) => r.assigneeName)).toBe(true);
    expect(record.lead?.stage).toBe("WON");

    await admin.admin.renameWorkspace({ workspaceId: harbor.id, name: "  Harbor Coffee Roasters " });
    const after = await admin.admin.workspace({ workspaceId: harbor.id });
    expect(after.workspace.name).toBe("Harbor Coffee Roasters");
    expect(after.audit[0]).toMatchObject({ action: "workspace.renamed", actorName: "Ada Admin" });
    await expect(admin.admin.workspace({ workspaceId: "nope" })).rejects.toThrow("No such workspace.");

    // The audit log and the lead name things, with links, not ids.
    const [entry] = (await admin.admin.audit({ action: "workspace.renamed", limit: 5 })).entries;
    expect(entry).toMatchObject({
      actorName: "Ada Admin",
      targetLabel: "Harbor Coffee Roasters",
      targetHref: `/admin/workspaces/${harbor.id}`,
    });
    const lead = await admin.leads.byId({ id: record.lead?.id ?? "" });
    expect(lead.client).toEqual({ id: harbor.id, name: "Harbor Coffee Roasters" });
    const cards = await admin.leads.list({});
    expect(cards.find((c) => c.ownerId)?.ownerName).toMatch(/Dario Designer|Mina Park|Leo Brandt|Ada Admin/);
    const csv = await leadsCsv(database.prisma, {});
    expect(csv.split("\n")[0]).toContain(",owner,");
    expect(csv).toMatch(/,(Dario Designer|Mina Park|Leo Brandt),/);
    expect(csv).not.toMatch(/,c[a-z0-9]{24},/);
  });

  it("lets the owner rename their workspace, in words when the name is wrong, and nobody else", async () => {
    const nora = await as("nora@northwind.example");
    const northwind = await database.prisma.workspace.findUniqueOrThrow({ where: { slug: "northwind-outfitters" } });
    await expect(nora.workspace.rename({ workspaceId: northwind.id, name: "   " })).rejects.toThrow("Enter a name.");
    await expect(nora.workspace.rename({ workspaceId: northwind.id, name: "x".repeat(121) })).rejects.toThrow(
      "Keep the name to 120 characters or fewer.",
    );
    expect(await nora.workspace.rename({ workspaceId: northwind.id, name: "Northwind" })).toMatchObject({
      name: "Northwind",
    });
    const gabe = await as("gabe@globex.example");
    await expect(gabe.workspace.rename({ workspaceId: northwind.id, name: "Mine now" })).rejects.toThrow();
    expect((await database.prisma.workspace.findUniqueOrThrow({ where: { id: northwind.id } })).name).toBe("Northwind");
  });
});
