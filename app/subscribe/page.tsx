import type { Metadata } from "next";
import Link from "next/link";
import { formatPrice } from "../_components/format";
import { requireUser } from "../_components/guards";
import { serverCaller } from "../_trpc/server";
import { CheckoutForm } from "./checkout-form";

export const metadata: Metadata = { title: "Subscribe", robots: { index: false } };
export const dynamic = "force-dynamic";

/**
 * Pricing → sign in → this page → checkout: the plan, interval and attribution travel in the URL,
 * and the checkout starts only when the person confirms (a POST), never on a GET.
 */
export default async function SubscribePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { plan = "", interval: asked, ref } = await searchParams;
  const interval = asked === "YEAR" ? "YEAR" : "MONTH";
  const query = new URLSearchParams({ plan, interval, ...(ref && { ref }) });
  await requireUser(`/subscribe?${query}`);
  const chosen = (await (await serverCaller()).plans.list()).find((p) => p.slug === plan);
  if (!chosen) {
    return (
      <div className="mx-auto max-w-md px-4 py-16">
        <h1 className="text-3xl font-bold tracking-tight">That plan is not on sale</h1>
        <p className="mt-4 text-zinc-700 dark:text-zinc-300">Pick one of the plans on the pricing page.</p>
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
  const price = interval === "YEAR" ? chosen.yearlyPriceCents : chosen.monthlyPriceCents;
  return (
    <div className="mx-auto max-w-md px-4 py-16">
      <h1 className="text-3xl font-bold tracking-tight">Subscribe to {chosen.name}</h1>
      <p className="mt-4 text-zinc-700 dark:text-zinc-300">{chosen.tagline}</p>
      <nav
        aria-label="Billing interval"
        className="mt-6 inline-flex rounded-xl border border-zinc-300 p-1 dark:border-zinc-700"
      >
        {(["MONTH", "YEAR"] as const).map((i) => (
          <Link
            key={i}
            href={`/subscribe?${new URLSearchParams({ plan: chosen.slug, interval: i, ...(ref && { ref }) })}`}
            aria-current={i === interval ? "page" : undefined}
            className={`rounded-lg px-3 py-1 text-sm font-medium ${i === interval ? "bg-brand-600 text-white" : ""}`}
          >
            {i === "MONTH" ? "Monthly" : "Yearly"}
          </Link>
        ))}
      </nav>
      <p className="mt-4 text-2xl font-semibold" data-testid="plan-price">
        {formatPrice(price, chosen.currency)} / {interval === "YEAR" ? "year" : "month"}
      </p>
      <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
        Up to {chosen.activeRequestLimit} request{chosen.activeRequestLimit === 1 ? "" : "s"} in progress at once. You
        can pause or cancel from Manage Billing.
      </p>
      <CheckoutForm plan={chosen.slug} interval={interval} attribution={ref ?? null} />
      <p className="mt-6">
        <Link href="/pricing" className="underline">
          Back to pricing
        </Link>
      </p>
    </div>
  );
}
