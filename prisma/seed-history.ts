import type { Prisma } from "../server/generated/prisma/client";
import type { Db } from "../server/platform/db";

/**
 * Twelve months of a small studio's activity for demos and the dashboard's charts: leads from
 * both forms moving through the pipeline, hero redesigns, clients subscribing (some pausing,
 * falling behind on payment or canceling with a reason), and requests with their status history
 * worked by three designers at different speeds. Deterministic (a seeded random), made once.
 */

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** mulberry32: a tiny seeded generator, so every run seeds the same story. */
function seeded(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const firstNames = [
  "Amara",
  "Ben",
  "Chloé",
  "Dev",
  "Elif",
  "Finn",
  "Greta",
  "Hiro",
  "Ines",
  "Jonas",
  "Kofi",
  "Lena",
  "Mateo",
  "Noor",
  "Oskar",
  "Priya",
  "Quinn",
  "Rosa",
  "Sami",
  "Tess",
  "Umar",
  "Vera",
  "Wim",
  "Yara",
  "Zoe",
];
const lastNames = [
  "Adeyemi",
  "Berg",
  "Costa",
  "Dubois",
  "Eriksen",
  "Fischer",
  "García",
  "Haddad",
  "Ito",
  "Jansen",
  "Kowalski",
  "Larsen",
  "Moreau",
  "Nakamura",
  "Okafor",
  "Petrov",
  "Rossi",
  "Silva",
  "Tanaka",
  "Varga",
  "Weber",
  "Yilmaz",
];
const companyWords = [
  "Harbor",
  "Juniper",
  "Atlas",
  "Copper",
  "Meadow",
  "Nimbus",
  "Orchid",
  "Pioneer",
  "Quartz",
  "Riverside",
  "Summit",
  "Tidal",
  "Umber",
  "Velvet",
  "Willow",
  "Zephyr",
  "Beacon",
  "Cedar",
  "Drift",
  "Ember",
];
const companyKinds = [
  "Coffee",
  "Labs",
  "Studio",
  "Outdoor",
  "Health",
  "Analytics",
  "Bakery",
  "Bikes",
  "Legal",
  "Travel",
  "Robotics",
  "Books",
];
const reasons = ["too_expensive", "not_enough_work", "not_enough_work", "quality", "speed", "switching", "other"];

export const demoDesigners = [
  { email: "mina@atelier.example", name: "Mina Park", speed: 0.8 },
  { email: "leo@atelier.example", name: "Leo Brandt", speed: 1.35 },
];

const HISTORY_MARKER = "harbor-coffee-demo";

export async function seedDemoHistory(db: Db, now = new Date()): Promise<boolean> {
  if (await db.workspace.findUnique({ where: { slug: HISTORY_MARKER }, select: { id: true } })) return false;
  const random = seeded(14);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const between = (min: number, max: number) => min + random() * (max - min);

  const designers: { id: string; speed: number }[] = [];
  const dario = await db.user.findUnique({ where: { email: "designer@atelier.example" }, select: { id: true } });
  if (dario) designers.push({ id: dario.id, speed: 1 });
  for (const d of demoDesigners) {
    const user = await db.user.upsert({
      where: { email: d.email },
      create: { email: d.email, name: d.name, staffRole: "DESIGNER", emailVerified: now },
      update: {},
    });
    designers.push({ id: user.id, speed: d.speed });
  }
  const admin = await db.user.findUnique({ where: { email: "admin@atelier.example" }, select: { id: true } });
  const plans = await db.plan.findMany({
    where: { isActive: true },
    select: { slug: true, monthlyPriceCents: true, yearlyPriceCents: true },
    orderBy: { position: "asc" },
  });
  const serviceSlugs = (await db.service.findMany({ select: { slug: true } })).map((s) => s.slug);
  if (!plans.length || !serviceSlugs.length) return false;
  const typeHours: Record<string, number> = Object.fromEntries(serviceSlugs.map((s, i) => [s, 20 + ((i * 13) % 40)]));

  const start = now.getTime() - 365 * DAY;
  const leads: Prisma.LeadCreateManyInput[] = [];
  const stageChanges: {
    leadId: string;
    fromStage: "NEW" | "CONTACTED" | "QUALIFIED" | null;
    toStage: "NEW" | "CONTACTED" | "QUALIFIED" | "WON" | "LOST";
    actorId: string | null;
    createdAt: Date;
  }[] = [];
  const heroes: {
    id: string;
    leadId: string;
    siteUrl: string;
    goals: string[];
    status: "REQUESTED" | "IN_PROGRESS" | "DELIVERED";
    designerId: string | null;
    claimedAt: Date | null;
    deliveredAt: Date | null;
    createdAt: Date;
  }[] = [];
  const won: { leadId: string; name: string; email: string; company: string; at: Date }[] = [];
  let n = 0;
  for (let week = 0; week < 52; week++) {
    const perWeek = Math.round(between(2, 5) + week / 10);
    for (let i = 0; i < perWeek; i++) {
      n++;
      const createdAt = new Date(start + week * 7 * DAY + between(0, 7) * DAY);
      if (createdAt > now) continue;
      const isHero = random() < 0.55;
      const name = `${pick(firstNames)} ${pick(lastNames)}`;
      const company = `${pick(companyWords)} ${pick(companyKinds)}`;
      const email = `${name
        .split(" ")[0]
        ?.toLowerCase()
        .normalize("NFD")
        .replace(/[^a-z]/g, "")}.${n}@${company.toLowerCase().replace(/[^a-z]+/g, "")}.example`;
      const id = `demo_lead_${n}`;
      const age = (now.getTime() - createdAt.getTime()) / DAY;
      const owner = random() < 0.8 ? pick(designers).id : (admin?.id ?? null);
      // Older leads have reached an outcome; the last weeks' are still open.
      const roll = random();
      const stage =
        age < 10
          ? roll < 0.6
            ? "NEW"
            : roll < 0.85
              ? "CONTACTED"
              : "QUALIFIED"
          : age < 25
            ? roll < 0.2
              ? "NEW"
              : roll < 0.5
                ? "CONTACTED"
                : roll < 0.75
                  ? "QUALIFIED"
                  : roll < 0.9
                    ? "WON"
                    : "LOST"
            : roll < (isHero ? 0.3 : 0.2)
              ? "WON"
              : "LOST";
      const path = ["NEW", "CONTACTED", "QUALIFIED"] as const;
      let at = createdAt;
      stageChanges.push({ leadId: id, fromStage: null, toStage: "NEW", actorId: null, createdAt });
      const steps = stage === "NEW" ? 0 : stage === "CONTACTED" ? 1 : stage === "QUALIFIED" ? 2 : 2 + 1;
      for (let s = 1; s <= Math.min(steps, 2); s++) {
        at = new Date(at.getTime() + between(0.3, 3) * DAY);
        stageChanges.push({
          leadId: id,
          fromStage: path[s - 1] ?? null,
          toStage: path[s] as "CONTACTED" | "QUALIFIED",
          actorId: owner,
          createdAt: at,
        });
      }
      let wonAt: Date | null = null;
      if (stage === "WON" || stage === "LOST") {
        at = new Date(Math.min(now.getTime() - HOUR, at.getTime() + between(1, 6) * DAY));
        stageChanges.push({ leadId: id, fromStage: "QUALIFIED", toStage: stage, actorId: owner, createdAt: at });
        if (stage === "WON") {
          wonAt = at;
          won.push({ leadId: id, name, email, company, at });
        }
      }
      leads.push({
        id,
        email,
        name,
        company,
        source: isHero ? "HERO_REDESIGN" : "CONTACT",
        stage,
        ownerId: owner,
        message: isHero
          ? null
          : pick([
              "We need a new marketing site.",
              "Looking for help with our app's onboarding screens.",
              "Can you redo our pitch deck?",
              "We are rebranding this spring.",
            ]),
        budget: isHero ? null : pick(["< $2k", "$2k–$5k", "$5k+"]),
        createdAt,
        updatedAt: at,
        wonAt,
      });
      if (isHero) {
        const designer = pick(designers);
        const waiting = age < 3 && random() < 0.7;
        const claimedAt = waiting ? null : new Date(createdAt.getTime() + between(2, 20) * HOUR);
        const deliveredAt =
          waiting || !claimedAt || (age < 5 && random() < 0.5)
            ? null
            : new Date(claimedAt.getTime() + between(8, 60) * HOUR * designer.speed);
        heroes.push({
          id: `demo_hero_${n}`,
          leadId: id,
          siteUrl: `https://www.${company.toLowerCase().replace(/[^a-z]+/g, "")}.example`,
          goals: [pick(["clarity", "conversion", "trust"]), pick(["modern", "mobile", "speed"])],
          status: deliveredAt && deliveredAt < now ? "DELIVERED" : claimedAt ? "IN_PROGRESS" : "REQUESTED",
          designerId: claimedAt ? designer.id : null,
          claimedAt,
          deliveredAt: deliveredAt && deliveredAt < now ? deliveredAt : null,
          createdAt,
        });
      }
    }
  }

  // Clients: every won lead became a workspace with a subscription; the first carries the marker.
  const workspaces: { id: string; name: string; slug: string; createdAt: Date }[] = [];
  const users: {
    id: string;
    email: string;
    name: string;
    emailVerified: Date;
    createdAt: Date;
    activeWorkspaceId: string;
  }[] = [];
  const memberships: { workspaceId: string; userId: string; role: "OWNER"; createdAt: Date }[] = [];
  const subscriptions: Prisma.SubscriptionCreateManyInput[] = [];
  const cancellations: { workspaceId: string; subscriptionId: string; reason: string; createdAt: Date }[] = [];
  const requests: Prisma.DesignRequestCreateManyInput[] = [];
  const changes: {
    requestId: string;
    workspaceId: string;
    fromStatus: "QUEUED" | "ACTIVE" | "IN_REVIEW" | "REVISION" | null;
    toStatus: "QUEUED" | "ACTIVE" | "IN_REVIEW" | "REVISION" | "DONE";
    actorId: string | null;
    createdAt: Date;
  }[] = [];
  const leadWorkspace: { id: string; workspaceId: string }[] = [];
  let r = 0;
  for (const [index, client] of won.entries()) {
    const wsId = `demo_ws_${index + 1}`;
    const slug = index === 0 ? HISTORY_MARKER : `${client.company.toLowerCase().replace(/[^a-z]+/g, "-")}-${index + 1}`;
    const name = index === 0 ? "Harbor Coffee" : client.company;
    const joined = new Date(client.at.getTime() + between(0.5, 3) * DAY);
    if (joined > now) continue;
    workspaces.push({ id: wsId, name, slug, createdAt: joined });
    const userId = `demo_user_${index + 1}`;
    users.push({
      id: userId,
      email: client.email,
      name: client.name,
      emailVerified: joined,
      createdAt: joined,
      activeWorkspaceId: wsId,
    });
    memberships.push({ workspaceId: wsId, userId, role: "OWNER", createdAt: joined });
    leadWorkspace.push({ id: client.leadId, workspaceId: wsId });

    const months = (now.getTime() - joined.getTime()) / (30 * DAY);
    const fate = random();
    const canceledAt = months > 2 && fate < 0.28 ? new Date(joined.getTime() + between(1.5, months) * 30 * DAY) : null;
    const isPastDue = !canceledAt && fate > 0.93;
    const isCanceling = !canceledAt && !isPastDue && fate > 0.86;
    const plan = pick(plans);
    const interval = random() < 0.8 ? "MONTH" : "YEAR";
    const periodDays = interval === "MONTH" ? 30 : 365;
    const elapsed = ((now.getTime() - joined.getTime()) / DAY) % periodDays;
    const periodStart = new Date(now.getTime() - elapsed * DAY);
    const subId = `demo_sub_${index + 1}`;
    subscriptions.push({
      id: subId,
      workspaceId: wsId,
      provider: "test",
      providerCustomerId: `demo_cus_${index + 1}`,
      providerSubscriptionId: `demo_sub_${index + 1}`,
      planSlug: plan.slug,
      interval,
      priceCents: interval === "YEAR" ? plan.yearlyPriceCents : plan.monthlyPriceCents,
      status: canceledAt ? "CANCELED" : isPastDue ? "PAST_DUE" : "ACTIVE",
      currentPeriodStart: canceledAt ? new Date(canceledAt.getTime() - 20 * DAY) : periodStart,
      currentPeriodEnd: canceledAt ?? new Date(periodStart.getTime() + periodDays * DAY),
      cancelAtPeriodEnd: isCanceling,
      pastDueSince: isPastDue ? new Date(now.getTime() - between(1, 9) * DAY) : null,
      canceledAt,
      providerVersion: BigInt(1),
      createdAt: joined,
    });
    if (canceledAt || isCanceling) {
      cancellations.push({
        workspaceId: wsId,
        subscriptionId: subId,
        reason: pick(reasons),
        createdAt: canceledAt
          ? new Date(canceledAt.getTime() - between(3, 25) * DAY)
          : new Date(now.getTime() - between(1, 12) * DAY),
      });
    }

    // Requests, one every one to three weeks while subscribed.
    const end = canceledAt ?? now;
    for (let at = joined.getTime() + between(0, 4) * DAY; at < end.getTime(); at += between(7, 21) * DAY) {
      r++;
      const id = `demo_req_${r}`;
      const type = pick(serviceSlugs);
      const designer = pick(designers);
      const created = new Date(at);
      const activated = new Date(at + between(0, 36) * HOUR);
      const hours = (typeHours[type] ?? 30) * designer.speed * between(0.5, 1.9);
      const firstDelivered = new Date(activated.getTime() + hours * HOUR);
      const rounds = Math.floor(random() * random() * 4 * (designer.speed > 1.2 ? 1.3 : 1));
      let t = firstDelivered.getTime();
      const history: typeof changes = [
        { requestId: id, workspaceId: wsId, fromStatus: null, toStatus: "QUEUED", actorId: userId, createdAt: created },
        {
          requestId: id,
          workspaceId: wsId,
          fromStatus: "QUEUED",
          toStatus: "ACTIVE",
          actorId: null,
          createdAt: activated,
        },
      ];
      let status: "ACTIVE" | "IN_REVIEW" | "REVISION" | "DONE" = "ACTIVE";
      let assigned: string | null = designer.id;
      if (firstDelivered < now) {
        history.push({
          requestId: id,
          workspaceId: wsId,
          fromStatus: "ACTIVE",
          toStatus: "IN_REVIEW",
          actorId: designer.id,
          createdAt: firstDelivered,
        });
        status = "IN_REVIEW";
        for (let round = 0; round < rounds; round++) {
          const asked = t + between(4, 30) * HOUR;
          const redelivered = asked + between(6, 30) * HOUR * designer.speed;
          if (redelivered > now.getTime()) {
            if (asked < now.getTime()) {
              history.push({
                requestId: id,
                workspaceId: wsId,
                fromStatus: "IN_REVIEW",
                toStatus: "REVISION",
                actorId: userId,
                createdAt: new Date(asked),
              });
              status = "REVISION";
            }
            break;
          }
          history.push({
            requestId: id,
            workspaceId: wsId,
            fromStatus: "IN_REVIEW",
            toStatus: "REVISION",
            actorId: userId,
            createdAt: new Date(asked),
          });
          history.push({
            requestId: id,
            workspaceId: wsId,
            fromStatus: "REVISION",
            toStatus: "IN_REVIEW",
            actorId: designer.id,
            createdAt: new Date(redelivered),
          });
          t = redelivered;
        }
        const approved = t + between(5, 48) * HOUR;
        if (status === "IN_REVIEW" && approved < now.getTime()) {
          history.push({
            requestId: id,
            workspaceId: wsId,
            fromStatus: "IN_REVIEW",
            toStatus: "DONE",
            actorId: userId,
            createdAt: new Date(approved),
          });
          status = "DONE";
        }
      } else if (random() < 0.35) {
        assigned = null; // waiting for a designer to take it
      }
      const last = history[history.length - 1] as (typeof history)[number];
      changes.push(...history);
      requests.push({
        id,
        workspaceId: wsId,
        title: `${pick(["Homepage", "Pricing page", "Onboarding", "Launch", "Newsletter", "Careers page", "Product tour", "Checkout"])} ${pick(["redesign", "refresh", "landing page", "mock-ups", "illustrations", "banner set"])}`,
        type,
        brief: "A request from the demo history: goals, audience and references were discussed in the thread.",
        dueDate: random() < 0.4 ? new Date(created.getTime() + between(3, 10) * DAY) : null,
        status,
        position: r * 1000,
        assigneeId: assigned,
        createdById: userId,
        activatedAt: activated,
        firstDeliveredAt: firstDelivered < now ? firstDelivered : null,
        completedAt: status === "DONE" ? last.createdAt : null,
        createdAt: created,
        updatedAt: last.createdAt,
      });
    }
  }

  await db.$transaction(
    async (tx) => {
      await tx.lead.createMany({ data: leads });
      await tx.leadStageChange.createMany({ data: stageChanges });
      await tx.heroRedesign.createMany({ data: heroes });
      await tx.workspace.createMany({ data: workspaces });
      await tx.user.createMany({ data: users, skipDuplicates: true });
      await tx.membership.createMany({ data: memberships });
      await tx.subscription.createMany({ data: subscriptions });
      await tx.cancellationReason.createMany({ data: cancellations });
      await tx.designRequest.createMany({ data: requests });
      await tx.requestStatusChange.createMany({ data: changes });
      for (const l of leadWorkspace)
        await tx.lead.update({ where: { id: l.id }, data: { workspaceId: l.workspaceId } });
    },
    { timeout: 120_000, maxWait: 20_000 },
  );
  return true;
}
