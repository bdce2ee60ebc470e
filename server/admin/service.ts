import { sessionCache } from "../accounts/session-cache";
import { DomainError } from "../errors";
import type { StaffRole } from "../generated/prisma/enums";
import type { Db } from "../platform/db";

export function listUsers(db: Db, input: { q?: string; limit: number }) {
  return db.user.findMany({
    where: input.q
      ? { OR: [{ email: { contains: input.q.toLowerCase() } }, { name: { contains: input.q, mode: "insensitive" } }] }
      : {},
    orderBy: { createdAt: "desc" },
    take: input.limit,
    select: {
      id: true,
      email: true,
      name: true,
      staffRole: true,
      createdAt: true,
      memberships: { select: { role: true, workspace: { select: { id: true, name: true } } } },
    },
  });
}

/** Grants or removes a staff role; the last admin cannot be demoted, so the studio is never locked out. */
export async function setStaffRole(db: Db, userId: string, role: StaffRole | null) {
  const user = await db.user.findUnique({ where: { id: userId }, select: { staffRole: true } });
  if (!user) throw new DomainError("NOT_FOUND", "No such user.");
  if (
    user.staffRole === "ADMIN" &&
    role !== "ADMIN" &&
    (await db.user.count({ where: { staffRole: "ADMIN" } })) === 1
  ) {
    throw new DomainError("CONFLICT", "This is the last admin. Make someone else admin first.");
  }
  await db.user.update({ where: { id: userId }, data: { staffRole: role } });
  sessionCache().forgetUser(userId);
  return { previous: user.staffRole, role };
}

export function listWorkspaces(db: Db) {
  return db.workspace.findMany({
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, slug: true, createdAt: true, _count: { select: { memberships: true } } },
  });
}

/** Makes an existing account an admin by email (the admin:create script and ADMIN_EMAILS). */
export async function promoteToAdmin(db: Db, email: string) {
  const normalized = email.trim().toLowerCase();
  const existing = await db.user.findUnique({ where: { email: normalized } });
  if (existing?.staffRole === "ADMIN") return { user: existing, changed: false };
  const user = existing
    ? await db.user.update({ where: { id: existing.id }, data: { staffRole: "ADMIN" } })
    : await db.user.create({ data: { email: normalized, staffRole: "ADMIN" } });
  sessionCache().forgetUser(user.id);
  return { user, changed: true };
}
