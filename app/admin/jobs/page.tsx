import type { Metadata } from "next";
import Link from "next/link";
import { requireStaff } from "../../_components/guards";
import { formatDateTime } from "../../_components/ui";
import { serverCaller } from "../../_trpc/server";
import { RetryJobButton } from "./retry-job-button";

export const metadata: Metadata = { title: "Jobs", robots: { index: false } };

const statuses = ["QUEUED", "RUNNING", "FAILED", "SUCCEEDED"] as const;
type Status = (typeof statuses)[number];

const formatAge = (ms: number) =>
  ms < 60_000
    ? `${Math.round(ms / 1000)} s`
    : ms < 3_600_000
      ? `${Math.round(ms / 60_000)} min`
      : `${(ms / 3_600_000).toFixed(1)} h`;

export default async function JobsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { isAdmin } = await requireStaff("/admin/jobs");
  if (!isAdmin) return <p className="mt-8">Only admins can see the job queue.</p>;
  const q = await searchParams;
  const status = statuses.includes(q.status as Status) ? (q.status as Status) : undefined;
  const page = await (await serverCaller()).admin.jobs({ status, cursor: q.cursor || undefined, limit: 50 });
  const { counts, dueNow, oldestDueAgeMs } = page.overview;
  const filterHref = (s?: Status) => (s ? `/admin/jobs?status=${s}` : "/admin/jobs");
  return (
    <div className="mt-8">
      <h1 className="text-3xl font-bold">Jobs</h1>
      <dl className="mt-6 grid gap-4 sm:grid-cols-3 lg:grid-cols-6" data-testid="job-counts">
        {statuses.map((s) => (
          <div key={s} className="rounded-2xl border border-zinc-200 p-4 dark:border-zinc-800">
            <dt className="text-sm text-zinc-600 dark:text-zinc-400">{s.toLowerCase()}</dt>
            <dd className="text-2xl font-semibold">{counts[s]}</dd>
          </div>
        ))}
        <div className="rounded-2xl border border-zinc-200 p-4 dark:border-zinc-800">
          <dt className="text-sm text-zinc-600 dark:text-zinc-400">due now</dt>
          <dd className="text-2xl font-semibold">{dueNow}</dd>
        </div>
        <div className="rounded-2xl border border-zinc-200 p-4 dark:border-zinc-800">
          <dt className="text-sm text-zinc-600 dark:text-zinc-400">oldest due waited</dt>
          <dd className="text-2xl font-semibold">{oldestDueAgeMs === null ? "—" : formatAge(oldestDueAgeMs)}</dd>
        </div>
      </dl>
      <nav aria-label="Filter jobs" className="mt-6 flex flex-wrap gap-3 text-sm">
        {[undefined, "QUEUED", "RUNNING", "FAILED"].map((s) => (
          <Link
            key={s ?? "all"}
            href={filterHref(s as Status | undefined)}
            aria-current={s === status ? "page" : undefined}
            className={s === status ? "font-semibold underline" : "hover:underline"}
          >
            {s ? s.toLowerCase() : "all"}
          </Link>
        ))}
      </nav>
      <div className="mt-4 overflow-x-auto">
        <table className="w-full text-left text-sm" data-testid="jobs-table">
          <thead className="border-b border-zinc-200 dark:border-zinc-800">
            <tr>
              <th className="py-2 pr-4">Kind</th>
              <th className="py-2 pr-4">Status</th>
              <th className="py-2 pr-4">Attempts</th>
              <th className="py-2 pr-4">Runs at</th>
              <th className="py-2 pr-4">Last error</th>
              <th className="py-2 pr-4">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
            {page.jobs.map((job) => (
              <tr key={job.id}>
                <td className="py-2 pr-4">
                  <code>{job.kind}</code>
                  {job.scheduleKey && <span className="block text-zinc-600 dark:text-zinc-400">recurring</span>}
                </td>
                <td className="py-2 pr-4">{job.status.toLowerCase()}</td>
                <td className="py-2 pr-4">
                  {job.attempts} / {job.maxAttempts}
                </td>
                <td className="py-2 pr-4 whitespace-nowrap">{formatDateTime(job.runAt)}</td>
                <td className="max-w-md py-2 pr-4 break-words">
                  {job.lastError ? <pre className="text-xs whitespace-pre-wrap">{job.lastError}</pre> : "—"}
                </td>
                <td className="py-2 pr-4">{job.status === "FAILED" && <RetryJobButton jobId={job.id} />}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {page.jobs.length === 0 && <p className="mt-4">No jobs match.</p>}
      </div>
      {page.nextCursor && (
        <p className="mt-4">
          <Link
            href={`/admin/jobs?${new URLSearchParams({ ...(status && { status }), cursor: page.nextCursor })}`}
            className="underline"
          >
            More →
          </Link>
        </p>
      )}
    </div>
  );
}
