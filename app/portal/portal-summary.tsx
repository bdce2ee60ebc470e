"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { formatDateTime, Section } from "../_components/ui";
import { useTRPC } from "../_trpc/client";

const subscriptionText = {
  TRIALING: "Trial",
  ACTIVE: "Active",
  PAST_DUE: "Payment failed",
  PAUSED: "Paused",
  CANCELED: "Canceled",
} as const;

/** The portal home: where the subscription and the work stand, and what needs the client. */
export function PortalSummary() {
  const trpc = useTRPC();
  const mine = useQuery(trpc.workspace.mine.queryOptions());
  const workspaceId = mine.data?.activeWorkspaceId ?? "";
  const summary = useQuery({ ...trpc.requests.summary.queryOptions({ workspaceId }), enabled: Boolean(workspaceId) });
  if (!workspaceId || !summary.data) return null;
  const s = summary.data;
  return (
    <>
      <dl className="mt-8 grid gap-4 sm:grid-cols-4" data-testid="portal-summary">
        <div className="rounded-2xl border border-zinc-200 p-4 dark:border-zinc-800">
          <dt className="text-sm text-zinc-600 dark:text-zinc-400">Subscription</dt>
          <dd className="text-xl font-bold">{s.subscription ? subscriptionText[s.subscription.status] : "None"}</dd>
        </div>
        <div className="rounded-2xl border border-zinc-200 p-4 dark:border-zinc-800">
          <dt className="text-sm text-zinc-600 dark:text-zinc-400">In progress</dt>
          <dd className="text-xl font-bold">{s.inProgress}</dd>
        </div>
        <div className="rounded-2xl border border-zinc-200 p-4 dark:border-zinc-800">
          <dt className="text-sm text-zinc-600 dark:text-zinc-400">Waiting for your review</dt>
          <dd className="text-xl font-bold">{s.inReview}</dd>
        </div>
        <div className="rounded-2xl border border-zinc-200 p-4 dark:border-zinc-800">
          <dt className="text-sm text-zinc-600 dark:text-zinc-400">Queued</dt>
          <dd className="text-xl font-bold">{s.queued}</dd>
        </div>
      </dl>
      <QueueHint status={s.subscription?.status ?? null} queued={s.queued} />
      {s.toReview.length > 0 && (
        <Section title="Needs your review" id="needs-review">
          <ul className="mt-3 space-y-2" data-testid="needs-review">
            {s.toReview.map((r) => (
              <li key={r.id}>
                <Link href={`/portal/requests/${r.id}`} className="font-medium underline">
                  {r.title}
                </Link>{" "}
                <span className="text-sm text-zinc-600 dark:text-zinc-400">
                  delivered {formatDateTime(r.updatedAt)}
                </span>
              </li>
            ))}
          </ul>
        </Section>
      )}
      {s.recent.length > 0 && (
        <Section title="Recent activity" id="recent-activity">
          <ul className="mt-3 space-y-1 text-sm">
            {s.recent.map((r) => (
              <li key={r.id}>
                {formatDateTime(r.at)} —{" "}
                <Link href={`/portal/requests/${r.requestId}`} className="underline">
                  {r.title}
                </Link>{" "}
                is now {r.status.toLowerCase().replace("_", " ")}
              </li>
            ))}
          </ul>
        </Section>
      )}
    </>
  );
}

/** Why queued work is not starting, and the one place to fix it. */
function QueueHint({ status, queued }: { status: keyof typeof subscriptionText | null; queued: number }) {
  const hint =
    status === null || status === "CANCELED"
      ? {
          text: `${queued ? `Your ${queued} queued request${queued === 1 ? " is" : "s are"} kept, but n` : "N"}othing starts without a subscription.`,
          link: { href: "/pricing", label: "Choose a plan" },
        }
      : status === "PAUSED"
        ? {
            text: "Your subscription is paused: the queue is kept and starts again when you resume.",
            link: { href: "/portal/billing", label: "Manage Billing" },
          }
        : status === "PAST_DUE"
          ? {
              text: "Your last payment failed. Update your card: after the grace period nothing new starts.",
              link: { href: "/portal/billing", label: "Manage Billing" },
            }
          : null;
  if (!hint) return null;
  return (
    <p
      className="mt-4 rounded-xl border border-amber-300 bg-amber-50 p-4 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
      data-testid="queue-hint"
    >
      {hint.text}{" "}
      <Link href={hint.link.href} className="font-medium underline">
        {hint.link.label}
      </Link>
    </p>
  );
}
