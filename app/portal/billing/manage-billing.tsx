"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { formatPrice } from "../../_components/format";
import { buttonClass, formatDateTime, inputClass, Notice, Section, secondaryButtonClass } from "../../_components/ui";
import { formErrors } from "../../_components/use-public-form";
import { useTRPC } from "../../_trpc/client";
import { CancelFlow } from "./cancel-flow";
import { CompanyDetailsForm } from "./company-details-form";
import { PlanChange } from "./plan-change";

const listPrice = (plan: { monthlyPriceCents: number; yearlyPriceCents: number }, interval: "MONTH" | "YEAR") =>
  interval === "YEAR" ? plan.yearlyPriceCents : plan.monthlyPriceCents;

const statusText = {
  TRIALING: "Trial",
  ACTIVE: "Active",
  PAST_DUE: "Payment failed",
  PAUSED: "Paused",
  CANCELED: "Canceled",
} as const;

export function ManageBilling() {
  const trpc = useTRPC();
  const mine = useQuery(trpc.workspace.mine.queryOptions());
  if (mine.isPending) return <div className="mt-8 h-40 animate-pulse rounded-2xl bg-zinc-100 dark:bg-zinc-900" />;
  const active = mine.data?.workspaces.find((w) => w.id === mine.data?.activeWorkspaceId);
  if (!active) {
    return (
      <Section title="No subscription yet" id="no-sub">
        <p className="mt-2">
          Pick a plan on the{" "}
          <Link href="/pricing" className="underline">
            pricing page
          </Link>{" "}
          to start.
        </p>
      </Section>
    );
  }
  if (active.role !== "OWNER") return <p className="mt-8">Only the owner of {active.name} manages its billing.</p>;
  return <Billing workspaceId={active.id} workspaceName={active.name} />;
}

