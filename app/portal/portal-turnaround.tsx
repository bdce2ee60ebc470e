"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { Notice, Section } from "../_components/ui";
import { useTRPC } from "../_trpc/client";

/** Hours as people say them: "40 min" under an hour, "7 h" under two days, else "3.5 days". */
export const formatHours = (hours: number) =>
  hours < 1
    ? `${Math.max(1, Math.round(hours * 60))} min`
    : hours < 48
      ? `${Math.round(hours)} h`
      : `${(hours / 24).toFixed(1).replace(/\.0$/, "")} days`;

const formatDate = (d: Date) =>
  d.toLocaleDateString("en-US", { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" });

const formatRounds = (rounds: number) => `${rounds.toLocaleString("en-US")} round${rounds === 1 ? "" : "s"}`;

/** The portal home's track record: the client's own turnaround and their finished requests. */
export function PortalTurnaround() {
  const trpc = useTRPC();
  const mine = useQuery(trpc.workspace.mine.queryOptions());
  const workspaceId = mine.data?.activeWorkspaceId ?? "";
  const data = useQuery({ ...trpc.workspace.turnaround.queryOptions({ workspaceId }), enabled: Boolean(workspaceId) });
  if (!workspaceId) return null;
  if (data.isPending)
    return <div className="mt-10 h-48 animate-pulse rounded-2xl bg-zinc-100 dark:bg-zinc-900" aria-hidden="true" />;
  if (data.isError) return <Notice tone="error">{data.error.message}</Notice>;
  const { figures: f, history, historyTotal } = data.data;
  return (
    <>
      <Section title="Your turnaround" id="your-turnaround">
        {f.delivered === 0 || f.medianHours == null || f.p90Hours == null ? (
          <p className="mt-3 text-zinc-600 dark:text-zinc-400" data-testid="turnaround-empty">
            Nothing has been delivered to you in the last 12 months yet. After your first delivery you will see here how
            long the studio takes to deliver a first version, and how many revision rounds your requests need.
          </p>
        ) : (
          <>
            <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
              From the {f.delivered} request{f.delivered === 1 ? "" : "s"} first delivered to you in the last 12 months:
              the time from work starting to the first version, and the rounds of revisions asked for.
            </p>
            <dl className="mt-4 grid gap-4 sm:grid-cols-2" data-testid="turnaround">
              <div className="rounded-2xl border border-zinc-200 p-4 dark:border-zinc-800">
                <dt className="text-sm text-zinc-600 dark:text-zinc-400">Time to first delivery</dt>
                <dd className="mt-1">
                  <span className="text-xl font-bold">{formatHours(f.medianHours)}</span> typically (median)
                </dd>
                <dd className="text-sm text-zinc-700 dark:text-zinc-300">
                  {formatHours(f.p90Hours)} or less for 9 in 10 requests (p90)
                </dd>
              </div>
              <div className="rounded-2xl border border-zinc-200 p-4 dark:border-zinc-800">
                <dt className="text-sm text-zinc-600 dark:text-zinc-400">Revision rounds</dt>
                <dd className="mt-1">
                  <span className="text-xl font-bold">{formatRounds(f.medianRounds ?? 0)}</span> typically (median)
                </dd>
                <dd className="text-sm text-zinc-700 dark:text-zinc-300">
                  {formatRounds(f.p90Rounds ?? 0)} or fewer for 9 in 10 requests (p90)
                </dd>
              </div>
            </dl>
          </>
        )}
      </Section>
      <Section title="Finished requests" id="request-history">
        {history.length === 0 ? (
          <p className="mt-3 text-zinc-600 dark:text-zinc-400" data-testid="history-empty">
            No finished requests yet. Requests you approve are listed here with their dates.
          </p>
        ) : (
          <div className="mt-3 overflow-x-auto">
            <table className="w-full text-left text-sm" data-testid="request-history">
              <thead className="border-b border-zinc-200 text-zinc-600 dark:border-zinc-800 dark:text-zinc-400">
                <tr>
                  <th className="py-2 pr-4 font-medium">Request</th>
                  <th className="py-2 pr-4 font-medium">Asked</th>
                  <th className="py-2 pr-4 font-medium">First delivered</th>
                  <th className="py-2 pr-4 font-medium">Approved</th>
                  <th className="py-2 pr-4 font-medium">Revisions</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
                {history.map((r) => (
                  <tr key={r.id}>
                    <td className="py-2 pr-4">
                      <Link href={`/portal/requests/${r.id}`} className="font-medium underline">
                        {r.title}
                      </Link>
                      <span className="block text-xs text-zinc-600 dark:text-zinc-400">{r.serviceName}</span>
                    </td>
                    <td className="py-2 pr-4">{formatDate(r.createdAt)}</td>
                    <td className="py-2 pr-4">{r.firstDeliveredAt ? formatDate(r.firstDeliveredAt) : "—"}</td>
                    <td className="py-2 pr-4">{r.completedAt ? formatDate(r.completedAt) : "—"}</td>
                    <td className="py-2 pr-4 tabular-nums">{r.revisionRounds}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {historyTotal > history.length && (
          <p className="mt-3 text-sm">
            <Link href="/portal/requests#finished" className="underline">
              All {historyTotal} finished requests
            </Link>
          </p>
        )}
      </Section>
    </>
  );
}
