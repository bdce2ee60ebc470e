import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "../../_components/guards";
import { ManageBilling } from "./manage-billing";

export const metadata: Metadata = { title: "Manage Billing", robots: { index: false } };
export const dynamic = "force-dynamic";

export default async function BillingPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  await requireUser("/portal/billing");
  const { welcome } = await searchParams;
  return (
    <div className="mx-auto max-w-4xl px-4 py-12">
      <Link href="/portal" className="text-sm underline">
        ← Portal
      </Link>
      <h1 className="mt-4 text-3xl font-bold">Manage Billing</h1>
      {welcome && (
        <p
          role="status"
          className="mt-4 rounded-xl bg-emerald-50 p-4 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-300"
        >
          Welcome aboard — your subscription is active.
        </p>
      )}
      <ManageBilling />
    </div>
  );
}
