import type { SessionUser } from "../accounts/session";

/** Staff see drafts; everyone else only published content. Used by lists and single reads alike. */
export const canSeeDrafts = (user: SessionUser | null | undefined) => Boolean(user?.staffRole);

export function publishedOrStaff(user: SessionUser | null | undefined) {
  return canSeeDrafts(user) ? {} : { status: "PUBLISHED" as const };
}
