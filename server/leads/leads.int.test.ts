import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import { type SessionUser, toSessionUser } from "../accounts/session";
import { serverEnv } from "../env";
import { storeImage } from "../files/service";
import { MemoryRateLimitStore } from "../platform/rate-limit";
import { LocalDiskStorage } from "../platform/storage";
import { createTestDatabase, describeDb, type TestDatabase } from "../testing/database";
import { solidPng } from "../testing/images";
import { callerFor } from "../testing/trpc";
import { funnelSummary, heroImageKey, heroStatusToken, leadsCsv, MIN_FILL_MS, markLeadWon } from "./service";

const globalStore = globalThis as unknown as { atelierRateLimitStore?: unknown };

describeDb("lead funnel", () => {
  let database: TestDatabase;
  let designer: SessionUser;
  let otherDesigner: SessionUser;
  let admin: SessionUser;
  const form = () => ({ startedAt: Date.now() - MIN_FILL_MS - 1000, idempotencyKey: crypto.randomUUID() });
  const contact = (over: Record<string, unknown> = {}) => ({
    name: "Ana Ruiz",
    email: "ana@shop.example.com",
    message: "We need a new landing page.",
    ...form(),
    ...over,
  });
  const hero = (over: Record<string, unknown> = {}) => ({
    websiteUrl: "northwind-outfitters.com",
    name: "Nora",
    email: "nora@northwind-outfitters.com",
    goals: ["more-signups" as const],
    ...form(),
    ...over,
  });
  const secret = () => serverEnv().AUTH_SECRET;

  beforeAll(async () => {
    database = await createTestDatabase();
    globalStore.atelierRateLimitStore = new MemoryRateLimitStore();
    designer = toSessionUser(
      await database.prisma.user.create({ data: { email: "designer@studio.example", staffRole: "DESIGNER" } }),
    );
    otherDesigner = toSessionUser(
      await database.prisma.user.create({ data: { email: "other@studio.example", staffRole: "DESIGNER" } }),
    );
    admin = toSessionUser(
      await database.prisma.user.create({ data: { email: "admin@studio.example", staffRole: "ADMIN" } }),
    );
  });
  // Callers without headers share one IP ("unknown"): each test starts with fresh counters.
  beforeEach(() => {
    globalStore.atelierRateLimitStore = new MemoryRateLimitStore();
  });
  afterAll(() => {
    globalStore.atelierRateLimitStore = undefined;
    return database?.close();
  });

  it("stores a contact message as a NEW lead and emails the visitor and the studio", async () => {
    const anon = await callerFor(database.prisma);
    await anon.leads.submitContact(contact({ company: "Shop & Co", budget: "5k-15k" }));
    const lead = await database.prisma.lead.findFirstOrThrow({
      where: { email: "ana@shop.example.com" },
      include: { stageChanges: true },
    });
    expect(lead).toMatchObject({ source: "CONTACT", stage: "NEW", company: "Shop & Co", budget: "5k-15k" });
    expect(lead.stageChanges.map((s) => s.toStage)).toEqual(["NEW"]);
    const mail = await database.prisma.emailMessage.findMany({
      where: { kind: { in: ["contact-confirmation", "staff-new-lead"] } },
    });
    expect(mail.map((m) => m.to).sort()).toEqual(["admin@studio.example", "ana@shop.example.com"]);
  });

  it("creates one lead for a double submit, even when both arrive at once", async () => {
    const anon = await callerFor(database.prisma);
    const input = contact({ email: "double@example.com" });
    await Promise.all([anon.leads.submitContact(input), anon.leads.submitContact(input)]);
    await anon.leads.submitContact(input);
    expect(await database.prisma.lead.count({ where: { email: "double@example.com" } })).toBe(1);
  });

  it("refuses bots: the honeypot and a too-fast submit store nothing", async () => {
    const anon = await callerFor(database.prisma);
    const before = await database.prisma.lead.count();
    await expect(anon.leads.submitContact(contact({ website: "http://spam.example" }))).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(anon.leads.submitContact(contact({ startedAt: Date.now() - 200 }))).rejects.toThrow("That was quick");
    expect(await database.prisma.lead.count()).toBe(before);
  });

  it("names each bad field, and keeps emoji and right-to-left text intact", async () => {
    const anon = await callerFor(database.prisma);
    const error = await anon.leads
      .submitContact(contact({ name: "x".repeat(10_000), email: "not-an-email", message: "" }))
      .catch((e) => e);
    expect(error.code).toBe("BAD_REQUEST");
    const issues = Object.fromEntries(
      error.cause.issues.map((i: { path: string[]; message: string }) => [i.path.join("."), i.message]),
    );
    expect(issues).toMatchObject({
      name: "name is too long (at most 120 characters)",
      email: "enter a valid email address",
      message: "enter your message",
    });
    await anon.leads.submitContact(
      contact({ name: "سارة 🚀 Müller", email: "sara@example.com", message: "مرحبا — we need help ✨" }),
    );
    const lead = await database.prisma.lead.findFirstOrThrow({ where: { email: "sara@example.com" } });
    expect(lead.name).toBe("سارة 🚀 Müller");
  });

  it("limits public submissions per address (and per IP)", async () => {
    const anon = await callerFor(database.prisma);
    for (let i = 0; i < 5; i++) await anon.leads.submitContact(contact({ email: "eager@example.com" }));
    await expect(anon.leads.submitContact(contact({ email: "eager@example.com" }))).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
    });
  });

  it("commits the lead even when the mailer fails; the emails wait in the outbox", async () => {
    const env = serverEnv();
    const previous = env.SMTP_URL;
    env.SMTP_URL = "smtp://127.0.0.1:1";
    try {
      globalStore.atelierRateLimitStore = new MemoryRateLimitStore();
      await (await callerFor(database.prisma)).leads.submitContact(contact({ email: "mailer-down@example.com" }));
    } finally {
      env.SMTP_URL = previous;
    }
    expect(await database.prisma.lead.count({ where: { email: "mailer-down@example.com" } })).toBe(1);
    const pending = await database.prisma.emailMessage.findFirstOrThrow({ where: { to: "mailer-down@example.com" } });
    expect(pending).toMatchObject({ status: "PENDING", attempts: 1 });
  });

  it("refuses unsafe website addresses for a hero redesign and stores nothing", async () => {
    globalStore.atelierRateLimitStore = new MemoryRateLimitStore();
    const anon = await callerFor(database.prisma);
    const before = await database.prisma.lead.count();
    for (const websiteUrl of [
      "http://127.0.0.1",
      "file:///etc/passwd",
      "javascript:alert(1)",
      "http://localhost:3000",
      "http://10.1.2.3",
    ]) {
      await expect(anon.leads.requestHeroRedesign(hero({ websiteUrl, email: "x@example.com" }))).rejects.toMatchObject({
        code: "BAD_REQUEST",
      });
    }
    expect(await database.prisma.lead.count()).toBe(before);
    // Five refusals are corrections, not submissions: the same visitor can still send the form.
    for (const websiteUrl of ["http://10.0.0.1", "http://192.168.1.1"]) {
      await expect(anon.leads.requestHeroRedesign(hero({ websiteUrl, email: "x@example.com" }))).rejects.toMatchObject({
        code: "BAD_REQUEST",
      });
    }
    await anon.leads.requestHeroRedesign(hero({ websiteUrl: "initech.example.com", email: "x@example.com" }));
    expect(await database.prisma.lead.count()).toBe(before + 1);
  });

  it("runs a hero redesign from request to delivery, visible only through its own link", async () => {
    globalStore.atelierRateLimitStore = new MemoryRateLimitStore();
    const anon = await callerFor(database.prisma);
    await anon.leads.requestHeroRedesign(hero());
    await anon.leads.requestHeroRedesign(hero({ email: "someone-else@example.com", websiteUrl: "globex.example.org" }));
    const mail = await database.prisma.emailMessage.findFirstOrThrow({
      where: { to: "nora@northwind-outfitters.com", kind: "hero-requested" },
    });
    const token = /\/hero-redesign\/status\/([\w.-]+)/.exec(mail.text)?.[1] as string;
    const status = await anon.leads.heroStatus({ token });
    expect(status).toMatchObject({
      siteUrl: "https://northwind-outfitters.com",
      status: "REQUESTED",
      hasImages: false,
    });

    // Forged and mixed-up tokens show nothing.
    const [id, mac] = token.split(".");
    const other = await database.prisma.heroRedesign.findFirstOrThrow({
      where: { siteUrl: "https://globex.example.org" },
    });
    for (const forged of [`${id}.AAAA${mac?.slice(4)}`, `${other.id}.${mac}`, "nonsense-token-value"]) {
      await expect(anon.leads.heroStatus({ token: forged })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }

    // Two designers claim at once: exactly one wins.
    const [a, b] = await Promise.allSettled([
      (await callerFor(database.prisma, designer)).heroRedesign.claim({ id: id as string }),
      (await callerFor(database.prisma, otherDesigner)).heroRedesign.claim({ id: id as string }),
    ]);
    expect([a.status, b.status].sort()).toEqual(["fulfilled", "rejected"]);
    const winner = a.status === "fulfilled" ? designer : otherDesigner;
    const loser = winner === designer ? otherDesigner : designer;
    const asWinner = await callerFor(database.prisma, winner);
    expect((await anon.leads.heroStatus({ token })).status).toBe("IN_PROGRESS");
    const started = await database.prisma.emailMessage.findMany({
      where: { to: "nora@northwind-outfitters.com", kind: "hero-in-progress" },
    });
    expect(started).toHaveLength(1);

    await expect(asWinner.heroRedesign.deliver({ id: id as string })).rejects.toThrow("Upload both");
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "atelier-hero-"));
    const store = new LocalDiskStorage(root);
    const before = await storeImage(database.prisma, store, {
      data: solidPng(4, 4, [200, 200, 200]),
      originalName: "before.png",
      uploadedById: winner.id,
    });
    const after = await storeImage(database.prisma, store, {
      data: solidPng(4, 4, [79, 70, 229]),
      originalName: "after.png",
      uploadedById: winner.id,
    });
    await expect(
      (await callerFor(database.prisma, loser)).heroRedesign.attachImage({
        id: id as string,
        which: "before",
        fileId: before.id,
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await asWinner.heroRedesign.attachImage({ id: id as string, which: "before", fileId: before.id });
    await asWinner.heroRedesign.attachImage({ id: id as string, which: "after", fileId: after.id });
    expect(await heroImageKey(database.prisma, token, "after", secret())).toBeNull(); // not before delivery
    // "Mark delivered" clicked twice at once: delivered once, the visitor emailed once, no error.
    await Promise.all([
      asWinner.heroRedesign.deliver({ id: id as string }),
      asWinner.heroRedesign.deliver({ id: id as string }),
    ]);
    await expect(asWinner.heroRedesign.deliver({ id: id as string })).resolves.toEqual({ ok: true });
    expect(
      await database.prisma.emailMessage.count({
        where: { to: "nora@northwind-outfitters.com", kind: "hero-delivered" },
      }),
    ).toBe(1);

    expect(await anon.leads.heroStatus({ token })).toMatchObject({
      status: "DELIVERED",
      hasImages: true,
      ref: `hero_${id}`,
    });
    expect((await heroImageKey(database.prisma, token, "after", secret()))?.mime).toBe("image/png");
    expect(await heroImageKey(database.prisma, heroStatusToken(other.id, secret()), "after", secret())).toBeNull();
    const delivered = await database.prisma.emailMessage.findFirstOrThrow({
      where: { to: "nora@northwind-outfitters.com", kind: "hero-delivered" },
    });
    expect(delivered.text).toContain(token);
    fs.rmSync(root, { recursive: true, force: true });
  });

  it("moves leads through the pipeline with history, notes and an owner; clients cannot", async () => {
    const asAdmin = await callerFor(database.prisma, admin);
    const lead = await database.prisma.lead.findFirstOrThrow({ where: { email: "ana@shop.example.com" } });
    await asAdmin.leads.moveStage({ id: lead.id, stage: "CONTACTED" });
    await asAdmin.leads.moveStage({ id: lead.id, stage: "QUALIFIED" });
    await asAdmin.leads.addNote({ id: lead.id, body: "Call booked for Tuesday." });
    await asAdmin.leads.assign({ id: lead.id, ownerId: designer.id });
    const client = toSessionUser(await database.prisma.user.create({ data: { email: "client@example.com" } }));
    await expect(asAdmin.leads.assign({ id: lead.id, ownerId: client.id })).rejects.toThrow(
      "only be owned by studio staff",
    );
    await expect(
      (await callerFor(database.prisma, client)).leads.moveStage({ id: lead.id, stage: "LOST" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });

    const detail = await asAdmin.leads.byId({ id: lead.id });
    expect(detail.stageChanges.map((s) => s.toStage)).toEqual(["NEW", "CONTACTED", "QUALIFIED"]);
    expect(detail.stageChanges[1]?.actor).toBe("admin@studio.example");
    expect(detail.notes[0]).toMatchObject({ body: "Call booked for Tuesday.", author: "admin@studio.example" });
    expect(detail.ownerName).toBe("designer@studio.example");

    expect((await asAdmin.leads.list({ stage: "QUALIFIED" })).map((l) => l.id)).toEqual([lead.id]);
    expect((await asAdmin.leads.list({ source: "HERO_REDESIGN" })).every((l) => l.source === "HERO_REDESIGN")).toBe(
      true,
    );
    expect((await asAdmin.leads.list({ q: "SHOP & co" })).map((l) => l.id)).toEqual([lead.id]);
    expect((await asAdmin.leads.list({ ownerId: "none" })).some((l) => l.id === lead.id)).toBe(false);
    const actions = (await database.prisma.auditLog.findMany({ where: { targetId: lead.id } })).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(["lead.stage_changed", "lead.note_added", "lead.owner_assigned"]));
  });

  it("exports CSV that spreadsheets cannot turn into formulas", async () => {
    globalStore.atelierRateLimitStore = new MemoryRateLimitStore();
    await (await callerFor(database.prisma)).leads.submitContact(
      contact({ name: '=HYPERLINK("http://evil")', email: "csv@example.com", message: 'line one\nline "two"' }),
    );
    const csv = await leadsCsv(database.prisma, { q: "csv@example.com" });
    const [header, row] = csv.trim().split(/\n(?=\d{4}-)/);
    expect(header?.startsWith("created_at,name,email")).toBe(true);
    expect(row).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(row).toContain('"line one\nline ""two"""');
  });

  it("marks the lead WON when its email subscribes, keeping source and redesign, and sums up the funnel", async () => {
    const heroLead = await database.prisma.lead.findFirstOrThrow({
      where: { email: "nora@northwind-outfitters.com" },
      include: { heroRedesign: true },
    });
    const ws = await database.prisma.workspace.create({ data: { name: "Northwind", slug: "northwind" } });
    expect(await markLeadWon(database.prisma, { email: "NORA@northwind-outfitters.com", workspaceId: ws.id })).toBe(
      heroLead.id,
    );
    const won = await database.prisma.lead.findUniqueOrThrow({
      where: { id: heroLead.id },
      include: { heroRedesign: true },
    });
    expect(won).toMatchObject({ stage: "WON", source: "HERO_REDESIGN", workspaceId: ws.id });
    expect(won.heroRedesign?.id).toBe(heroLead.heroRedesign?.id);
    expect(
      await markLeadWon(database.prisma, { email: "nora@northwind-outfitters.com", workspaceId: ws.id }),
    ).toBeNull();

    const funnel = await funnelSummary(database.prisma);
    expect(funnel.won).toBe(1);
    expect(funnel.conversionRate).toBeCloseTo(1 / funnel.total);
    expect(funnel.weeks.some((w) => w.source === "HERO_REDESIGN")).toBe(true);
    expect(funnel.medianHoursToDelivery).not.toBeNull();
  });
});
