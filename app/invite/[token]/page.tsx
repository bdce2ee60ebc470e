import type { Metadata } from "next";
import Link from "next/link";
import { orNotFound, publicApi } from "@/app/_trpc/public";
import { currentSession } from "@/server/accounts/current-session";
import { safeRedirectPath } from "@/server/platform/redirects";
import { AcceptInvitation } from "./accept-invitation";

export const metadata: Metadata = { title: "Workspace invitation", robots: { index: false } };
export const dynamic = "force-dynamic";

const stateText = {
  expired: "This invitation has expired. Ask the workspace owner to send a new one.",
  accepted: "This invitation has already been used.",
  revoked: "This invitation was withdrawn by the workspace owner.",
} as const;

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await orNotFound(publicApi().workspace.invitationPreview({ token }));
  const session = await currentSession();
  const returnTo = safeRedirectPath(`/invite/${encodeURIComponent(token)}`, "/portal");
  return (
    <div className="mx-auto max-w-md px-4 py-16">
      <h1 className="text-3xl font-bold tracking-tight">Join {invitation.workspaceName}</h1>
      <p className="mt-4 text-zinc-700 dark:text-zinc-300">
        You are invited as {invitation.role === "OWNER" ? "an owner" : "a member"} of{" "}
        <strong>{invitation.workspaceName}</strong> on Atelier. The invitation is for{" "}
        <strong>{invitation.email}</strong>.
      </p>
      {invitation.state !== "valid" ? (
        <p role="alert" className="mt-6 rounded-xl bg-red-50 p-4 text-red-800 dark:bg-red-950 dark:text-red-300">
          {stateText[invitation.state]}
        </p>
      ) : !session ? (
        <p className="mt-8">
          <Link
            href={`/signin?callbackUrl=${encodeURIComponent(returnTo)}&email=${encodeURIComponent(invitation.email)}`}
            className="rounded-xl bg-brand-600 px-4 py-3 font-medium text-white hover:bg-brand-700"
          >
            Sign in as {invitation.email} to accept
          </Link>
        </p>
      ) : session.user.email.toLowerCase() !== invitation.email ? (
        <p role="alert" className="mt-6 rounded-xl bg-red-50 p-4 text-red-800 dark:bg-red-950 dark:text-red-300">
          You are signed in as {session.user.email}. This invitation is for {invitation.email}:{" "}
          <Link href="/signout" className="underline">
            sign out
          </Link>{" "}
          and sign in with that address.
        </p>
      ) : (
        <AcceptInvitation token={token} />
      )}
    </div>
  );
}
