"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { formatDate } from "../../_components/format";
import { useTRPC } from "../../_trpc/client";

function Tile({
  title,
  count,
  href,
  children,
  testId,
}: {
  title: string;
  count: number;
  href?: string;
  children: React.ReactNode;
  testId: string;
}) {
  return (
    <section className="min-w-0 rounded-2xl border border-zinc-200 p-4 dark:border-zinc-800" data-testid={testId}>
      <h3 className="flex items-baseline justify-between gap-2 font-semibold">
        {href ? (
          <Link href={href} className="hover:underline">
            {title}
          </Link>
        ) : (
          title
        )}
        <span className="text-2xl tabular-nums">{count}</span>
      </h3>
      <div className="mt-2 text-sm">{children}</div>
    </section>
  );
}

function RequestList({
  requests,
  empty,
  showsDue,
}: {
  requests: { id: string; title: string; workspaceName: string; assigneeName?: string | null; dueDate: Date | null }[];
  empty: string;
  showsDue?: boolean;
}) {
  if (!requests.length) return <p className="text-zinc-600 dark:text-zinc-400">{empty}</p>;
  return (
    <ul className="space-y-1">
      {requests.slice(0, 5).map((r) => (
        <li key={r.id} className="min-w-0 [overflow-wrap:anywhere]">
          <Link href={`/admin/requests/${r.id}`} className="underline">
            {r.title}
          </Link>{" "}
          <span className="text-zinc-600 dark:text-zinc-400">
            · {r.workspaceName}
            {r.assigneeName ? ` · ${r.assigneeName}` : ""}
            {showsDue && r.dueDate ? ` · due ${formatDate(r.dueDate)}` : ""}
          </span>
        </li>
      ))}
      {requests.length > 5 && <li className="text-zinc-600 dark:text-zinc-400">and {requests.length - 5} more</li>}
    </ul>
  );
}

export function TodaysWork({ isAdmin }: { isAdmin: boolean }) {
  const trpc = useTRPC();
  const today = useQuery(trpc.analytics.today.queryOptions(undefined, { refetchInterval: 60_000 }));
  if (today.isPending)
    return (
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3" aria-busy="true">
        {Array.from({ length: 6 }, (_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: placeholders
          <div key={i} className="h-36 animate-pulse rounded-2xl bg-zinc-100 dark:bg-zinc-900" />
        ))}
      </div>
    );
  if (today.isError)
    return (
      <p role="alert" className="text-red-700 dark:text-red-400">
        {today.error.message}
      </p>
    );
  const t = today.data;
  const inProgress = t.inProgressByDesigner.reduce((n, d) => n + d.requests.length, 0);
  return (
    <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      <Tile
        title="Waiting for a designer"
        count={t.waitingForDesigner.length}
        href="/admin/requests"
        testId="today-waiting-designer"
      >
        <RequestList requests={t.waitingForDesigner} empty="Every started request has a designer." />
      </Tile>
      <Tile
        title={isAdmin ? "In progress" : "Your work in progress"}
        count={inProgress}
        href="/admin/requests"
        testId="today-in-progress"
      >
        {t.inProgressByDesigner.length ? (
          <ul className="space-y-1">
            {t.inProgressByDesigner.map((d) => (
              <li key={d.designerId} className="flex justify-between gap-2">
                <span className="truncate">{d.name}</span>
                <span className="tabular-nums">{d.requests.length}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-zinc-600 dark:text-zinc-400">Nothing in progress.</p>
        )}
      </Tile>
      <Tile title="Waiting for the client" count={t.waitingForClient.length} testId="today-waiting-client">
        <RequestList requests={t.waitingForClient} empty="No delivery waits for an answer." />
      </Tile>
      <Tile title="Overdue" count={t.overdue.length} testId="today-overdue">
        <RequestList requests={t.overdue} empty="Nothing is past its due date." showsDue />
      </Tile>
      <Tile title="New leads" count={t.newLeadCount} href="/admin/leads" testId="today-new-leads">
        {t.newLeads.length ? (
          <ul className="space-y-1">
            {t.newLeads.map((l) => (
              <li key={l.id} className="min-w-0 [overflow-wrap:anywhere]">
                <Link href={`/admin/leads/${l.id}`} className="underline">
                  {l.name}
                </Link>{" "}
                <span className="text-zinc-600 dark:text-zinc-400">
                  · {l.source === "HERO_REDESIGN" ? "hero redesign" : "contact"} · {formatDate(l.createdAt)}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-zinc-600 dark:text-zinc-400">No new leads.</p>
        )}
        <p className="mt-2">
          Hero redesigns waiting:{" "}
          <Link href="/admin/hero-redesigns" className="font-semibold underline" data-testid="today-hero-waiting">
            {t.heroWaitingCount}
          </Link>
        </p>
      </Tile>
      {isAdmin && (
        <Tile
          title="Subscriptions at risk"
          count={t.subscriptionsAtRisk.length}
          href="/admin/billing"
          testId="today-at-risk"
        >
          {t.subscriptionsAtRisk.length ? (
            <ul className="space-y-1">
              {t.subscriptionsAtRisk.slice(0, 6).map((s) => (
                <li key={s.id} className="min-w-0 [overflow-wrap:anywhere]">
                  <Link href={`/admin/workspaces/${s.workspaceId}`} className="underline">
                    {s.workspaceName}
                  </Link>{" "}
                  <span
                    className={
                      s.reason === "past_due" ? "text-red-700 dark:text-red-400" : "text-amber-700 dark:text-amber-400"
                    }
                  >
                    · {s.reason === "past_due" ? "past due" : `cancels ${formatDate(s.currentPeriodEnd)}`}
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-zinc-600 dark:text-zinc-400">Every subscription is in good standing.</p>
          )}
        </Tile>
      )}
    </div>
  );
}
