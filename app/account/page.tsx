import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "../_components/guards";
import { DangerZone, EmailChange, ProfileForm, SessionsList } from "./account-settings";
import { AccountSummary } from "./account-summary";

export const metadata: Metadata = { title: "Your account", robots: { index: false } };
export const dynamic = "force-dynamic";

export default async function AccountPage() {
  await requireUser("/account");
  return (
    <div className="mx-auto max-w-3xl px-4 py-12">
      <h1 className="text-3xl font-bold">Your account</h1>
      <AccountSummary />
      <nav aria-label="Account" className="mt-6 flex flex-wrap gap-3 text-sm">
        <Link href="/portal" className="underline">
          Client portal
        </Link>
        <Link href="/notifications" className="underline">
          Notifications
        </Link>
        <Link href="/account/tokens" className="underline">
          API tokens
        </Link>
        <Link href="/signout" className="underline">
          Sign out
        </Link>
      </nav>
      <ProfileForm />
      <SessionsList />
      <EmailChange />
      <DangerZone />
    </div>
  );
}
