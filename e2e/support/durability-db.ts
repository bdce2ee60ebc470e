// The durability spec's own database access, run as a separate process while no server holds an
// embedded database (PGlite is one process per directory). Prints one JSON line.
//   tsx e2e/support/durability-db.ts setup <payers>  — migrate, seed, create the test's people and sessions
//   tsx e2e/support/durability-db.ts inspect         — what the writes left behind
import { randomBytes, randomUUID } from "node:crypto";
import { seedDatabase } from "../../prisma/seed";
import { serverEnv } from "../../server/env";
import { type DatabaseHandle, openDatabase } from "../../server/platform/db";
import { deployMigrations } from "../../server/platform/migrations";

const CLIENT_EMAIL = "durability-client@durability.test";
const PAYER_DOMAIN = "payers.durability.test";

export interface Setup {
  workspaceId: string;
  clientToken: string;
  requestIds: string[];
  payers: { email: string; token: string; workspaceId: string }[];
}

export interface Inspection {
  adminCount: number;
  leads: { id: string; key: string | null; email: string }[];
  requests: { id: string; key: string | null }[];
  comments: { id: string; key: string | null; body: string }[];
  emails: { kind: string; to: string; text: string }[];
  payments: {
    workspaceId: string;
    checkouts: string[];
    subscriptions: number;
    invoices: number;
    providerSubscriptions: number;
    providerInvoices: number;
  }[];
}

const env = serverEnv();
const [command, arg] = process.argv.slice(2);
let handle: DatabaseHandle | undefined;
let db: DatabaseHandle["prisma"];

/** Owners with a workspace each and a signed-in session (a database session, as email sign-in makes). */
async function owners(names: string[], email: (name: string) => string) {
  const rows = names.map((name) => ({
    name,
    userId: randomUUID(),
    workspaceId: randomUUID(),
    email: email(name),
    token: randomBytes(24).toString("hex"),
  }));
  await db.user.createMany({
    data: rows.map((r) => ({ id: r.userId, email: r.email, name: r.name, emailVerified: new Date() })),
  });
  await db.workspace.createMany({ data: rows.map((r) => ({ id: r.workspaceId, name: r.name, slug: r.workspaceId })) });
  await db.membership.createMany({
    data: rows.map((r) => ({ userId: r.userId, workspaceId: r.workspaceId, role: "OWNER" as const })),
  });
  for (const r of rows) await db.user.update({ where: { id: r.userId }, data: { activeWorkspaceId: r.workspaceId } });
  await db.session.createMany({
    data: rows.map((r) => ({ sessionToken: r.token, userId: r.userId, expires: new Date(Date.now() + 3_600_000) })),
  });
  return rows;
}

async function setup(payerCount: number): Promise<Setup> {
  await seedDatabase(db, { demoAccounts: false });
  // The studio: who hears about new leads and comments.
  await db.user.create({ data: { email: "admin@studio.durability.test", staffRole: "ADMIN" } });
  const [client] = await owners(["durability"], () => CLIENT_EMAIL);
  if (!client) throw new Error("no client");
  const requestIds: string[] = [];
  for (let i = 0; i < 4; i++) {
    const request = await db.designRequest.create({
      data: {
        workspaceId: client.workspaceId,
        title: `Thread ${i}`,
        type: "web-design",
        brief: "Where the durability comments go.",
        position: (i + 1) * 1000,
        createdById: client.userId,
      },
    });
    requestIds.push(request.id);
  }
  const payers = await owners(
    Array.from({ length: payerCount }, (_, i) => `payer-${i}`),
    (name) => `${name}@${PAYER_DOMAIN}`,
  );
  return {
    workspaceId: client.workspaceId,
    clientToken: client.token,
    requestIds,
    payers: payers.map((p) => ({ email: p.email, token: p.token, workspaceId: p.workspaceId })),
  };
}

async function inspect(): Promise<Inspection> {
  const client = await db.user.findUniqueOrThrow({ where: { email: CLIENT_EMAIL }, include: { memberships: true } });
  const workspaceId = client.memberships[0]?.workspaceId as string;
  const payerWorkspaces = await db.membership.findMany({
    where: { user: { email: { endsWith: `@${PAYER_DOMAIN}` } } },
    select: { workspaceId: true },
  });
  const providerObjects = await db.testProviderObject.findMany({
    where: { kind: { in: ["subscription", "invoice"] } },
  });
  const payments = await Promise.all(
    payerWorkspaces.map(async ({ workspaceId: ws }) => {
      const [checkouts, subscriptions, invoices] = await Promise.all([
        db.checkoutSession.findMany({ where: { workspaceId: ws }, select: { providerSessionId: true } }),
        db.subscription.count({ where: { workspaceId: ws } }),
        db.invoice.count({ where: { workspaceId: ws } }),
      ]);
      const mine = (kind: string) =>
        providerObjects.filter(
          (o) => o.kind === kind && (o.data as { customerId?: string }).customerId === `tcus_${ws}`,
        ).length;
      return {
        workspaceId: ws,
        checkouts: checkouts.map((c) => c.providerSessionId),
        subscriptions,
        invoices,
        providerSubscriptions: mine("subscription"),
        providerInvoices: mine("invoice"),
      };
    }),
  );
  return {
    adminCount: await db.user.count({ where: { staffRole: "ADMIN" } }),
    leads: (
      await db.lead.findMany({
        where: { email: { endsWith: "@leads.durability.test" } },
        select: { id: true, idempotencyKey: true, email: true },
      })
    ).map((l) => ({ id: l.id, key: l.idempotencyKey, email: l.email })),
    requests: (
      await db.designRequest.findMany({ where: { workspaceId }, select: { id: true, idempotencyKey: true } })
    ).map((r) => ({ id: r.id, key: r.idempotencyKey })),
    comments: (
      await db.requestComment.findMany({
        where: { authorId: client.id },
        select: { id: true, idempotencyKey: true, body: true },
      })
    ).map((c) => ({ id: c.id, key: c.idempotencyKey, body: c.body })),
    emails: await db.emailMessage.findMany({
      where: { kind: { in: ["contact-confirmation", "staff-new-lead", "request-comment"] } },
      select: { kind: true, to: true, text: true },
    }),
    payments,
  };
}

async function main() {
  // Migrations first, on their own connection: two PGlite instances never share the directory.
  if (command === "setup") await deployMigrations({ url: env.DATABASE_URL, pgliteDir: env.PGLITE_DIR });
  handle = openDatabase({ url: env.DATABASE_URL, pgliteDir: env.PGLITE_DIR, poolMax: 2 });
  db = handle.prisma;
  const result = command === "setup" ? await setup(Number(arg ?? 0)) : await inspect();
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main()
  .then(async () => {
    await handle?.close();
    process.exit(0);
  })
  .catch(async (error) => {
    console.error(error?.stack ?? error);
    await handle?.close().catch(() => {});
    process.exit(1);
  });
