import type { Metadata } from "next";
import Link from "next/link";
import { publicApi } from "@/app/_trpc/public";
import { previewPlans } from "@/server/content-studio/public";
import { formatPrice } from "../../_components/site";

export const metadata: Metadata = {
  title: "Pricing",
  description: "Flat monthly plans for unlimited design requests, worked a few at a time. Pause or cancel any time.",
  alternates: { canonical: "/pricing" },
};

// Rendered per request from the tagged data cache: a static build would need the database at build time.
export const dynamic = "force-dynamic";

export default async function PricingPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  // Attribution from a delivered hero redesign travels with every plan link into the checkout.
  const { ref: rawRef, billing, plan: previewed } = await searchParams;
  // Only a delivered hero redesign earns the banner (and travels into the checkout): a stale or
  // made-up ?ref= shows the ordinary pricing page.
  const ref = rawRef && (await publicApi().leads.attribution({ ref: rawRef.slice(0, 60) })).isValid ? rawRef : null;
  const isYearly = billing === "yearly";
  const toggle = (yearly: boolean) =>
    `/pricing?${new URLSearchParams({ ...(yearly && { billing: "yearly" }), ...(ref && { ref }) })}`;
  // In draft mode (the content studio's preview), the plans with their drafts.
  const plans = (await previewPlans(previewed)) ?? (await publicApi().plans.list());
  const saving = Math.max(
    0,
    ...plans.map((p) => Math.round(100 - (p.yearlyPriceCents / (p.monthlyPriceCents * 12)) * 100)),
  );
  return (
    <div className="mx-auto max-w-6xl px-4 py-12">
      <header className="mx-auto max-w-2xl text-center">
        <h1 className="text-4xl font-bold tracking-tight">Simple, flat pricing</h1>
        <p className="mt-4 text-lg text-zinc-600 dark:text-zinc-300">
          Unlimited requests in your queue. Your plan sets how many we work on at once. Pause or cancel whenever you
          like.
        </p>
      </header>
      <nav aria-label="Billing interval" className="mt-8 flex justify-center">
        <div className="inline-flex rounded-xl border border-zinc-300 p-1 dark:border-zinc-700">
          {[false, true].map((yearly) => (
            <Link
              key={String(yearly)}
              href={toggle(yearly)}
              aria-current={yearly === isYearly ? "page" : undefined}
              scroll={false}
              className={`rounded-lg px-4 py-1.5 text-sm font-medium ${yearly === isYearly ? "bg-brand-600 text-white" : "hover:text-brand-700"}`}
            >
              {yearly ? `Yearly${saving > 0 ? ` (save up to ${saving}%)` : ""}` : "Monthly"}
            </Link>
          ))}
        </div>
      </nav>
      {ref && (
        <p
          className="mx-auto mt-8 max-w-2xl rounded-xl bg-brand-50 p-4 text-center text-brand-700 dark:bg-zinc-900 dark:text-brand-100"
          data-testid="attribution"
        >
          Your free hero redesign comes with you: the designer who made it will pick up your first request.
        </p>
      )}
      <ul className="mt-12 grid gap-6 lg:grid-cols-3" data-testid="plans">
        {plans.map((plan) => (
          <li
            key={plan.slug}
            className={`flex flex-col rounded-2xl border p-8 ${plan.isFeatured ? "border-brand-600 shadow-lg ring-1 ring-brand-600" : "border-zinc-200 dark:border-zinc-800"}`}
          >
            {plan.isFeatured && (
              <p className="mb-2 text-sm font-semibold text-brand-700 dark:text-brand-100">Most popular</p>
            )}
            <h2 className="text-2xl font-semibold">{plan.name}</h2>
            <p className="mt-2 text-zinc-600 dark:text-zinc-400">{plan.tagline}</p>
            <p className="mt-6" data-testid={`price-${plan.slug}`}>
              <span className="text-4xl font-bold">
                {formatPrice(isYearly ? plan.yearlyPriceCents : plan.monthlyPriceCents, plan.currency)}
              </span>
              <span className="text-zinc-600 dark:text-zinc-400"> / {isYearly ? "year" : "month"}</span>
            </p>
            <p className="text-sm text-zinc-600 dark:text-zinc-400">
              {isYearly
                ? `${formatPrice(Math.round(plan.yearlyPriceCents / 12), plan.currency)} a month, ${Math.round(100 - (plan.yearlyPriceCents / (plan.monthlyPriceCents * 12)) * 100)}% less than monthly`
                : `or ${formatPrice(plan.yearlyPriceCents, plan.currency)} / year (${Math.round(100 - (plan.yearlyPriceCents / (plan.monthlyPriceCents * 12)) * 100)}% off)`}
            </p>
            <p className="mt-4 font-medium">
              {plan.activeRequestLimit} active {plan.activeRequestLimit === 1 ? "request" : "requests"} at a time
            </p>
            <ul className="mt-4 flex-1 space-y-2 text-sm">
              {plan.features.map((f) => (
                <li key={f} className="flex gap-2">
                  <span aria-hidden="true" className="text-brand-600">
                    ✓
                  </span>
                  {f}
                </li>
              ))}
            </ul>
            <Link
              href={`/subscribe?plan=${plan.slug}&interval=${isYearly ? "YEAR" : "MONTH"}${ref ? `&ref=${ref}` : ""}`}
              className={`mt-8 rounded-lg px-4 py-3 text-center font-medium ${plan.isFeatured ? "bg-brand-600 text-white hover:bg-brand-700" : "border border-zinc-300 hover:border-brand-600 dark:border-zinc-700"}`}
            >
              Start with {plan.name}
            </Link>
          </li>
        ))}
      </ul>
      <p className="mt-10 text-center text-zinc-600 dark:text-zinc-400">
        Not sure yet?{" "}
        <Link href="/faq" className="underline">
          Read the FAQ
        </Link>{" "}
        or see what a{" "}
        <Link href="/hero-redesign" className="underline">
          free hero redesign
        </Link>{" "}
        looks like.
      </p>
    </div>
  );
}
