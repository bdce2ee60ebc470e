"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { formatPrice } from "../../_components/format";
import { buttonClass, formatDateTime, inputClass, Notice, secondaryButtonClass } from "../../_components/ui";
import { useTRPC } from "../../_trpc/client";
import type { RouterOutputs } from "../../_trpc/types";

type Overview = RouterOutputs["billing"]["overview"];
type Preview = RouterOutputs["billing"]["previewPlanChange"];
type Interval = "MONTH" | "YEAR";

const cents = (n: number, currency: string) =>
  new Intl.NumberFormat("en-US", { style: "currency", currency: currency.toUpperCase() }).format(n / 100);

/** Choose → preview (what happens, in money and dates) → confirm. Nothing changes before the confirmation. */
export function PlanChange({ workspaceId, overview }: { workspaceId: string; overview: Overview }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const sub = overview.subscription;
  const [interval, setInterval] = useState<Interval>(sub?.interval ?? "MONTH");
  const [planSlug, setPlanSlug] = useState(sub?.planSlug ?? "");
  const [target, setTarget] = useState<{ planSlug: string; interval: Interval } | null>(null);
  const [stale, setStale] = useState<{ reason: string; preview: Preview } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const preview = useQuery({
    ...trpc.billing.previewPlanChange.queryOptions({ workspaceId, ...(target ?? { planSlug: "", interval: "MONTH" }) }),
    enabled: Boolean(target),
    staleTime: 0,
    retry: false,
  });
  const confirm = useMutation(
    trpc.billing.changePlan.mutationOptions({
      onSuccess: async (result) => {
        if (result.status === "stale") {
          setStale({ reason: result.reason, preview: result.preview });
          return;
        }
        setTarget(null);
        setStale(null);
        setDone(
          result.when === "now"
            ? "Your plan changed. The prorated invoice is below."
            : "Your plan change is scheduled for the end of the period.",
        );
        await queryClient.invalidateQueries({ queryKey: trpc.billing.overview.queryKey({ workspaceId }) });
      },
    }),
  );
  if (!sub) return null;
  const shown = stale?.preview ?? preview.data;
  const currency = overview.plans[0]?.currency ?? "usd";
  return (
    <>
      {sub.scheduledChange && (
        <p
          className="mt-3 rounded-lg bg-brand-50 px-3 py-2 text-sm text-brand-700 dark:bg-zinc-900 dark:text-brand-100"
          data-testid="scheduled-change"
        >
          {overview.plans.find((p) => p.slug === sub.scheduledChange?.planSlug)?.name ?? sub.scheduledChange.planSlug} (
          {sub.scheduledChange.interval === "YEAR" ? "yearly" : "monthly"}) starts on{" "}
          {formatDateTime(sub.currentPeriodEnd)}.
        </p>
      )}
      <fieldset className="mt-4">
        <legend className="text-sm font-medium">Billing</legend>
        <div className="mt-1 inline-flex rounded-xl border border-zinc-300 p-1 dark:border-zinc-700">
          {(["MONTH", "YEAR"] as const).map((i) => (
            <label
              key={i}
              className={`cursor-pointer rounded-lg px-3 py-1 text-sm font-medium has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-600 ${interval === i ? "bg-brand-600 text-white" : ""}`}
            >
              <input
                type="radio"
                name="billing-interval"
                value={i}
                className="sr-only"
                checked={interval === i}
                onChange={() => {
                  setInterval(i);
                  setTarget(null);
                  setStale(null);
                }}
              />
              {i === "MONTH" ? "Monthly" : "Yearly"}
            </label>
          ))}
        </div>
      </fieldset>
      <form
        className="mt-4 flex flex-wrap items-end gap-3"
        onSubmit={(e) => {
          e.preventDefault();
          setDone(null);
          setStale(null);
          setTarget({ planSlug, interval });
        }}
      >
        <div>
          <label htmlFor="plan" className="text-sm font-medium">
            Plan
          </label>
          <select
            id="plan"
            value={planSlug}
            onChange={(e) => {
              setPlanSlug(e.target.value);
              setTarget(null);
            }}
            className={inputClass}
          >
            {overview.plans.map((p) => (
              <option key={p.slug} value={p.slug}>
                {p.name} — {formatPrice(interval === "YEAR" ? p.yearlyPriceCents : p.monthlyPriceCents, p.currency)}/
                {interval === "YEAR" ? "year" : "month"}, {p.activeRequestLimit} active
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className={secondaryButtonClass} disabled={preview.isFetching}>
          {preview.isFetching ? "Working it out…" : "Preview the change"}
        </button>
      </form>
      {preview.isError && <Notice tone="error">{preview.error.message}</Notice>}
      {target && preview.isFetching && !shown && (
        <div className="mt-4 h-40 animate-pulse rounded-xl bg-zinc-100 dark:bg-zinc-900" />
      )}
      {target && shown && (
        <div className="mt-4 rounded-xl border border-brand-600 p-4" data-testid="plan-preview" aria-live="polite">
          {stale && <Notice tone="error">{stale.reason}</Notice>}
          <h3 className="font-semibold">
            {shown.when === "now" ? "Upgrade now" : "Change at the end of the period"}: {shown.planName},{" "}
            {shown.interval === "YEAR" ? "yearly" : "monthly"}
          </h3>
          {shown.lines.length > 0 && (
            <ul className="mt-3 space-y-1 text-sm">
              {shown.lines.map((l) => (
                <li key={l.description} className="flex justify-between gap-4">
                  <span>{l.description}</span>
                  <span className="tabular-nums">{cents(l.amountCents, currency)}</span>
                </li>
              ))}
              {shown.taxLabel && (
                <li className="flex justify-between gap-4">
                  <span>{shown.taxLabel}</span>
                  <span className="tabular-nums">{cents(shown.taxNowCents, currency)}</span>
                </li>
              )}
            </ul>
          )}
          <dl className="mt-3 grid gap-2 text-sm sm:grid-cols-2">
            <div>
              <dt className="text-zinc-600 dark:text-zinc-400">Charged now</dt>
              <dd className="text-lg font-semibold" data-testid="charged-now">
                {cents(shown.totalNowCents, currency)}
              </dd>
            </div>
            <div>
              <dt className="text-zinc-600 dark:text-zinc-400">Then</dt>
              <dd className="font-semibold">
                {cents(shown.newPriceCents, currency)} / {shown.interval === "YEAR" ? "year" : "month"} from{" "}
                {formatDateTime(shown.nextChargeAt)}
              </dd>
            </div>
            <div className="sm:col-span-2">
              <dt className="text-zinc-600 dark:text-zinc-400">Requests in progress at once</dt>
              <dd className="font-semibold">
                {shown.currentActiveRequestLimit} → {shown.activeRequestLimit}
                {shown.when === "now" ? " from now on" : ` from ${formatDateTime(shown.limitChangesAt)}`}
              </dd>
            </div>
          </dl>
          <div className="mt-4 flex flex-wrap gap-3">
            <button
              type="button"
              className={buttonClass}
              disabled={confirm.isPending}
              onClick={() =>
                confirm.mutate({
                  workspaceId,
                  planSlug: shown.planSlug,
                  interval: shown.interval,
                  quotedAt: shown.quotedAt,
                  token: shown.token,
                })
              }
            >
              {confirm.isPending
                ? "Confirming…"
                : shown.when === "now"
                  ? `Confirm and pay ${cents(shown.totalNowCents, currency)}`
                  : "Confirm the change"}
            </button>
            <button
              type="button"
              className={secondaryButtonClass}
              disabled={confirm.isPending}
              onClick={() => {
                setTarget(null);
                setStale(null);
              }}
            >
              Keep my plan
            </button>
          </div>
          {confirm.error && <Notice tone="error">{confirm.error.message}</Notice>}
        </div>
      )}
      {done && <Notice tone="success">{done}</Notice>}
    </>
  );
}
