import { createHmac } from "node:crypto";
import { DomainError } from "../errors";
import type { LeadStage, Prisma } from "../generated/prisma/client";
import { deliverNow, queueEmails, sendEmail } from "../mail/outbox";
import type { Db } from "../platform/db";
import { layoutEmail } from "../platform/mailer";
import { digestsEqual } from "../platform/secrets";
import type { ContactInput, HeroRedesignInput, LeadFilters } from "./schemas";
import { normalizeWebsiteUrl } from "./website-url";

export const MIN_FILL_MS = 2_500;

/** Refuses bots without telling them why a person would not have been refused. */
export function checkFormGuard(input: { website?: string; startedAt: number }, now = Date.now()) {
  if (input.website) throw new DomainError("BAD_REQUEST", "We could not accept this submission.");
  if (now - input.startedAt < MIN_FILL_MS) {
    throw new DomainError("BAD_REQUEST", "That was quick! Please check the form and send it again.");
  }
}

async function staffRecipients(db: Db) {
  const admins = await db.user.findMany({ where: { staffRole: "ADMIN" }, select: { email: true } });
  return admins.map((a) => a.email);
}

/**
 * The lead and its emails are committed together (the emails as outbox rows, sent after the
 * commit): a crash never leaves a lead nobody was told about, and a failing mailer only delays
 * the emails. The same idempotency key returns the same lead.
 */
export async function submitContact(db: Db, input: ContactInput, appUrl: string) {
  checkFormGuard(input);
  const existing = await db.lead.findUnique({ where: { idempotencyKey: input.idempotencyKey }, select: { id: true } });
  if (existing) return { leadId: existing.id, isDuplicate: true };
  const staff = await staffRecipients(db);
  let created: { lead: { id: string }; emailJobs: string[] };
  try {
    created = await db.$transaction(async (tx) => {
      const lead = await tx.lead.create({
        data: {
          source: "CONTACT",
          email: input.email,
          name: input.name,
          company: input.company || null,
          budget: input.budget ?? null,
          message: input.message,
          idempotencyKey: input.idempotencyKey,
          stageChanges: { create: { toStage: "NEW" } },
        },
        select: { id: true },
      });
      const emails = await Promise.all([
        layoutEmail({
          to: input.email,
          subject: "We got your message — Atelier",
          kind: "contact-confirmation",
          paragraphs: [
            `Hi ${input.name}, thanks for writing to Atelier.`,
            "A designer will answer within one business day.",
            `Your message: ${input.message.slice(0, 500)}`,
          ],
        }),
        ...staff.map((to) =>
          layoutEmail({
            to,
            subject: `New contact: ${input.name}${input.company ? ` (${input.company})` : ""}`,
            kind: "staff-new-lead",
            paragraphs: [`${input.name} <${input.email}> wrote:`, input.message.slice(0, 2000)],
            action: { label: "Open the lead", url: `${appUrl}/admin/leads/${lead.id}` },
          }),
        ),
      ]);
      return { lead, emailJobs: await queueEmails(tx, emails) };
    });
  } catch (error) {
    // Two identical submits at once: the unique key lets exactly one through.
    if ((error as { code?: string }).code === "P2002") {
      const winner = await db.lead.findUniqueOrThrow({
        where: { idempotencyKey: input.idempotencyKey },
        select: { id: true },
      });
      return { leadId: winner.id, isDuplicate: true };
    }
    throw error;
  }
  await notify(() => deliverNow(db, created.emailJobs));
  return { leadId: created.lead.id, isDuplicate: false };
}

async function notify(send: () => Promise<void>) {
  try {
    await send();
  } catch {
    // The outbox row could not even be written (database trouble): the lead is already safe.
  }
}

// ---- Hero redesign ----

/** The private status link: the id plus an HMAC of it, so nothing secret is stored and links cannot be forged. */
export function heroStatusToken(id: string, secret: string) {
  return `${id}.${createHmac("sha256", secret).update(`hero-status:${id}`).digest("base64url")}`;
}

