"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import { useState } from "react";
import {
  Bar,
  BarChart,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import type { AppRouter } from "@/server/router";
import { buttonClass, inputClass } from "../../_components/ui";
import { formErrors } from "../../_components/use-public-form";
import { useTRPC } from "../../_trpc/client";
import { ChartCard } from "./chart-card";

type RouterOutputs = inferRouterOutputs<AppRouter>;

const palette = ["#4f46e5", "#0d9488", "#d97706", "#db2777", "#2563eb", "#65a30d", "#7c3aed"];
const DAY = 86_400_000;
const dayInput = (d: Date) => d.toISOString().slice(0, 10);
const money = (cents: number) =>
  new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", maximumFractionDigits: 0 }).format(cents / 100);
const hours = (h: number | null) => (h == null ? "—" : `${h} h`);

export interface DateRange {
  from: string;
  to: string;
}

const presets = [
  { label: "30 days", days: 30 },
  { label: "90 days", days: 90 },
  { label: "12 months", days: 365 },
];

export function defaultRange(): DateRange {
  const to = new Date();
  return { from: dayInput(new Date(to.getTime() - 365 * DAY)), to: dayInput(to) };
}

/** The range as the server wants it: whole days, the end day included. */
function toInput(range: DateRange) {
  return { from: new Date(`${range.from}T00:00:00Z`), to: new Date(`${range.to}T23:59:59Z`) };
}

export function RangePicker({ range, onChange }: { range: DateRange; onChange: (r: DateRange) => void }) {
  const [draft, setDraft] = useState(range);
  const error =
    !draft.from || !draft.to
      ? "Enter both dates."
      : draft.from > draft.to
        ? "The start date must be before the end date."
        : null;
  return (
    <form
      aria-label="Date range"
      className="flex flex-wrap items-end gap-3 rounded-2xl border border-zinc-200 p-4 dark:border-zinc-800"
      onSubmit={(e) => {
        e.preventDefault();
        if (!error) onChange(draft);
      }}
    >
      <label className="text-sm font-medium">
        From
        <input
          type="date"
          name="from"
          className={inputClass}
          value={draft.from}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "range-error" : undefined}
          onChange={(e) => setDraft({ ...draft, from: e.target.value })}
        />
      </label>
      <label className="text-sm font-medium">
        To
        <input
          type="date"
          name="to"
          className={inputClass}
          value={draft.to}
          onChange={(e) => setDraft({ ...draft, to: e.target.value })}
        />
      </label>
      <button type="submit" className={buttonClass} disabled={Boolean(error)}>
        Apply
      </button>
      <fieldset className="flex gap-1 text-sm">
        <legend className="sr-only">Quick ranges</legend>
        {presets.map((p) => (
          <button
            key={p.days}
            type="button"
            className="rounded-lg border border-zinc-300 px-2 py-1 hover:border-brand-600 dark:border-zinc-700"
            onClick={() => {
              const to = new Date();
              const next = { from: dayInput(new Date(to.getTime() - p.days * DAY)), to: dayInput(to) };
              setDraft(next);
              onChange(next);
            }}
          >
            {p.label}
          </button>
        ))}
      </fieldset>
      {error && (
        <p id="range-error" className="w-full text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
    </form>
  );
}

const sourceLabels = { CONTACT: "Contact form", HERO_REDESIGN: "Hero redesign" } as const;
const stageLabels = { NEW: "New", CONTACTED: "Contacted", QUALIFIED: "Qualified", WON: "Won", LOST: "Lost" } as const;

export function LeadCharts({ range }: { range: DateRange }) {
  const trpc = useTRPC();
  const leads = useQuery(trpc.analytics.leads.queryOptions(toInput(range)));
  const [groupBy, setGroupBy] = useState<"source" | "stage">("source");
  const series = groupBy === "source" ? sourceLabels : stageLabels;
  const funnel = leads.data?.funnel.map((s, i, all) => ({
    ...s,
    percent: all[0]?.count ? Math.round((s.count / all[0].count) * 100) : 0,
    fill: palette[i],
  }));
  return (
    <>
      <ChartCard
        testId="chart-leads"
        title="Leads per week"
        description={`${leads.data?.totalLeads ?? "…"} leads, by ${groupBy === "source" ? "the form they came from" : "where they are now"}.`}
        rows={leads.data?.weeks}
        isPending={leads.isPending}
        error={leads.error?.message}
        controls={
          <fieldset className="flex gap-1">
            <legend className="sr-only">Group leads by</legend>
            {(["source", "stage"] as const).map((g) => (
              <button
                key={g}
                type="button"
                aria-pressed={groupBy === g}
                onClick={() => setGroupBy(g)}
                className="rounded-lg border border-zinc-300 px-2 py-1 aria-pressed:border-brand-600 aria-pressed:bg-brand-50 dark:border-zinc-700 dark:aria-pressed:bg-zinc-800"
              >
                By {g}
              </button>
            ))}
          </fieldset>
        }
        columns={[
          { key: "week", label: "Week of", value: (w) => w.week },
          ...Object.entries(series).map(([key, label]) => ({
            key,
            label,
            value: (w: RouterOutputs["analytics"]["leads"]["weeks"][number]) => w[key as keyof typeof series],
          })),
        ]}
      >
        <ResponsiveContainer width="100%" height="100%">
          <BarChart accessibilityLayer={false} data={leads.data?.weeks}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="week" tick={{ fontSize: 11 }} minTickGap={24} />
            <YAxis allowDecimals={false} width={32} tick={{ fontSize: 11 }} />
            <Tooltip />
            <Legend />
            {Object.entries(series).map(([key, label], i) => (
              <Bar key={key} dataKey={key} name={label} stackId="leads" fill={palette[i]} isAnimationActive={false} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </ChartCard>
      <ChartCard
        testId="chart-funnel"
        title="Hero redesign funnel"
        description="Of the redesigns requested in the range: how many were delivered, how many subscribed. Visits to the form are not recorded."
        rows={funnel}
        isPending={leads.isPending}
        error={leads.error?.message}
        columns={[
          { key: "step", label: "Step", value: (s) => s.step },
          { key: "count", label: "Leads", value: (s) => s.count },
          { key: "percent", label: "Of requested", value: (s) => `${s.percent}%` },
        ]}
      >
        <ResponsiveContainer width="100%" height="100%">
          <BarChart accessibilityLayer={false} data={funnel} layout="vertical" margin={{ left: 24, right: 40 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" allowDecimals={false} tick={{ fontSize: 11 }} />
            <YAxis type="category" dataKey="step" width={150} tick={{ fontSize: 12 }} />
            <Tooltip />
            <Bar dataKey="count" name="Leads" isAnimationActive={false} label={{ position: "right", fontSize: 12 }} />
          </BarChart>
        </ResponsiveContainer>
      </ChartCard>
    </>
  );
}

export function RevenueCharts({ range }: { range: DateRange }) {
  const trpc = useTRPC();
  const revenue = useQuery(trpc.analytics.revenue.queryOptions(toInput(range)));
  const mrr = revenue.data?.mrr.map((m) => ({ ...m, mrr: Math.round(m.mrrCents / 100) }));
  const reasons = revenue.data?.reasons ?? [];
  return (
    <>
      <ChartCard
        testId="chart-mrr"
        title="Monthly recurring revenue"
        description="At each month's end (yearly plans count a twelfth), with the number of active subscriptions."
        rows={mrr}
        isPending={revenue.isPending}
        error={revenue.error?.message}
        columns={[
          { key: "month", label: "Month", value: (m) => m.month },
          { key: "mrr", label: "MRR", value: (m) => money(m.mrrCents) },
          { key: "active", label: "Active subscriptions", value: (m) => m.activeSubscriptions },
        ]}
      >
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart accessibilityLayer={false} data={mrr}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="month" tick={{ fontSize: 11 }} />
            <YAxis yAxisId="mrr" width={64} tick={{ fontSize: 11 }} tickFormatter={(v: number) => money(v * 100)} />
            <YAxis yAxisId="subs" orientation="right" allowDecimals={false} width={32} tick={{ fontSize: 11 }} />
            <Tooltip formatter={(value, name) => (name === "MRR" ? money(Number(value) * 100) : value)} />
            <Legend />
            <Bar yAxisId="mrr" dataKey="mrr" name="MRR" fill={palette[0]} isAnimationActive={false} />
            <Line
              yAxisId="subs"
              dataKey="activeSubscriptions"
              name="Active subscriptions"
              stroke={palette[2]}
              strokeWidth={2}
              isAnimationActive={false}
            />
          </ComposedChart>
        </ResponsiveContainer>
      </ChartCard>
      <ChartCard
        testId="chart-churn"
        title="Churn per month"
        description="Cancellations by the reason the owner gave, and the share of subscriptions lost."
        rows={revenue.data?.churn}
        isPending={revenue.isPending}
        error={revenue.error?.message}
        columns={[
          { key: "month", label: "Month", value: (m) => m.month },
          { key: "canceled", label: "Ended", value: (m) => m.canceled },
          { key: "rate", label: "Churn rate", value: (m) => `${m.churnRate}%` },
          ...reasons.map((r) => ({
            key: r.key,
            label: r.label,
            value: (m: RouterOutputs["analytics"]["revenue"]["churn"][number]) => m[r.key],
          })),
        ]}
      >
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart accessibilityLayer={false} data={revenue.data?.churn}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="month" tick={{ fontSize: 11 }} />
            <YAxis allowDecimals={false} width={32} tick={{ fontSize: 11 }} />
            <Tooltip />
            <Legend wrapperStyle={{ fontSize: 11 }} />
            {reasons.map((r, i) => (
              <Bar
                key={r.key}
                dataKey={r.key}
                name={r.label}
                stackId="reasons"
                fill={palette[i]}
                isAnimationActive={false}
              />
            ))}
            <Line
              dataKey="canceled"
              name="Subscriptions ended"
              stroke="#18181b"
              strokeWidth={2}
              isAnimationActive={false}
            />
          </ComposedChart>
        </ResponsiveContainer>
      </ChartCard>
    </>
  );
}

type TurnaroundRow = RouterOutputs["analytics"]["turnaround"]["byDesigner"][number];

function TurnaroundChart({
  title,
  description,
  rows,
  target,
  isPending,
  error,
  testId,
}: {
  title: string;
  description: string;
  rows: TurnaroundRow[] | undefined;
  target: number | undefined;
  isPending: boolean;
  error?: string;
  testId: string;
}) {
  return (
    <ChartCard
      testId={testId}
      title={title}
      description={description}
      rows={rows}
      isPending={isPending}
      error={error}
      columns={[
        { key: "label", label: "Who / what", value: (r) => r.label },
        { key: "requests", label: "Requests", value: (r) => r.requests },
        { key: "median", label: "Median to first delivery", value: (r) => hours(r.medianHours) },
        { key: "p90", label: "p90 to first delivery", value: (r) => hours(r.p90Hours) },
        {
          key: "within",
          label: "Within target",
          value: (r) => (r.withinTargetPercent == null ? "—" : `${r.withinTargetPercent}%`),
        },
        {
          key: "rounds",
          label: "Revision rounds (median / p90)",
          value: (r) => `${r.medianRounds ?? "—"} / ${r.p90Rounds ?? "—"}`,
        },
      ]}
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart accessibilityLayer={false} data={rows}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 10 }} interval={0} angle={-15} textAnchor="end" height={48} />
          <YAxis width={40} tick={{ fontSize: 11 }} unit=" h" />
          <Tooltip formatter={(value) => `${value} h`} />
          <Legend />
          <Bar dataKey="medianHours" name="Median hours" fill={palette[0]} isAnimationActive={false} />
          <Bar dataKey="p90Hours" name="p90 hours" fill={palette[1]} isAnimationActive={false} />
          {target != null && (
            <ReferenceLine
              y={target}
              stroke="#dc2626"
              strokeDasharray="6 3"
              label={{ value: `Target ${target} h`, fontSize: 11, position: "insideTopRight" }}
            />
          )}
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}

export function TurnaroundCharts({ range, isAdmin }: { range: DateRange; isAdmin: boolean }) {
  const trpc = useTRPC();
  const turnaround = useQuery(trpc.analytics.turnaround.queryOptions(toInput(range)));
  const data = turnaround.data;
  const target = data?.targets.firstDeliveryHours;
  return (
    <>
      {data && (
        <p className="text-sm text-zinc-700 dark:text-zinc-300" data-testid="turnaround-overall">
          {data.overall.requests} requests first delivered in the range: median {hours(data.overall.medianHours)}, p90{" "}
          {hours(data.overall.p90Hours)}, {data.overall.withinTargetPercent ?? 0}% within the {target} h target;
          revision rounds median {data.overall.medianRounds ?? 0}, p90 {data.overall.p90Rounds ?? 0} (target{" "}
          {data.targets.revisionRounds}).
        </p>
      )}
      <div className="grid gap-4 lg:grid-cols-2">
        <TurnaroundChart
          testId="chart-turnaround-designer"
          title={isAdmin ? "Turnaround per designer" : "Your turnaround"}
          description="Hours from a request's start to its first delivery, against the target."
          rows={data?.byDesigner}
          target={target}
          isPending={turnaround.isPending}
          error={turnaround.error?.message}
        />
        <TurnaroundChart
          testId="chart-turnaround-type"
          title="Turnaround per request type"
          description="The same, by the service the request was for."
          rows={data?.byType}
          target={target}
          isPending={turnaround.isPending}
          error={turnaround.error?.message}
        />
      </div>
      {isAdmin && data && <TargetsForm targets={data.targets} />}
    </>
  );
}

function TargetsForm({ targets }: { targets: { firstDeliveryHours: number; revisionRounds: number } }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [saved, setSaved] = useState(false);
  const save = useMutation(
    trpc.analytics.setTargets.mutationOptions({
      onSuccess: async () => {
        setSaved(true);
        await queryClient.invalidateQueries({ queryKey: trpc.analytics.pathKey() });
      },
    }),
  );
  const errors = formErrors(save.error);
  return (
    <form
      aria-label="Turnaround targets"
      className="flex flex-wrap items-start gap-4 rounded-2xl border border-zinc-200 p-4 dark:border-zinc-800"
      onSubmit={(e) => {
        e.preventDefault();
        setSaved(false);
        const form = new FormData(e.currentTarget);
        save.mutate({
          firstDeliveryHours: Number(form.get("firstDeliveryHours")),
          revisionRounds: Number(form.get("revisionRounds")),
        });
      }}
    >
      {(
        [
          ["firstDeliveryHours", "Target hours to first delivery", targets.firstDeliveryHours],
          ["revisionRounds", "Target revision rounds", targets.revisionRounds],
        ] as const
      ).map(([name, label, value]) => (
        <div key={name}>
          <label htmlFor={`target-${name}`} className="text-sm font-medium">
            {label}
          </label>
          <input
            id={`target-${name}`}
            name={name}
            type="number"
            step="1"
            defaultValue={value}
            className={`${inputClass} w-40`}
            aria-invalid={errors.fields[name] ? true : undefined}
            aria-describedby={errors.fields[name] ? `target-${name}-error` : undefined}
          />
          {errors.fields[name] && (
            <p id={`target-${name}-error`} className="mt-1 text-sm text-red-700 dark:text-red-400">
              {errors.fields[name]}
            </p>
          )}
        </div>
      ))}
      <div className="self-end">
        <button type="submit" className={buttonClass} disabled={save.isPending}>
          {save.isPending ? "Saving…" : "Save targets"}
        </button>
      </div>
      <p role="status" className="self-end text-sm text-zinc-700 dark:text-zinc-300">
        {saved ? "Targets saved." : !Object.keys(errors.fields).length && errors.message ? errors.message : ""}
      </p>
    </form>
  );
}
