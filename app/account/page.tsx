import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getServerSession } from "next-auth";
import { authOptions } from "@/server/accounts/auth";
import { AccountSummary } from "./account-summary";

export const metadata: Metadata = { title: "Your account" };
export const dynamic = "force-dynamic";

export default async function AccountPage() {
  const session = await getServerSession(authOptions());
  if (!session) redirect("/api/auth/signin?callbackUrl=%2Faccount");
  return (
    <div className="mx-auto max-w-3xl px-4 py-16">
      <h1 className="text-3xl font-bold">Your account</h1>
      <AccountSummary />
      <form action="/api/auth/signout" method="get" className="mt-8">
        <button type="submit" className="rounded-lg border border-zinc-300 px-4 py-2 text-sm dark:border-zinc-700">
          Sign out
        </button>
      </form>
    </div>
  );
}