export function heroIdFromToken(token: string, secret: string): string | null {
  const [id, mac] = token.split(".");
  if (!id || !mac || !/^[a-z0-9]{10,40}$/.test(id)) return null;
  const expected = heroStatusToken(id, secret).split(".")[1] as string;
  const a = Buffer.from(mac, "base64url").toString("hex");
  const b = Buffer.from(expected, "base64url").toString("hex");
  return digestsEqual(a, b) ? id : null;
}

export async function requestHeroRedesign(db: Db, input: HeroRedesignInput, opts: { appUrl: string; secret: string }) {
  checkFormGuard(input);
  const siteUrl = normalizeWebsiteUrl(input.websiteUrl);
  const existing = await db.lead.findUnique({
    where: { idempotencyKey: input.idempotencyKey },
    select: { id: true, heroRedesign: { select: { id: true } } },
  });
  if (existing?.heroRedesign) return { heroRedesignId: existing.heroRedesign.id, isDuplicate: true };
  const lead = await db.lead.create({
    data: {
      source: "HERO_REDESIGN",
      email: input.email,
      name: input.name,
      message: input.goalsText || null,
      idempotencyKey: input.idempotencyKey,
      stageChanges: { create: { toStage: "NEW" } },
      heroRedesign: { create: { siteUrl, goals: input.goals, goalsText: input.goalsText || null } },
    },
    select: { heroRedesign: { select: { id: true } } },
  });
  const heroId = lead.heroRedesign?.id as string;
  const link = `${opts.appUrl}/hero-redesign/status/${heroStatusToken(heroId, opts.secret)}`;
  await notify(async () => {
    await sendEmail(
      db,
      layoutEmail({
        to: input.email,
        subject: "Your free hero redesign is in the queue",
        kind: "hero-requested",
        paragraphs: [
          `Hi ${input.name}, thanks! A designer will redesign the hero section of ${siteUrl}.`,
          "Keep this email: the link below shows where your redesign stands and, once it is ready, the before and after.",
        ],
        action: { label: "See your redesign's status", url: link },
      }),
    );
    for (const to of await staffRecipients(db)) {
      await sendEmail(
        db,
        layoutEmail({
          to,
          subject: `Hero redesign requested: ${siteUrl}`,
          kind: "staff-new-hero",
          paragraphs: [`${input.name} <${input.email}> asked for a hero redesign of ${siteUrl}.`],
          action: { label: "Open the queue", url: `${opts.appUrl}/admin/hero-redesigns` },
        }),
      );
    }
  });
  return { heroRedesignId: heroId, isDuplicate: false };
}

/** What the visitor's private link shows; only ever the one redesign its token names. */
export async function heroStatus(db: Db, token: string, secret: string) {
  const id = heroIdFromToken(token, secret);
  if (!id) throw new DomainError("NOT_FOUND", "This status link is not valid.");
  const hero = await db.heroRedesign.findUnique({
    where: { id },
    select: {
      id: true,
      siteUrl: true,
      status: true,
      createdAt: true,
      claimedAt: true,
      deliveredAt: true,
      beforeImageId: true,
      afterImageId: true,
      lead: { select: { name: true } },
    },
  });
  if (!hero) throw new DomainError("NOT_FOUND", "This status link is not valid.");
  const isDelivered = hero.status === "DELIVERED";
  return {
    siteUrl: hero.siteUrl,
    status: hero.status,
    name: hero.lead.name,
    requestedAt: hero.createdAt,
    startedAt: hero.claimedAt,
    deliveredAt: hero.deliveredAt,
    hasImages: isDelivered && Boolean(hero.beforeImageId && hero.afterImageId),
    /** Carried to /pricing and the checkout so the subscription is attributed. */
    ref: `hero_${hero.id}`,
  };
}

