import type { Metadata } from "next";
import Link from "next/link";
import { serverCaller } from "../../../_trpc/server";

export const metadata: Metadata = { title: "Funnel", robots: { index: false } };

export default async function FunnelPage() {
  const funnel = await (await serverCaller()).leads.funnel({ weeks: 12 });
  const weeks = [...new Set(funnel.weeks.map((w) => w.week.toISOString().slice(0, 10)))];
  const count = (week: string, source: string) =>
    funnel.weeks.find((w) => w.week.toISOString().slice(0, 10) === week && w.source === source)?.leads ?? 0;
  const max = Math.max(1, ...weeks.map((w) => count(w, "CONTACT") + count(w, "HERO_REDESIGN")));
  return (
    <div className="mt-8">
      <Link href="/admin/leads" className="text-sm underline">
        ← Leads
      </Link>
      <h1 className="mt-4 text-3xl font-bold">Funnel, last 12 weeks</h1>
      <dl className="mt-6 grid gap-4 sm:grid-cols-3" data-testid="funnel-figures">
        <div className="rounded-2xl border border-zinc-200 p-5 dark:border-zinc-800">
          <dt className="text-sm text-zinc-600 dark:text-zinc-400">Leads</dt>
          <dd className="text-3xl font-bold">{funnel.total}</dd>
        </div>
        <div className="rounded-2xl border border-zinc-200 p-5 dark:border-zinc-800">
          <dt className="text-sm text-zinc-600 dark:text-zinc-400">Conversion to a subscription</dt>
          <dd className="text-3xl font-bold">{(funnel.conversionRate * 100).toFixed(1)}%</dd>
        </div>
        <div className="rounded-2xl border border-zinc-200 p-5 dark:border-zinc-800">
          <dt className="text-sm text-zinc-600 dark:text-zinc-400">Median time to deliver a hero redesign</dt>
          <dd className="text-3xl font-bold">
            {funnel.medianHoursToDelivery == null ? "—" : `${funnel.medianHoursToDelivery.toFixed(1)} h`}
          </dd>
        </div>
      </dl>
      <h2 className="mt-10 text-xl font-semibold">Leads per week by source</h2>
      {weeks.length === 0 ? (
        <p className="mt-4">No leads yet.</p>
      ) : (
        <table className="mt-4 w-full text-left text-sm">
          <thead>
            <tr>
              <th className="py-2 pr-4">Week of</th>
              <th className="py-2 pr-4">Contact form</th>
              <th className="py-2 pr-4">Hero redesign</th>
              <th className="py-2 pr-4 w-1/2">
                <span className="sr-only">Chart</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
            {weeks.map((week) => (
              <tr key={week}>
                <td className="py-2 pr-4">{week}</td>
                <td className="py-2 pr-4">{count(week, "CONTACT")}</td>
                <td className="py-2 pr-4">{count(week, "HERO_REDESIGN")}</td>
                <td className="py-2 pr-4" aria-hidden="true">
                  <div className="flex h-3 overflow-hidden rounded bg-zinc-100 dark:bg-zinc-800">
                    <div className="bg-brand-600" style={{ width: `${(count(week, "CONTACT") / max) * 100}%` }} />
                    <div className="bg-amber-500" style={{ width: `${(count(week, "HERO_REDESIGN") / max) * 100}%` }} />
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
