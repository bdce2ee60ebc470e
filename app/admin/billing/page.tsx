import type { Metadata } from "next";
import { formatPrice } from "../../_components/format";
import { requireStaff } from "../../_components/guards";
import { formatDateTime } from "../../_components/ui";
import { serverCaller } from "../../_trpc/server";
import { BillingSettings } from "./billing-settings";

export const metadata: Metadata = { title: "Subscriptions", robots: { index: false } };

export default async function AdminBillingPage() {
  const { isAdmin } = await requireStaff("/admin/billing");
  if (!isAdmin) return <p className="mt-8">Only admins can see revenue.</p>;
  const r = await (await serverCaller()).billing.revenue();
  const maxRate = Math.max(0.05, ...r.churn.map((c) => c.churnRate));
  return (
    <div className="mt-8">
      <h1 className="text-3xl font-bold">Subscriptions</h1>
      <dl className="mt-6 grid gap-4 sm:grid-cols-3" data-testid="revenue-figures">
        <div className="rounded-2xl border border-zinc-200 p-5 dark:border-zinc-800">
          <dt className="text-sm text-zinc-600 dark:text-zinc-400">MRR (list prices)</dt>
          <dd className="text-3xl font-bold">{formatPrice(r.mrrCents, r.currency)}</dd>
        </div>
        <div className="rounded-2xl border border-zinc-200 p-5 dark:border-zinc-800">
          <dt className="text-sm text-zinc-600 dark:text-zinc-400">Active subscribers</dt>
          <dd className="text-3xl font-bold">{r.activeSubscribers}</dd>
        </div>
        <div className="rounded-2xl border border-zinc-200 p-5 dark:border-zinc-800">
          <dt className="text-sm text-zinc-600 dark:text-zinc-400">Churn this month</dt>
          <dd className="text-3xl font-bold">{((r.churn.at(-1)?.churnRate ?? 0) * 100).toFixed(1)}%</dd>
        </div>
      </dl>
      <h2 className="mt-10 text-xl font-semibold">Churn by month</h2>
      <table className="mt-4 w-full text-left text-sm">
        <thead>
          <tr>
            <th className="py-2 pr-4">Month</th>
            <th className="py-2 pr-4">Active at start</th>
            <th className="py-2 pr-4">Started</th>
            <th className="py-2 pr-4">Canceled</th>
            <th className="py-2 pr-4">Churn</th>
            <th className="w-1/3 py-2 pr-4">
              <span className="sr-only">Chart</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
          {r.churn.map((c) => (
            <tr key={c.month}>
              <td className="py-2 pr-4">{c.month}</td>
              <td className="py-2 pr-4">{c.activeAtStart}</td>
              <td className="py-2 pr-4">{c.started}</td>
              <td className="py-2 pr-4">{c.canceled}</td>
              <td className="py-2 pr-4">{(c.churnRate * 100).toFixed(1)}%</td>
              <td className="py-2 pr-4" aria-hidden="true">
                <div className="h-3 rounded bg-zinc-100 dark:bg-zinc-800">
                  <div className="h-3 rounded bg-red-500" style={{ width: `${(c.churnRate / maxRate) * 100}%` }} />
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2 className="mt-10 text-xl font-semibold">All subscriptions</h2>
      <table className="mt-4 w-full text-left text-sm" data-testid="subscriptions">
        <thead>
          <tr>
            <th className="py-2 pr-4">Workspace</th>
            <th className="py-2 pr-4">Plan</th>
            <th className="py-2 pr-4">Status</th>
            <th className="py-2 pr-4">Monthly</th>
            <th className="py-2 pr-4">Since</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
          {r.subscriptions.map((s) => (
            <tr key={s.id}>
              <td className="py-2 pr-4">{s.workspaceName}</td>
              <td className="py-2 pr-4">
                {s.plan} · {s.interval === "YEAR" ? "yearly" : "monthly"}
              </td>
              <td className="py-2 pr-4">
                {s.status.toLowerCase().replace("_", " ")}
                {s.cancelAtPeriodEnd ? " (ends)" : ""}
              </td>
              <td className="py-2 pr-4">{formatPrice(s.monthlyCents, r.currency)}</td>
              <td className="py-2 pr-4">{formatDateTime(s.since)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {r.subscriptions.length === 0 && <p className="mt-4">No subscriptions yet.</p>}
      <p className="mt-4 text-sm">
        Invoices, PDFs and refunds of each client are on{" "}
        <a href="/admin/workspaces" className="underline">
          Workspaces
        </a>
        .
      </p>
      <BillingSettings />
    </div>
  );
}