export async function heroQueue(db: Db, designerId: string) {
  return db.heroRedesign
    .findMany({
      where: {
        OR: [
          { status: "REQUESTED" },
          { status: "IN_PROGRESS" },
          { status: "DELIVERED", deliveredAt: { gt: new Date(Date.now() - 14 * 86_400_000) } },
        ],
      },
      orderBy: [{ status: "asc" }, { createdAt: "asc" }],
      take: 200,
      select: {
        id: true,
        siteUrl: true,
        goals: true,
        goalsText: true,
        status: true,
        designerId: true,
        createdAt: true,
        beforeImageId: true,
        afterImageId: true,
        lead: { select: { id: true, name: true, email: true } },
      },
    })
    .then((rows) => rows.map((r) => ({ ...r, isMine: r.designerId === designerId })));
}

/** A designer claims a requested redesign (two at once: one wins); the visitor hears it started. */
export async function claimHeroRedesign(
  db: Db,
  id: string,
  designerId: string,
  opts: { appUrl: string; secret: string },
) {
  const { count } = await db.heroRedesign.updateMany({
    where: { id, status: "REQUESTED" },
    data: { status: "IN_PROGRESS", designerId, claimedAt: new Date() },
  });
  if (count === 0) {
    const hero = await db.heroRedesign.findUnique({ where: { id }, select: { status: true, designerId: true } });
    if (!hero) throw new DomainError("NOT_FOUND", "No such hero redesign.");
    // A second click of the same designer's "Claim": already theirs, nothing more to do.
    if (hero.designerId === designerId) return { isReplay: true };
    throw new DomainError("CONFLICT", "Someone already claimed this redesign.");
  }
  const hero = await db.heroRedesign.findUniqueOrThrow({
    where: { id },
    select: { siteUrl: true, lead: { select: { email: true, name: true } } },
  });
  await notify(() =>
    sendEmail(
      db,
      layoutEmail({
        to: hero.lead.email,
        subject: "A designer started on your hero redesign",
        kind: "hero-in-progress",
        paragraphs: [
          `Hi ${hero.lead.name}, a designer is now working on the hero section of ${hero.siteUrl}.`,
          "We will email you again when it is ready.",
        ],
        action: {
          label: "See your redesign's status",
          url: `${opts.appUrl}/hero-redesign/status/${heroStatusToken(id, opts.secret)}`,
        },
      }),
    ).then(() => undefined),
  );
  return { isReplay: false };
}

async function claimedBy(db: Db, id: string, designerId: string) {
  const hero = await db.heroRedesign.findUnique({ where: { id }, include: { lead: true } });
  if (!hero) throw new DomainError("NOT_FOUND", "No such hero redesign.");
  if (hero.status === "REQUESTED") throw new DomainError("CONFLICT", "Claim this redesign before working on it.");
  if (hero.designerId !== designerId)
    throw new DomainError("FORBIDDEN", "Another designer is working on this redesign.");
  return hero;
}

export async function attachHeroImage(
  db: Db,
  input: { id: string; which: "before" | "after"; fileId: string; designerId: string },
) {
  const hero = await claimedBy(db, input.id, input.designerId);
  if (hero.status === "DELIVERED") throw new DomainError("CONFLICT", "This redesign was already delivered.");
  const file = await db.fileAsset.findUnique({
    where: { id: input.fileId },
    select: { id: true, uploadedById: true, mime: true },
  });
  if (!file || file.uploadedById !== input.designerId || !file.mime.startsWith("image/")) {
    throw new DomainError("NOT_FOUND", "Upload the image first.");
  }
  await db.heroRedesign.update({
    where: { id: input.id },
    data: input.which === "before" ? { beforeImageId: file.id } : { afterImageId: file.id },
  });
}

