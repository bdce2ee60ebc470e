import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { requireUser } from "../_components/guards";
import { serverCaller } from "../_trpc/server";

export const metadata: Metadata = { title: "Subscribe", robots: { index: false } };
export const dynamic = "force-dynamic";

/** Pricing → sign in → checkout: the plan, interval and attribution travel in the URL. */
export default async function SubscribePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { plan = "", interval, ref } = await searchParams;
  const query = new URLSearchParams({ plan, ...(interval && { interval }), ...(ref && { ref }) });
  await requireUser(`/subscribe?${query}`);
  let url: string;
  try {
    const result = await (await serverCaller()).billing.checkout({
      planSlug: plan,
      interval: interval === "YEAR" ? "YEAR" : "MONTH",
      ref: ref && /^hero_[a-z0-9]{10,40}$/.test(ref) ? ref : null,
    });
    url = result.url;
  } catch (error) {
    return (
      <div className="mx-auto max-w-md px-4 py-16">
        <h1 className="text-3xl font-bold tracking-tight">We could not start the checkout</h1>
        <p role="alert" className="mt-4 rounded-xl bg-red-50 p-4 text-red-800 dark:bg-red-950 dark:text-red-300">
          {error instanceof Error ? error.message : "Please try again."}
        </p>
        <p className="mt-6 flex gap-4">
          <Link href="/pricing" className="underline">
            Back to pricing
          </Link>
          <Link href="/portal/billing" className="underline">
            Manage Billing
          </Link>
        </p>
      </div>
    );
  }
  redirect(url);
}
