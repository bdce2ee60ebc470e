"use client";

import Link from "next/link";
import { useEffect, useState } from "react";

type Who = { kind: "anonymous" } | { kind: "client" } | { kind: "staff" };

// One question per page view, however many links the header renders (desktop and mobile).
let asked: Promise<Who> | null = null;
function askSession(): Promise<Who> {
  asked ??= fetch("/api/auth/session", { credentials: "same-origin" })
    .then((r) => (r.ok ? r.json() : null))
    .then((session: { user?: { staffRole?: string | null } } | null): Who => {
      if (!session?.user) return { kind: "anonymous" };
      return { kind: session.user.staffRole ? "staff" : "client" };
    })
    .catch((): Who => ({ kind: "anonymous" }))
    .finally(() => {
      // Ask again on the next page view: signing in or out happens between them.
      setTimeout(() => {
        asked = null;
      }, 0);
    });
  return asked;
}

/**
 * "Sign in", or "Client portal" / "Back office" once we know there is a session. Asked from the
 * browser (NextAuth's /api/auth/session) so the public pages around it stay cached for everyone.
 */
export function SessionLink({ className }: { className?: string }) {
  const [who, setWho] = useState<Who>({ kind: "anonymous" });
  useEffect(() => {
    let isCurrent = true;
    void askSession().then((answer) => {
      if (isCurrent) setWho(answer);
    });
    return () => {
      isCurrent = false;
    };
  }, []);
  if (who.kind === "staff")
    return (
      <Link href="/admin" className={className} data-testid="session-link">
        Back office
      </Link>
    );
  if (who.kind === "client")
    return (
      <Link href="/portal" className={className} data-testid="session-link">
        Client portal
      </Link>
    );
  return (
    <Link href="/signin?callbackUrl=%2Fportal" className={className} data-testid="session-link">
      Sign in
    </Link>
  );
}