export async function deliverHeroRedesign(
  db: Db,
  input: { id: string; designerId: string; appUrl: string; secret: string },
) {
  const hero = await claimedBy(db, input.id, input.designerId);
  // "Mark delivered" twice (a double click, a retry): delivered once, the visitor emailed once.
  if (hero.status === "DELIVERED") return { leadId: hero.leadId, isReplay: true };
  if (!hero.beforeImageId || !hero.afterImageId)
    throw new DomainError("BAD_REQUEST", "Upload both the before and the after image first.");
  const { count } = await db.heroRedesign.updateMany({
    where: { id: input.id, status: "IN_PROGRESS" },
    data: { status: "DELIVERED", deliveredAt: new Date() },
  });
  if (count === 0) return { leadId: hero.leadId, isReplay: true };
  await notify(() =>
    sendEmail(
      db,
      layoutEmail({
        to: hero.lead.email,
        subject: "Your free hero redesign is ready",
        kind: "hero-delivered",
        paragraphs: [
          `Hi ${hero.lead.name}, your new hero section for ${hero.siteUrl} is ready.`,
          "Open the link to compare the before and the after.",
        ],
        action: {
          label: "See your redesign",
          url: `${input.appUrl}/hero-redesign/status/${heroStatusToken(hero.id, input.secret)}`,
        },
      }),
    ).then(() => undefined),
  );
  return { leadId: hero.leadId, isReplay: false };
}

/** Image bytes for the status page: only the two images of the redesign the token names. */
export async function heroImageKey(db: Db, token: string, which: "before" | "after", secret: string) {
  const id = heroIdFromToken(token, secret);
  if (!id) return null;
  const hero = await db.heroRedesign.findUnique({
    where: { id },
    select: {
      status: true,
      beforeImage: { select: { storageKey: true, mime: true } },
      afterImage: { select: { storageKey: true, mime: true } },
    },
  });
  if (hero?.status !== "DELIVERED") return null;
  return (which === "before" ? hero.beforeImage : hero.afterImage) ?? null;
}

// ---- Pipeline ----

function leadWhere(f: LeadFilters): Prisma.LeadWhereInput {
  return {
    ...(f.source && { source: f.source }),
    ...(f.stage && { stage: f.stage }),
    ...(f.ownerId && { ownerId: f.ownerId === "none" ? null : f.ownerId }),
    ...((f.from || f.to) && { createdAt: { ...(f.from && { gte: f.from }), ...(f.to && { lte: f.to }) } }),
    ...(f.q && {
      OR: [
        { name: { contains: f.q, mode: "insensitive" } },
        { email: { contains: f.q.toLowerCase() } },
        { company: { contains: f.q, mode: "insensitive" } },
        { message: { contains: f.q, mode: "insensitive" } },
      ],
    }),
  };
}

const leadCard = {
  id: true,
  name: true,
  email: true,
  company: true,
  source: true,
  stage: true,
  ownerId: true,
  budget: true,
  createdAt: true,
  updatedAt: true,
} as const;

/** Staff names by id, for cards and exports that show who owns a lead (never a raw id). */
async function staffNames(db: Db, ids: (string | null)[]) {
  const wanted = [...new Set(ids.filter((x): x is string => Boolean(x)))];
  if (!wanted.length) return new Map<string, string>();
  const people = await db.user.findMany({
    where: { id: { in: wanted } },
    select: { id: true, name: true, email: true },
  });
  return new Map(people.map((p) => [p.id, p.name ?? p.email]));
}

export async function listLeads(db: Db, filters: LeadFilters, limit = 500) {
  const leads = await db.lead.findMany({
    where: leadWhere(filters),
    orderBy: { createdAt: "desc" },
    take: limit,
    select: leadCard,
  });
  const names = await staffNames(
    db,
    leads.map((l) => l.ownerId),
  );
  return leads.map((l) => ({ ...l, ownerName: l.ownerId ? (names.get(l.ownerId) ?? "Former staff") : null }));
}