function Billing({ workspaceId, workspaceName }: { workspaceId: string; workspaceName: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const overview = useQuery(trpc.billing.overview.queryOptions({ workspaceId }));
  const options = {
    onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.billing.overview.queryKey({ workspaceId }) }),
  };
  const pause = useMutation(trpc.billing.pause.mutationOptions(options));
  const resume = useMutation(trpc.billing.resume.mutationOptions(options));
  const undo = useMutation(trpc.billing.undoCancel.mutationOptions(options));
  const card = useMutation(trpc.billing.updateTestCard.mutationOptions(options));
  const fail = useMutation(trpc.billing.simulateFailedPayment.mutationOptions(options));
  const renew = useMutation(trpc.billing.simulateRenewal.mutationOptions(options));
  const portal = useMutation(trpc.billing.paymentPortal.mutationOptions());
  const [isCanceling, setCanceling] = useState(false);
  const mutations = [pause, resume, undo, card, fail, renew];
  const isBusy = mutations.some((m) => m.isPending);
  // Each refusal is shown beside the form that caused it: the subscription's buttons here, the
  // card's in the payment method section (its field error under the field itself).
  const subscriptionError = [pause, resume, undo].find((m) => m.error)?.error;
  const cardErrors = formErrors(card.error);
  const paymentError =
    (card.error && !cardErrors.fields.last4 ? cardErrors.message : null) ??
    (fail.error ?? renew.error ?? portal.error)?.message ??
    null;

  if (overview.isPending) return <div className="mt-8 h-64 animate-pulse rounded-2xl bg-zinc-100 dark:bg-zinc-900" />;
  if (overview.isError) return <Notice tone="error">{overview.error.message}</Notice>;
  const { subscription: sub, plans, invoices } = overview.data;
  if (!sub || sub.status === "CANCELED") {
    return (
      <Section title={`${workspaceName} has no active subscription`} id="no-sub">
        <p className="mt-2">
          Pick a plan on the{" "}
          <Link href="/pricing" className="underline">
            pricing page
          </Link>
          . Your request queue is kept.
        </p>
      </Section>
    );
  }
  const plan = plans.find((p) => p.slug === sub.planSlug);
  return (
    <>
      {sub.status === "PAST_DUE" && (
        <p role="alert" className="mt-6 rounded-xl bg-red-50 p-4 text-red-800 dark:bg-red-950 dark:text-red-300">
          Your last payment failed. Update your payment method to keep your requests moving
          {sub.canStartNewWork ? " — new work continues during the grace period." : "; new work is on hold."}
        </p>
      )}
      <Section title="Subscription" id="sub-heading">
        <dl className="mt-4 grid gap-4 sm:grid-cols-4" data-testid="subscription">
          <div>
            <dt className="text-sm text-zinc-600 dark:text-zinc-400">Plan</dt>
            <dd className="font-semibold">
              {plan?.name ?? sub.planSlug} · {sub.interval === "YEAR" ? "yearly" : "monthly"}
            </dd>
            <dd className="text-sm" data-testid="subscription-price">
              {formatPrice(sub.priceCents, sub.currency)} / {sub.interval === "YEAR" ? "year" : "month"}
              {plan && listPrice(plan, sub.interval) !== sub.priceCents && (
                <span className="block text-zinc-600 dark:text-zinc-400">
                  Your price is kept; the plan is {formatPrice(listPrice(plan, sub.interval), plan.currency)} for new
                  subscriptions.
                </span>
              )}
            </dd>
          </div>
          <div>
            <dt className="text-sm text-zinc-600 dark:text-zinc-400">Status</dt>
            <dd className="font-semibold">
              {statusText[sub.status]}
              {sub.cancelAtPeriodEnd ? " · ends at period end" : ""}
            </dd>
          </div>
          <div>
            <dt className="text-sm text-zinc-600 dark:text-zinc-400">
              {sub.status === "PAUSED" ? "Days kept while paused" : sub.cancelAtPeriodEnd ? "Ends on" : "Next charge"}
            </dt>
            <dd className="font-semibold">
              {sub.status === "PAUSED"
                ? `${sub.remainingDaysWhenPaused} days`
                : formatDateTime(sub.nextChargeAt ?? sub.currentPeriodEnd)}
            </dd>
          </div>
          <div>
            <dt className="text-sm text-zinc-600 dark:text-zinc-400">Payment method</dt>
            <dd className="font-semibold">
              {overview.data.card ? `${overview.data.card.brand} •••• ${overview.data.card.last4}` : "—"}
            </dd>
          </div>
        </dl>
        <div className="mt-6 flex flex-wrap gap-3">
          {sub.status === "PAUSED" ? (
            <button
              type="button"
              className={buttonClass}
              disabled={isBusy}
              onClick={() => resume.mutate({ workspaceId })}
            >
              {resume.isPending ? "Resuming…" : "Resume"}
            </button>
          ) : (
            <button
              type="button"
              className={secondaryButtonClass}
              disabled={isBusy || sub.status !== "ACTIVE"}
              onClick={() => pause.mutate({ workspaceId })}
            >
              {pause.isPending ? "Pausing…" : "Pause"}
            </button>
          )}
          {sub.cancelAtPeriodEnd ? (
            <button
              type="button"
              className={buttonClass}
              disabled={isBusy}
              onClick={() => undo.mutate({ workspaceId })}
            >
              {undo.isPending ? "Saving…" : "Keep my subscription"}
            </button>
          ) : (
            <button
              type="button"
              className={secondaryButtonClass}
              disabled={isBusy || isCanceling}
              aria-expanded={isCanceling}
              onClick={() => setCanceling(true)}
            >
              Cancel subscription
            </button>
          )}
        </div>
        {isCanceling && !sub.cancelAtPeriodEnd && (
          <CancelFlow
            workspaceId={workspaceId}
            periodEnd={sub.currentPeriodEnd}
            daysLeft={Math.max(0, Math.ceil((new Date(sub.currentPeriodEnd).getTime() - Date.now()) / 86_400_000))}
            canPause={sub.status === "ACTIVE"}
            onClose={() => setCanceling(false)}
          />
        )}
        {subscriptionError && <Notice tone="error">{subscriptionError.message}</Notice>}
      </Section>

      <Section title="Change plan" id="plan-heading">
        <PlanChange workspaceId={workspaceId} overview={overview.data} />
      </Section>

      <Section title="Payment method" id="payment-method">
        {overview.data.isTestMode ? (
          <>
            <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
              Test mode: enter the last four digits of a test card.
            </p>
            <form
              className="mt-4 flex flex-wrap items-start gap-3"
              onSubmit={(e) => {
                e.preventDefault();
                card.mutate({ workspaceId, last4: String(new FormData(e.currentTarget).get("last4") ?? "") });
              }}
            >
              <div>
                <label htmlFor="last4" className="text-sm font-medium">
                  Card ending in
                </label>
                <input
                  id="last4"
                  name="last4"
                  inputMode="numeric"
                  maxLength={4}
                  className={inputClass}
                  aria-invalid={cardErrors.fields.last4 ? true : undefined}
                  aria-describedby={cardErrors.fields.last4 ? "last4-error" : undefined}
                />
                {cardErrors.fields.last4 && (
                  <p id="last4-error" className="mt-1 text-sm text-red-700 dark:text-red-400">
                    {cardErrors.fields.last4}
                  </p>
                )}
              </div>
              <button type="submit" className={`${buttonClass} mt-6`} disabled={isBusy}>
                {card.isPending ? "Saving…" : "Update card"}
              </button>
              <button
                type="button"
                className={`${secondaryButtonClass} mt-6`}
                disabled={isBusy}
                onClick={() => fail.mutate({ workspaceId })}
              >
                {fail.isPending ? "Renewing…" : "Simulate a failed renewal"}
              </button>
              <button
                type="button"
                className={`${secondaryButtonClass} mt-6`}
                disabled={isBusy || sub.status !== "ACTIVE"}
                onClick={() => renew.mutate({ workspaceId })}
              >
                {renew.isPending ? "Renewing…" : "Simulate a renewal"}
              </button>
            </form>
            {card.isSuccess && !card.isPending && <Notice tone="success">Card saved.</Notice>}
            {paymentError && (
              <div data-testid="payment-method-error">
                <Notice tone="error">{paymentError}</Notice>
              </div>
            )}
          </>
        ) : (
          <button
            type="button"
            className={`${buttonClass} mt-4`}
            disabled={isBusy || portal.isPending}
            onClick={() => portal.mutate({ workspaceId }, { onSuccess: ({ url }) => window.location.assign(url) })}
          >
            {portal.isPending ? "Opening Stripe…" : "Update payment method"}
          </button>
        )}
        {!overview.data.isTestMode && portal.error && <Notice tone="error">{portal.error.message}</Notice>}
      </Section>

      <Section title="Invoices" id="invoices-heading">
        {invoices.length === 0 ? (
          <p className="mt-4">No invoices yet.</p>
        ) : (
          <table className="mt-4 w-full text-left text-sm" data-testid="invoices">
            <thead className="border-b border-zinc-200 dark:border-zinc-800">
              <tr>
                <th className="py-2 pr-4">Number</th>
                <th className="py-2 pr-4">Date</th>
                <th className="py-2 pr-4">Amount</th>
                <th className="py-2 pr-4">Status</th>
                <th className="py-2 pr-4">
                  <span className="sr-only">Documents</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
              {invoices.map((i) => (
                <tr key={i.id}>
                  <td className="py-2 pr-4">
                    {i.number}
                    {i.kind === "CREDIT_NOTE" && (
                      <span className="text-zinc-600 dark:text-zinc-400"> · credit note</span>
                    )}
                  </td>
                  <td className="py-2 pr-4">{formatDateTime(i.issuedAt)}</td>
                  <td className="py-2 pr-4 tabular-nums">{formatMoney(i.amountCents, i.currency)}</td>
                  <td className="py-2 pr-4">
                    {i.kind === "CREDIT_NOTE"
                      ? "refunded"
                      : i.refundedCents > 0
                        ? `paid · ${formatMoney(i.refundedCents, i.currency)} refunded`
                        : i.status}
                  </td>
                  <td className="py-2 pr-4 text-right">
                    <a
                      href={`/api/billing/invoices/${i.id}/pdf`}
                      className="underline"
                      download={i.pdfUrl ? undefined : `${i.number}.pdf`}
                    >
                      PDF<span className="sr-only"> of {i.number}</span>
                    </a>
                    {i.hostedUrl && (
                      <a href={i.hostedUrl} className="ml-3 underline">
                        View online<span className="sr-only"> {i.number}</span>
                      </a>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>

      <Section title="Company details for invoices" id="company-heading">
        <CompanyDetailsForm workspaceId={workspaceId} />
      </Section>
    </>
  );
}

const formatMoney = (cents: number, currency: string) =>
  new Intl.NumberFormat("en-US", { style: "currency", currency: currency.toUpperCase() }).format(cents / 100);
