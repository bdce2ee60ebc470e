"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect } from "react";
import { useTRPC } from "../_trpc/client";

/**
 * The unread count in the signed-in header. Live updates (live-updates.tsx) refetch it when a
 * notification arrives, or poll while their stream is down; also on focus. Each read is one
 * indexed count. Renders a plain link while loading or signed out, never an error.
 */
export function NotificationBell() {
  const trpc = useTRPC();
  const unread = useQuery(trpc.notifications.unreadCount.queryOptions(undefined, { retry: false }));
  const count = unread.data?.count ?? 0;
  return (
    <Link
      href="/notifications"
      className="inline-flex items-center gap-1.5 hover:underline"
      aria-label={count ? `Notifications, ${count} unread` : "Notifications"}
      data-testid="notification-bell"
    >
      <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4 fill-current">
        <path d="M10 2a5 5 0 0 0-5 5v2.6L3.3 13A1 1 0 0 0 4.2 14.5h11.6a1 1 0 0 0 .9-1.5L15 9.6V7a5 5 0 0 0-5-5Zm0 16a2.5 2.5 0 0 0 2.4-2h-4.8a2.5 2.5 0 0 0 2.4 2Z" />
      </svg>
      Notifications
      {count > 0 && (
        <span className="rounded-full bg-brand-600 px-1.5 py-0.5 text-xs font-semibold leading-none text-white">
          {count > 99 ? "99+" : count}
        </span>
      )}
    </Link>
  );
}

/** Opening a request reads what the notification centre said about it; the count follows. */
export function useMarkRequestRead(requestId: string, ready: boolean) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { mutate } = useMutation(
    trpc.notifications.markRead.mutationOptions({
      onSuccess: ({ marked }) => {
        if (marked) void queryClient.invalidateQueries({ queryKey: trpc.notifications.pathKey() });
      },
    }),
  );
  useEffect(() => {
    if (ready) mutate({ requestId });
  }, [ready, requestId, mutate]);
}