export async function getLead(db: Db, id: string) {
  const lead = await db.lead.findUnique({
    where: { id },
    select: {
      ...leadCard,
      message: true,
      workspaceId: true,
      wonAt: true,
      notes: { orderBy: { createdAt: "desc" }, select: { id: true, body: true, authorId: true, createdAt: true } },
      stageChanges: {
        orderBy: { createdAt: "asc" },
        select: { id: true, fromStage: true, toStage: true, actorId: true, createdAt: true },
      },
      heroRedesign: { select: { id: true, siteUrl: true, status: true, deliveredAt: true } },
    },
  });
  if (!lead) throw new DomainError("NOT_FOUND", "No such lead.");
  const people = await db.user.findMany({
    where: {
      id: {
        in: [
          ...new Set(
            [lead.ownerId, ...lead.notes.map((n) => n.authorId), ...lead.stageChanges.map((s) => s.actorId)].filter(
              (x): x is string => Boolean(x),
            ),
          ),
        ],
      },
    },
    select: { id: true, email: true, name: true },
  });
  const nameOf = new Map(people.map((p) => [p.id, p.name ?? p.email]));
  const client = lead.workspaceId
    ? await db.workspace.findUnique({ where: { id: lead.workspaceId }, select: { id: true, name: true } })
    : null;
  return {
    ...lead,
    client,
    ownerName: lead.ownerId ? (nameOf.get(lead.ownerId) ?? null) : null,
    notes: lead.notes.map((n) => ({
      ...n,
      author: n.authorId ? (nameOf.get(n.authorId) ?? "former staff") : "system",
    })),
    stageChanges: lead.stageChanges.map((s) => ({
      ...s,
      actor: s.actorId ? (nameOf.get(s.actorId) ?? "former staff") : "system",
    })),
  };
}

export async function moveLeadStage(db: Db, id: string, stage: LeadStage, actorId: string | null) {
  return db.$transaction(async (tx) => {
    const lead = await tx.lead.findUnique({ where: { id }, select: { stage: true } });
    if (!lead) throw new DomainError("NOT_FOUND", "No such lead.");
    if (lead.stage === stage) return { from: stage, to: stage, isChanged: false };
    await tx.lead.update({ where: { id }, data: { stage, ...(stage === "WON" && { wonAt: new Date() }) } });
    await tx.leadStageChange.create({ data: { leadId: id, fromStage: lead.stage, toStage: stage, actorId } });
    return { from: lead.stage, to: stage, isChanged: true };
  });
}

export async function assignLeadOwner(db: Db, id: string, ownerId: string | null) {
  if (ownerId) {
    const owner = await db.user.findUnique({ where: { id: ownerId }, select: { staffRole: true } });
    if (!owner?.staffRole) throw new DomainError("BAD_REQUEST", "A lead can only be owned by studio staff.");
  }
  const { count } = await db.lead.updateMany({ where: { id }, data: { ownerId } });
  if (count === 0) throw new DomainError("NOT_FOUND", "No such lead.");
}

export async function addLeadNote(db: Db, id: string, authorId: string, body: string) {
  if (!(await db.lead.findUnique({ where: { id }, select: { id: true } })))
    throw new DomainError("NOT_FOUND", "No such lead.");
  return db.leadNote.create({
    data: { leadId: id, authorId, body },
    select: { id: true, body: true, createdAt: true },
  });
}

