"use client";

import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { formatDateTime, Notice, Section, secondaryButtonClass } from "../_components/ui";
import { useTRPC } from "../_trpc/client";

export function NotificationCentre() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const list = useInfiniteQuery(
    trpc.notifications.list.infiniteQueryOptions(
      { limit: 20 },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  );
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.notifications.list.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.notifications.unreadCount.queryKey() }),
    ]);
  const markAll = useMutation(trpc.notifications.markAllRead.mutationOptions({ onSuccess: refresh }));
  const markRead = useMutation(trpc.notifications.markRead.mutationOptions({ onSuccess: refresh }));

  if (list.isPending) {
    return (
      <div className="mt-8 space-y-3" aria-busy="true">
        {[0, 1, 2].map((i) => (
          <div key={i} className="h-16 animate-pulse rounded-xl bg-zinc-100 dark:bg-zinc-900" />
        ))}
      </div>
    );
  }
  if (list.isError) return <Notice tone="error">{list.error.message}</Notice>;
  const items = list.data.pages.flatMap((p) => p.items);
  const unread = list.data.pages[0]?.unread ?? 0;

  return (
    <section className="mt-6" aria-labelledby="inbox-heading">
      <div className="flex items-center justify-between gap-3">
        <h2 id="inbox-heading" className="text-lg font-semibold">
          {unread ? `${unread} unread` : "All caught up"}
        </h2>
        {unread > 0 && (
          <button
            type="button"
            className={secondaryButtonClass}
            disabled={markAll.isPending}
            onClick={() => markAll.mutate()}
          >
            {markAll.isPending ? "Marking…" : "Mark all as read"}
          </button>
        )}
      </div>
      {items.length === 0 ? (
        <p className="mt-4 text-zinc-600 dark:text-zinc-400">
          Nothing yet. You will hear here when work starts, when something is ready for review and when someone
          comments.
        </p>
      ) : (
        <ul className="mt-4 divide-y divide-zinc-200 dark:divide-zinc-800" data-testid="notifications">
          {items.map((n) => (
            <li key={n.id} className={`py-3 ${n.readAt ? "" : "font-medium"}`}>
              <a
                href={n.href}
                className="block rounded-lg p-2 hover:bg-zinc-50 dark:hover:bg-zinc-900"
                onClick={(e) => {
                  e.preventDefault();
                  if (!n.readAt) markRead.mutate({ ids: [n.id] });
                  router.push(n.href);
                }}
              >
                <span className="flex items-start justify-between gap-3">
                  <span>
                    {!n.readAt && <span className="sr-only">Unread: </span>}
                    {n.title}
                  </span>
                  {!n.readAt && (
                    <span aria-hidden="true" className="mt-1.5 size-2 shrink-0 rounded-full bg-brand-600" />
                  )}
                </span>
                <span className="mt-1 block text-sm font-normal text-zinc-600 dark:text-zinc-400">{n.body}</span>
                <span className="mt-1 block text-xs font-normal text-zinc-500">{formatDateTime(n.createdAt)}</span>
              </a>
            </li>
          ))}
        </ul>
      )}
      {list.hasNextPage && (
        <button
          type="button"
          className={`${secondaryButtonClass} mt-4`}
          disabled={list.isFetchingNextPage}
          onClick={() => list.fetchNextPage()}
        >
          {list.isFetchingNextPage ? "Loading…" : "Show older"}
        </button>
      )}
    </section>
  );
}

export function NotificationSettings() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const prefs = useQuery(trpc.notifications.preferences.queryOptions());
  const [saved, setSaved] = useState<string | null>(null);
  // What the person just chose, shown at once (set in the click itself) until the server's answer
  // is back; if saving fails it is dropped, so the box goes back and the error shows.
  const [chosen, setChosen] = useState<Record<string, { inApp: boolean; email: boolean }>>({});
  const forget = (kind: string) => setChosen(({ [kind]: _dropped, ...rest }) => rest);
  const save = useMutation(
    trpc.notifications.setPreference.mutationOptions({
      onMutate: () => setSaved(null),
      onError: (_error, input) => forget(input.kind),
      onSuccess: async (row) => {
        await queryClient.invalidateQueries({ queryKey: trpc.notifications.preferences.queryKey() });
        forget(row.kind);
        setSaved(row.kind);
      },
    }),
  );
  return (
    <Section title="What you hear about" id="settings">
      <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
        Choose, for each kind, whether it appears here and whether we also email you.
      </p>
      {save.error && <Notice tone="error">{save.error.message}</Notice>}
      {!prefs.data ? (
        <div className="mt-4 h-32 animate-pulse rounded-xl bg-zinc-100 dark:bg-zinc-900" />
      ) : (
        <table className="mt-4 w-full text-sm">
          <thead>
            <tr className="text-left">
              <th className="py-2 font-medium">Kind</th>
              <th className="py-2 font-medium">In the app</th>
              <th className="py-2 font-medium">By email</th>
            </tr>
          </thead>
          <tbody>
            {prefs.data
              .map((stored) => ({ ...stored, ...chosen[stored.kind] }))
              .map((p) => (
                <tr key={p.kind} className="border-t border-zinc-200 dark:border-zinc-800">
                  <td className="py-2 pr-3">
                    <span className="font-medium">{p.label}</span>
                    <span className="block text-xs text-zinc-600 dark:text-zinc-400">{p.description}</span>
                    {saved === p.kind && !save.isPending && (
                      <span className="text-xs text-green-700 dark:text-green-400" role="status">
                        Saved
                      </span>
                    )}
                  </td>
                  {(["inApp", "email"] as const).map((channel) => (
                    <td key={channel} className="py-2">
                      <input
                        type="checkbox"
                        className="size-4"
                        aria-label={`${p.label} ${channel === "inApp" ? "in the app" : "by email"}`}
                        checked={p[channel]}
                        disabled={save.isPending}
                        onChange={(e) => {
                          const next = {
                            inApp: channel === "inApp" ? e.currentTarget.checked : p.inApp,
                            email: channel === "email" ? e.currentTarget.checked : p.email,
                          };
                          setChosen((all) => ({ ...all, [p.kind]: next }));
                          save.mutate({ kind: p.kind, ...next });
                        }}
                      />
                    </td>
                  ))}
                </tr>
              ))}
          </tbody>
        </table>
      )}
    </Section>
  );
}
