import { pageSession } from "./page-session";
import "server-only";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { safeRedirectPath } from "@/server/platform/redirects";

/** Server-side guard for signed-in pages: anonymous visitors go to sign-in and come back. */
export async function requireUser(returnTo?: string) {
  const session = await pageSession();
  if (!session) {
    const target = safeRedirectPath(returnTo ?? (await headers()).get("x-atelier-path") ?? undefined);
    redirect(`/signin?callbackUrl=${encodeURIComponent(target)}`);
  }
  return session.user;
}

/** Staff pages: clients get a plain "no access" page, never the content. */
export async function requireStaff(returnTo?: string) {
  const user = await requireUser(returnTo);
  return { user, isStaff: Boolean(user.staffRole), isAdmin: user.staffRole === "ADMIN" };
}