const csvCell = (value: unknown) => {
  const s = value instanceof Date ? value.toISOString() : value == null ? "" : String(value);
  // Leading = + - @ would run as formulas in a spreadsheet.
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

export async function leadsCsv(db: Db, filters: LeadFilters) {
  const rows = await db.lead.findMany({
    where: leadWhere(filters),
    orderBy: { createdAt: "desc" },
    take: 10_000,
    select: { ...leadCard, message: true, heroRedesign: { select: { siteUrl: true, status: true } } },
  });
  const header = [
    "created_at",
    "name",
    "email",
    "company",
    "source",
    "stage",
    "owner",
    "budget",
    "website",
    "hero_status",
    "message",
  ];
  const owners = await staffNames(
    db,
    rows.map((r) => r.ownerId),
  );
  const lines = rows.map((r) =>
    [
      r.createdAt,
      r.name,
      r.email,
      r.company,
      r.source,
      r.stage,
      r.ownerId ? (owners.get(r.ownerId) ?? "former staff") : "",
      r.budget,
      r.heroRedesign?.siteUrl,
      r.heroRedesign?.status,
      r.message,
    ]
      .map(csvCell)
      .join(","),
  );
  return `${header.join(",")}\n${lines.join("\n")}\n`;
}

/** A `hero_<id>` attribution is real when it names a delivered hero redesign; anything else is not. */
export async function heroAttribution(db: Db, ref: string) {
  const heroId = /^hero_[a-z0-9]{10,40}$/.test(ref) ? ref.slice(5) : null;
  const hero = heroId
    ? await db.heroRedesign.findFirst({ where: { id: heroId, status: "DELIVERED" }, select: { id: true } })
    : null;
  return { isValid: hero !== null };
}

/**
 * Called by billing when a subscription starts: the newest open lead with that email becomes WON
 * and is linked to the workspace, keeping its source and redesign.
 */
export async function markLeadWon(db: Db, input: { email: string; workspaceId: string; ref?: string | null }) {
  const heroId = input.ref?.startsWith("hero_") ? input.ref.slice(5) : null;
  const byRef = heroId ? await db.heroRedesign.findUnique({ where: { id: heroId }, select: { leadId: true } }) : null;
  const lead =
    (byRef && (await db.lead.findUnique({ where: { id: byRef.leadId }, select: { id: true, stage: true } }))) ||
    (await db.lead.findFirst({
      where: { email: input.email.toLowerCase(), stage: { notIn: ["WON", "LOST"] } },
      orderBy: { createdAt: "desc" },
      select: { id: true, stage: true },
    }));
  if (!lead || lead.stage === "WON") return null;
  await db.$transaction([
    db.lead.update({
      where: { id: lead.id },
      data: { stage: "WON", wonAt: new Date(), workspaceId: input.workspaceId },
    }),
    db.leadStageChange.create({ data: { leadId: lead.id, fromStage: lead.stage, toStage: "WON" } }),
  ]);
  return lead.id;
}

/** Leads per week by source, conversion rate, and the median time from request to delivery. */
export async function funnelSummary(db: Db, weeks = 12) {
  const since = new Date(Date.now() - weeks * 7 * 86_400_000);
  const perWeek = await db.$queryRaw<{ week: Date; source: string; leads: bigint }[]>`
    SELECT date_trunc('week', "createdAt") AS week, source::text AS source, count(*) AS leads
    FROM "Lead" WHERE "createdAt" >= ${since}
    GROUP BY 1, 2 ORDER BY 1`;
  const [totals] = await db.$queryRaw<{ total: bigint; won: bigint; median_hours: number | null }[]>`
    SELECT (SELECT count(*) FROM "Lead" WHERE "createdAt" >= ${since}) AS total,
           (SELECT count(*) FROM "Lead" WHERE "createdAt" >= ${since} AND stage = 'WON') AS won,
           (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM "deliveredAt" - "createdAt") / 3600)
              FROM "HeroRedesign" WHERE "deliveredAt" IS NOT NULL AND "createdAt" >= ${since}) AS median_hours`;
  const total = Number(totals?.total ?? 0);
  const won = Number(totals?.won ?? 0);
  return {
    weeks: perWeek.map((r) => ({ week: r.week, source: r.source, leads: Number(r.leads) })),
    total,
    won,
    conversionRate: total ? won / total : 0,
    medianHoursToDelivery: totals?.median_hours == null ? null : Number(totals.median_hours),
  };
}
