import type { Metadata } from "next";
import { requireUser } from "../../../_components/guards";
import { formatPrice } from "../../../_components/site";
import { orNotFound } from "../../../_trpc/public";
import { serverCaller } from "../../../_trpc/server";
import { CompanyDetailsForm } from "../../../portal/billing/company-details-form";
import { TestCheckoutButtons } from "./test-checkout-buttons";

export const metadata: Metadata = { title: "Test checkout", robots: { index: false } };
export const dynamic = "force-dynamic";

export default async function TestCheckoutPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireUser(`/billing/test-checkout/${id}`);
  const checkout = await orNotFound((await serverCaller()).billing.checkoutSummary({ sessionId: id }));

  return (
    <div className="mx-auto max-w-md px-4 py-12">
      <p className="rounded-lg bg-amber-100 px-3 py-2 text-sm font-semibold text-amber-900" role="note">
        TEST MODE — no real payment is taken. This is the built-in test provider; Stripe is used when it is configured.
      </p>
      <h1 className="mt-6 text-3xl font-bold tracking-tight">Checkout</h1>
      <dl className="mt-6 space-y-2">
        <div className="flex justify-between">
          <dt>Plan</dt>
          <dd className="font-semibold">{checkout.plan.name}</dd>
        </div>
        <div className="flex justify-between">
          <dt>Billed</dt>
          <dd>{checkout.interval === "YEAR" ? "yearly" : "monthly"}</dd>
        </div>
        <div className="flex justify-between">
          <dt>{checkout.plan.name}</dt>
          <dd>{formatPrice(checkout.priceCents, checkout.plan.currency)}</dd>
        </div>
        {checkout.coupon && (
          <div className="flex justify-between text-emerald-800 dark:text-emerald-300" data-testid="coupon-line">
            <dt>{checkout.coupon.label}</dt>
            <dd>−{formatPrice(checkout.coupon.amountOffNowCents, checkout.plan.currency)}</dd>
          </div>
        )}
        <div className="flex justify-between border-t border-zinc-200 pt-2 text-lg dark:border-zinc-800">
          <dt>Due today</dt>
          <dd className="font-bold" data-testid="due-today">
            {formatPrice(checkout.dueTodayCents, checkout.plan.currency)}
          </dd>
        </div>
      </dl>
      {checkout.status === "COMPLETED" ? (
        <p className="mt-6">This checkout is already paid.</p>
      ) : (
        <>
          <TestCheckoutButtons sessionId={id} />
          <details className="mt-8 rounded-xl border border-zinc-200 p-4 dark:border-zinc-800">
            <summary className="cursor-pointer font-medium">Add company details to the invoice</summary>
            <CompanyDetailsForm workspaceId={checkout.workspaceId} />
          </details>
        </>
      )}
    </div>
  );
}
