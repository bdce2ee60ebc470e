import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { seedDatabase } from "../../prisma/seed";
import { briefTemplates } from "../../prisma/seed-content/brief-templates";
import { type SessionUser, toSessionUser } from "../accounts/session";
import { downloadableFile } from "../files/access";
import { storeAttachment, sweepUnattachedFiles } from "../files/service";
import { LocalDiskStorage } from "../platform/storage";
import { createTestDatabase, describeDb, type TestDatabase } from "../testing/database";
import { solidPng } from "../testing/images";
import { callerFor } from "../testing/trpc";

const HOUR = 3_600_000;

describeDb("onboarding, brand assets, brief templates and the client's own turnaround", () => {
  let database: TestDatabase;
  let root: string;
  let store: LocalDiskStorage;
  let owner: SessionUser;
  let member: SessionUser;
  let outsider: SessionUser;
  let designer: SessionUser;
  let workspaceId = "";
  const user = async (email: string, staffRole: "DESIGNER" | null = null) =>
    toSessionUser(await database.prisma.user.create({ data: { email, staffRole } }));
  const png = solidPng(8, 8, [29, 78, 216]);

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDatabase(database.prisma, { demoAccounts: false });
    root = fs.mkdtempSync(path.join(os.tmpdir(), "atelier-brand-"));
    store = new LocalDiskStorage(root);
    owner = await user("olivia@new-client.example");
    member = await user("sam@new-client.example");
    outsider = await user("someone@elsewhere.example");
    designer = await user("dana@studio.example", "DESIGNER");
  });
  afterAll(async () => {
    await database?.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it("starts a checked-out workspace's setup at the company name; each step moves forward once, and a finished setup stays finished", async () => {
    const asOwner = await callerFor(database.prisma, owner);
    await asOwner.billing.checkout({ planSlug: "starter" });
    const mine = await asOwner.workspace.mine();
    const created = mine.workspaces[0];
    expect(created).toMatchObject({ name: "olivia's workspace", onboardingStep: "COMPANY", role: "OWNER" });
    workspaceId = created?.id as string;
    await database.prisma.membership.create({ data: { workspaceId, userId: member.id, role: "MEMBER" } });

    await asOwner.workspace.rename({ workspaceId, name: "Harbor & Pine Coffee" });
    expect(await asOwner.workspace.continueOnboarding({ workspaceId, step: "COMPANY" })).toEqual({ step: "TEAM" });
    // A second tab still on the first step changes nothing.
    expect(await asOwner.workspace.continueOnboarding({ workspaceId, step: "COMPANY" })).toEqual({ step: "TEAM" });
    expect((await asOwner.workspace.mine()).workspaces[0]).toMatchObject({
      name: "Harbor & Pine Coffee",
      onboardingStep: "TEAM",
    });
    // Only the owner sets the workspace up.
    await expect(
      (await callerFor(database.prisma, member)).workspace.continueOnboarding({ workspaceId, step: "TEAM" }),
    ).rejects.toThrow("Only the workspace owner can do this.");

    expect(await asOwner.workspace.continueOnboarding({ workspaceId, step: "TEAM" })).toEqual({ step: "BRAND" });
    expect(await asOwner.workspace.continueOnboarding({ workspaceId, step: "BRAND", finish: true })).toEqual({
      step: "DONE",
    });
    expect(await asOwner.workspace.continueOnboarding({ workspaceId, step: "COMPANY" })).toEqual({ step: "DONE" });
    const audit = await database.prisma.auditLog.findMany({
      where: { workspaceId, action: "workspace.onboarding_step" },
      orderBy: { createdAt: "asc" },
      select: { metadata: true },
    });
    expect(audit.map((a) => (a.metadata as { to: string }).to)).toEqual(["TEAM", "BRAND", "DONE"]);

    // Skipping the whole setup from its first step ends it too.
    const second = await user("kai@skipper.example");
    const asSecond = await callerFor(database.prisma, second);
    const { workspaceId: skipped } = await (async () => {
      await asSecond.billing.checkout({ planSlug: "starter" });
      return { workspaceId: (await asSecond.workspace.mine()).activeWorkspaceId as string };
    })();
    expect(
      await asSecond.workspace.continueOnboarding({ workspaceId: skipped, step: "COMPANY", finish: true }),
    ).toEqual({ step: "DONE" });
    // Workspaces the studio creates need no setup.
    const made = await database.prisma.workspace.create({ data: { name: "Made by staff", slug: "made-by-staff" } });
    expect(made.onboardingStep).toBe("DONE");
  });

  it("keeps the brand assets on the workspace: an uploaded logo checked by content, hex colours, fonts and links", async () => {
    const asOwner = await callerFor(database.prisma, owner);
    const asMember = await callerFor(database.prisma, member);
    expect(await asMember.workspace.brand({ workspaceId })).toMatchObject({ logo: null, colors: [], links: [] });

    const logo = await storeAttachment(database.prisma, store, {
      data: png,
      originalName: "logo.png",
      uploadedById: owner.id,
    });
    const brand = await asOwner.workspace.updateBrand({
      workspaceId,
      logoFileId: logo.id,
      colors: ["1D4ED8", "#abc", "#1d4ed8"],
      fonts: ["Fraunces", "Inter", "inter"],
      links: [
        { label: "Brand guide", url: "harbor-pine.example/brand" },
        { label: "", url: "https://instagram.com/harborpine" },
      ],
    });
    expect(brand).toMatchObject({
      workspaceName: "Harbor & Pine Coffee",
      logo: { id: logo.id, mime: "image/png", originalName: "logo.png" },
      colors: ["#1d4ed8", "#aabbcc"],
      fonts: ["Fraunces", "inter"],
      links: [
        { label: "Brand guide", url: "https://harbor-pine.example/brand" },
        { label: "", url: "https://instagram.com/harborpine" },
      ],
    });

    // Teammates and the studio see it; another client does not.
    expect((await asMember.workspace.brand({ workspaceId })).colors).toEqual(["#1d4ed8", "#aabbcc"]);
    expect((await (await callerFor(database.prisma, designer)).workspace.staffBrand({ workspaceId })).logo?.id).toBe(
      logo.id,
    );
    await expect((await callerFor(database.prisma, outsider)).workspace.brand({ workspaceId })).rejects.toThrow(
      "You are not a member of this workspace.",
    );
    await expect(
      (await callerFor(database.prisma, designer)).workspace.staffBrand({ workspaceId: "nope" }),
    ).rejects.toThrow("No such workspace.");

    // The logo file: the workspace's members and staff may open it, nobody else; it is never swept.
    expect(await downloadableFile(database.prisma, logo.id, { id: member.id, staffRole: null })).not.toBeNull();
    expect(await downloadableFile(database.prisma, logo.id, { id: designer.id, staffRole: "DESIGNER" })).not.toBeNull();
    expect(await downloadableFile(database.prisma, logo.id, { id: outsider.id, staffRole: null })).toBeNull();
    await sweepUnattachedFiles(database.prisma, store, -1);
    expect(await database.prisma.fileAsset.count({ where: { id: logo.id } })).toBe(1);

    // Saving colours alone keeps the logo.
    expect(
      (await asMember.workspace.updateBrand({ workspaceId, colors: ["#111111"], fonts: [], links: [] })).logo?.id,
    ).toBe(logo.id);
    // Removing the logo lets its file be swept like any unused upload.
    expect((await asOwner.workspace.updateBrand({ workspaceId, logoFileId: null })).logo).toBeNull();
    await sweepUnattachedFiles(database.prisma, store, -1);
    expect(await database.prisma.fileAsset.count({ where: { id: logo.id } })).toBe(0);
  });

  it("refuses a logo that is not an image, is someone else's upload or is in use, and colours that are not hex, in plain words", async () => {
    const asOwner = await callerFor(database.prisma, owner);
    const pdf = await storeAttachment(database.prisma, store, {
      data: Buffer.from("%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"),
      originalName: "brand.pdf",
      uploadedById: owner.id,
    });
    await expect(asOwner.workspace.updateBrand({ workspaceId, logoFileId: pdf.id })).rejects.toThrow(
      "A logo must be a PNG, JPEG, WebP, GIF or SVG image.",
    );
    const theirs = await storeAttachment(database.prisma, store, {
      data: png,
      originalName: "their-logo.png",
      uploadedById: outsider.id,
    });
    await expect(asOwner.workspace.updateBrand({ workspaceId, logoFileId: theirs.id })).rejects.toThrow(
      "That upload was not found. Upload the logo again.",
    );
    await expect(asOwner.workspace.updateBrand({ workspaceId, colors: ["blue"] })).rejects.toThrow(
      "Enter a colour as a hex code, like #1d4ed8.",
    );
    await expect(
      asOwner.workspace.updateBrand({ workspaceId, links: [{ label: "x", url: "javascript:alert(1)" }] }),
    ).rejects.toThrow("Enter a web address, like https://example.com/brand.");
    // Nothing was changed by the refusals.
    expect((await asOwner.workspace.brand({ workspaceId })).colors).toEqual(["#111111"]);
  });

  it("gives every seeded service a brief template with questions", async () => {
    const services = await (await callerFor(database.prisma)).services.list();
    expect(services.length).toBeGreaterThan(0);
    for (const s of services) {
      expect(s.briefTemplate, s.slug).toBe(briefTemplates[s.slug]);
      expect(s.briefTemplate).toMatch(/^## /m);
    }
    // A template the studio rewrote survives the next seed; an empty one is filled in.
    await database.prisma.service.update({ where: { slug: "web-design" }, data: { briefTemplate: "## Ours" } });
    await database.prisma.service.update({ where: { slug: "landing-pages" }, data: { briefTemplate: "" } });
    await seedDatabase(database.prisma, { demoAccounts: false });
    const after = await database.prisma.service.findMany({ select: { slug: true, briefTemplate: true } });
    expect(after.find((s) => s.slug === "web-design")?.briefTemplate).toBe("## Ours");
    expect(after.find((s) => s.slug === "landing-pages")?.briefTemplate).toBe(briefTemplates["landing-pages"]);
  });

  it("sums up the client's own turnaround from the stored timestamps, and lists their finished requests", async () => {
    const asMember = await callerFor(database.prisma, member);
    const empty = await asMember.workspace.turnaround({ workspaceId });
    expect(empty).toMatchObject({ figures: { delivered: 0, medianHours: null, p90Hours: null }, history: [] });

    const now = Date.now();
    // Four requests delivered first after 10, 20, 30 and 100 hours, with 0, 1, 1 and 3 revision rounds.
    const samples = [
      { hours: 10, rounds: 0, title: "Menu board" },
      { hours: 20, rounds: 1, title: "Loyalty card" },
      { hours: 30, rounds: 1, title: "Website hero" },
      { hours: 100, rounds: 3, title: "Packaging" },
    ];
    for (const [i, s] of samples.entries()) {
      const activatedAt = new Date(now - (30 - i) * 24 * HOUR);
      const request = await database.prisma.designRequest.create({
        data: {
          workspaceId,
          title: s.title,
          type: "brand-identity",
          brief: "x",
          status: "DONE",
          position: i,
          createdById: owner.id,
          createdAt: new Date(activatedAt.getTime() - HOUR),
          activatedAt,
          firstDeliveredAt: new Date(activatedAt.getTime() + s.hours * HOUR),
          completedAt: new Date(activatedAt.getTime() + (s.hours + 48) * HOUR),
        },
      });
      for (let r = 0; r < s.rounds; r++)
        await database.prisma.requestStatusChange.create({
          data: { requestId: request.id, workspaceId, fromStatus: "IN_REVIEW", toStatus: "REVISION" },
        });
    }
    // Another client's request never counts.
    const other = await database.prisma.workspace.create({ data: { name: "Other", slug: "other-client" } });
    await database.prisma.designRequest.create({
      data: {
        workspaceId: other.id,
        title: "Not yours",
        type: "web-design",
        brief: "x",
        status: "DONE",
        position: 0,
        createdById: outsider.id,
        activatedAt: new Date(now - 10 * 24 * HOUR),
        firstDeliveredAt: new Date(now - 24 * HOUR),
        completedAt: new Date(now - HOUR),
      },
    });

    const result = await asMember.workspace.turnaround({ workspaceId });
    // Median of 10, 20, 30, 100 = 25; p90 by interpolation = 30 + 0.7 × 70 = 79.
    expect(result.figures).toEqual({ delivered: 4, medianHours: 25, p90Hours: 79, medianRounds: 1, p90Rounds: 2.4 });
    expect(result.history.map((r) => r.title)).toEqual(["Packaging", "Website hero", "Loyalty card", "Menu board"]);
    expect(result.history[0]).toMatchObject({ serviceName: "Brand Identity", revisionRounds: 3 });
    expect(result.historyTotal).toBe(4);
  });
});
