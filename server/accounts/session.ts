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

const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

/** The caller's NextAuth session token from the Cookie header, to tell "this session" from others. */
export function sessionTokenFrom(headers: Headers): string | null {
  const cookies = headers.get("cookie") ?? "";
  for (const part of cookies.split(/;\s*/)) {
    const eq = part.indexOf("=");
    if (eq > 0 && SESSION_COOKIES.includes(part.slice(0, eq))) return decodeURIComponent(part.slice(eq + 1));
  }
  return null;
}
