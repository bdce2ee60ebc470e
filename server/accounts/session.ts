import type { StaffRole } from "../generated/prisma/enums";

/** What a session exposes about its user — an explicit shape, never the database row. */
export interface SessionUser {
  id: string;
  email: string;
  name: string | null;
  staffRole: StaffRole | null;
}

export function toSessionUser(user: {
  id: string;
  email: string;
  name?: string | null;
  staffRole?: StaffRole | null;
}): SessionUser {
  return { id: user.id, email: user.email, name: user.name ?? null, staffRole: user.staffRole ?? null };
}
