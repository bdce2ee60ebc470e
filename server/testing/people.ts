import { type SessionUser, toSessionUser } from "../accounts/session";
import type { Role } from "../authorization-matrix";
import type { Db } from "../platform/db";

export type Person = Exclude<Role, "anonymous">;

const staffRoles: Record<Person, "ADMIN" | "DESIGNER" | null> = {
  ownerA: null,
  memberA: null,
  ownerB: null,
  designer: "DESIGNER",
  admin: "ADMIN",
};

const emails: Record<Person, string> = {
  ownerA: "owner-a@example.com",
  memberA: "member-a@example.com",
  ownerB: "owner-b@example.com",
  designer: "designer@example.com",
  admin: "admin@example.com",
};

const persons = Object.keys(staffRoles) as Person[];

export interface People {
  users: Record<Person, SessionUser>;
  workspaceA: { id: string; name: string; slug: string };
  workspaceB: { id: string; name: string; slug: string };
  /** Puts every person, staff role and membership back, whatever the calls since did to them. */
  restore(): Promise<void>;
}

/**
 * The people of the authorization matrix: owner and member of workspace A, owner of workspace B,
 * a designer and an admin. Workspace names are distinctive so a leak of A's is easy to spot.
 */
export async function createPeople(db: Db): Promise<People> {
  const users = {} as Record<Person, SessionUser>;
  for (const person of persons) {
    users[person] = toSessionUser(
      await db.user.create({ data: { email: emails[person], staffRole: staffRoles[person] } }),
    );
  }
  const workspaceA = await db.workspace.create({
    data: { name: "Alpha Orchard Studio", slug: "alpha-orchard" },
    select: { id: true, name: true, slug: true },
  });
  const workspaceB = await db.workspace.create({
    data: { name: "Bravo Works", slug: "bravo-works" },
    select: { id: true, name: true, slug: true },
  });
  const memberships = [
    { workspaceId: workspaceA.id, userId: users.ownerA.id, role: "OWNER" },
    { workspaceId: workspaceA.id, userId: users.memberA.id, role: "MEMBER" },
    { workspaceId: workspaceB.id, userId: users.ownerB.id, role: "OWNER" },
  ] as const;

  async function isIntact() {
    const [intactUsers, intactMemberships] = await Promise.all([
      db.user.count({
        where: { OR: persons.map((p) => ({ id: users[p].id, email: emails[p], staffRole: staffRoles[p] })) },
      }),
      db.membership.count({ where: { OR: memberships.map((m) => ({ ...m })) } }),
    ]);
    return intactUsers === persons.length && intactMemberships === memberships.length;
  }

  async function restore() {
    if (await isIntact()) return;
    for (const person of persons) {
      const data = { email: emails[person], staffRole: staffRoles[person] };
      await db.user.upsert({
        where: { id: users[person].id },
        create: { id: users[person].id, ...data },
        update: data,
      });
    }
    for (const m of memberships) {
      await db.membership.upsert({
        where: { workspaceId_userId: { workspaceId: m.workspaceId, userId: m.userId } },
        create: m,
        update: { role: m.role },
      });
    }
  }
  await restore();
  return { users, workspaceA, workspaceB, restore };
}
