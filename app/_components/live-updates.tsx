"use client";

import { type Query, type QueryClient, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import type { LiveEvent } from "@/server/live/events";
import { backoffMs, SseParser } from "@/server/live/wire";

export type LiveState = "connecting" | "live" | "polling" | "off";

/** tRPC query keys start with the procedure's path: [["requests", "byId"], { input, type }]. */
const pathOf = (query: Query) => (query.queryKey[0] as string[] | undefined)?.join(".") ?? "";
const inputOf = (query: Query) =>
  (query.queryKey[1] as { input?: { requestId?: string; workspaceId?: string } } | undefined)?.input;

/** What shows one request: its page (both views), versions and pins. */
const requestViews = new Set([
  "requests.byId",
  "requests.staffById",
  "requests.deliverables",
  "requests.staffDeliverables",
  "annotations.list",
  "annotations.staffList",
]);
/** What lists requests: the client's queue and home, the board, the back office's figures. */
const requestLists = new Set(["requests.list", "requests.summary", "requests.board", "requests.turnaround"]);
const listsOf = (workspaceId: string) => (query: Query) => {
  const path = pathOf(query);
  if (path === "requests.list" || path === "requests.summary") return inputOf(query)?.workspaceId === workspaceId;
  return requestLists.has(path) || path === "analytics.today";
};

/** Everything live updates keep fresh: refetched after a reconnect and while polling. */
const isLiveQuery = (query: Query) => {
  const path = pathOf(query);
  return (
    path.startsWith("notifications.") || requestViews.has(path) || requestLists.has(path) || path === "analytics.today"
  );
};

/** Which queries an event makes stale. */
export function staleAfter(event: LiveEvent): (query: Query) => boolean {
  if (event.kind === "notifications") return (q) => pathOf(q).startsWith("notifications.");
  if (event.kind === "resync") return isLiveQuery;
  const { requestId, workspaceId, change } = event;
  const isView = (q: Query) => requestId !== null && requestViews.has(pathOf(q)) && inputOf(q)?.requestId === requestId;
  // A comment changes only the conversation; anything else moves the request on lists and the board.
  if (change === "comment") return isView;
  const isList = listsOf(workspaceId);
  return (q) => isView(q) || isList(q);
}

/**
 * Refetches what a batch of events says changed, in one invalidation: a delivery announces its
 * status and notifications together, and each query on screen refetches once (the rest turn stale).
 * A query already refetching since before the batch's first event arrived is left to finish: it
 * started after the change committed (the page's own mutation refreshing it), so it has it.
 */
export function applyLiveEvents(
  queryClient: QueryClient,
  events: LiveEvent[],
  isFreshFetch: (query: Query) => boolean = () => false,
) {
  const predicates = events.map(staleAfter);
  if (!predicates.length) return;
  void queryClient.invalidateQueries({ predicate: (q) => predicates.some((p) => p(q)) && !isFreshFetch(q) });
}

/** Events arriving within this long of each other are applied together. */
const COALESCE_MS = 100;

/**
 * Keeps the signed-in app fresh without reloads: one server-sent event stream (/api/live) per
 * window; events invalidate the matching queries (those within 100 ms of each other together).
 * When the stream fails it polls instead — every query it keeps fresh is refetched at 2 s doubling
 * to a minute — and keeps trying the stream at the same pace; after any reconnect it refetches
 * once, for what it missed meanwhile.
 */
export function useLiveUpdates(): LiveState {
  const queryClient = useQueryClient();
  const [state, setState] = useState<LiveState>("connecting");

  useEffect(() => {
    let isStopped = false;
    let failures = 0;
    let hasConnected = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let aborter: AbortController | undefined;
    const poll = () => void queryClient.invalidateQueries({ predicate: isLiveQuery });
    // When each query last started fetching, to spare a refetch that already has the change.
    const fetchStartedAt = new Map<string, number>();
    const stopWatching = queryClient.getQueryCache().subscribe((e) => {
      if (e.type === "updated" && e.action.type === "fetch") fetchStartedAt.set(e.query.queryHash, Date.now());
      else if (e.type === "removed") fetchStartedAt.delete(e.query.queryHash);
    });
    const pending = new Map<string, LiveEvent>();
    let firstArrivedAt = 0;
    let flushTimer: ReturnType<typeof setTimeout> | undefined;
    const enqueue = (event: LiveEvent) => {
      if (!pending.size) firstArrivedAt = Date.now();
      pending.set(JSON.stringify(event), event);
      flushTimer ??= setTimeout(() => {
        flushTimer = undefined;
        const batch = [...pending.values()];
        const arrivedAt = firstArrivedAt;
        pending.clear();
        applyLiveEvents(
          queryClient,
          batch,
          (q) => q.state.fetchStatus === "fetching" && (fetchStartedAt.get(q.queryHash) ?? 0) >= arrivedAt,
        );
      }, COALESCE_MS);
    };

    const retryLater = (delayMs: number) => {
      if (isStopped) return;
      setState("polling");
      timer = setTimeout(() => {
        poll();
        void connect();
      }, delayMs);
    };

    async function connect() {
      if (isStopped) return;
      aborter = new AbortController();
      let reason: string | null = null;
      try {
        const response = await fetch("/api/live", {
          headers: { Accept: "text/event-stream" },
          cache: "no-store",
          signal: aborter.signal,
        });
        if (response.status === 401) {
          // Signed out: nothing to stream; the page's own queries say so.
          setState("off");
          return;
        }
        if (!response.ok || !response.body) {
          failures++;
          const retryAfter = Number(response.headers.get("Retry-After")) * 1000;
          return retryLater(Math.max(backoffMs(failures), Number.isFinite(retryAfter) ? retryAfter : 0));
        }
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        const parser = new SseParser();
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          for (const message of parser.push(value)) {
            if (message.event === "ready") {
              failures = 0;
              setState("live");
              if (hasConnected) poll();
              hasConnected = true;
            } else if (message.event === "end") {
              reason = (JSON.parse(message.data) as { reason?: string }).reason ?? null;
            } else {
              enqueue(JSON.parse(message.data) as LiveEvent);
            }
          }
        }
      } catch {
        if (isStopped) return;
      }
      if (isStopped) return;
      if (reason === "signed-out") {
        setState("off");
        return;
      }
      // A stream that ended on schedule is renewed at once; one that broke waits its turn.
      if (reason === "renew") return void connect();
      failures++;
      retryLater(backoffMs(failures));
    }

    void connect();
    return () => {
      isStopped = true;
      clearTimeout(timer);
      clearTimeout(flushTimer);
      stopWatching();
      aborter?.abort();
    };
  }, [queryClient]);

  return state;
}

/** Mounted once by the app shell. Says its state on the page for tests and support, not to the eye. */
export function LiveUpdates() {
  const state = useLiveUpdates();
  return <span hidden data-testid="live-updates" data-state={state} />;
}
