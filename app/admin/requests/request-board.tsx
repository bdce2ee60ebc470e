"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { Thumbnail } from "../../_components/proofing/thumbnail";
import { buttonClass, inputClass, Notice } from "../../_components/ui";
import { useTRPC } from "../../_trpc/client";
import { StaffOptions } from "../_components/staff-options";

const columns = [
  ["QUEUED", "Queued"],
  ["ACTIVE", "Active"],
  ["REVISION", "Revision"],
  ["IN_REVIEW", "With the client"],
] as const;

export function RequestBoard() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [filters, setFilters] = useState<{ assigneeId?: string; type?: string }>({});
  const board = useQuery(
    trpc.requests.board.queryOptions({ assigneeId: filters.assigneeId || undefined, type: filters.type || undefined }),
  );
  const staff = useQuery(trpc.leads.staff.queryOptions());
  const services = useQuery(trpc.services.list.queryOptions());
  const figures = useQuery(trpc.requests.turnaround.queryOptions());
  const takeNext = useMutation(
    trpc.requests.takeNext.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.requests.board.queryKey() }),
    }),
  );
  const hours = (h: number | null | undefined) =>
    h == null ? "—" : h < 48 ? `${h.toFixed(1)} h` : `${(h / 24).toFixed(1)} days`;

  return (
    <>
      <dl className="mt-6 grid gap-4 sm:grid-cols-3" data-testid="turnaround">
        <div className="rounded-2xl border border-zinc-200 p-4 dark:border-zinc-800">
          <dt className="text-sm text-zinc-600 dark:text-zinc-400">Average time queued</dt>
          <dd className="text-2xl font-bold">{hours(figures.data?.averageHoursQueued)}</dd>
        </div>
        <div className="rounded-2xl border border-zinc-200 p-4 dark:border-zinc-800">
          <dt className="text-sm text-zinc-600 dark:text-zinc-400">Average time to first delivery</dt>
          <dd className="text-2xl font-bold">{hours(figures.data?.averageHoursToFirstDelivery)}</dd>
        </div>
        <div className="rounded-2xl border border-zinc-200 p-4 dark:border-zinc-800">
          <dt className="text-sm text-zinc-600 dark:text-zinc-400">Revisions per request</dt>
          <dd className="text-2xl font-bold">{figures.data?.revisionsPerRequest?.toFixed(2) ?? "—"}</dd>
        </div>
      </dl>
      <div className="mt-6 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="board-designer" className="text-sm font-medium">
            Designer
          </label>
          <select
            id="board-designer"
            value={filters.assigneeId ?? ""}
            onChange={(e) => setFilters({ ...filters, assigneeId: e.target.value })}
            className={inputClass}
          >
            <option value="">Anyone</option>
            <option value="none">Unassigned</option>
            <StaffOptions />
          </select>
        </div>
        <div>
          <label htmlFor="board-type" className="text-sm font-medium">
            Type
          </label>
          <select
            id="board-type"
            value={filters.type ?? ""}
            onChange={(e) => setFilters({ ...filters, type: e.target.value })}
            className={inputClass}
          >
            <option value="">All types</option>
            {services.data?.map((s) => (
              <option key={s.slug} value={s.slug}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className={buttonClass} disabled={takeNext.isPending} onClick={() => takeNext.mutate()}>
          {takeNext.isPending ? "Taking…" : "Take next"}
        </button>
        {takeNext.data &&
          (takeNext.data.requestId ? (
            <Link href={`/admin/requests/${takeNext.data.requestId}`} className="underline">
              Open the request you took
            </Link>
          ) : (
            <span>Nothing waiting.</span>
          ))}
      </div>
      {board.error && <Notice tone="error">{board.error.message}</Notice>}
      <div className="mt-6 grid gap-4 lg:grid-cols-4" data-testid="request-board">
        {columns.map(([status, label]) => {
          const cards = (board.data ?? []).filter((r) => r.status === status);
          return (
            <section
              key={status}
              aria-label={`${label} (${cards.length})`}
              data-status={status}
              className="min-h-32 rounded-2xl border border-zinc-200 bg-zinc-50 p-3 dark:border-zinc-800 dark:bg-zinc-950"
            >
              <h2 className="px-1 text-sm font-semibold">
                {label} <span className="text-zinc-600 dark:text-zinc-400">{cards.length}</span>
              </h2>
              <ul className="mt-2 space-y-2">
                {cards.map((r) => (
                  <li
                    key={r.id}
                    className="rounded-xl border border-zinc-200 bg-white p-3 text-sm dark:border-zinc-800 dark:bg-zinc-900"
                  >
                    <div className="flex gap-3">
                      {r.latestVersion?.file && <Thumbnail file={r.latestVersion.file} size={44} />}
                      <div className="min-w-0">
                        <Link href={`/admin/requests/${r.id}`} className="font-medium hover:underline">
                          {r.title}
                        </Link>
                        <p className="text-zinc-600 dark:text-zinc-400">
                          {r.workspaceName} · {r.type.replaceAll("-", " ")}
                          {r.latestVersion ? ` · v${r.latestVersion.version}` : ""}
                        </p>
                        <p className="text-xs text-zinc-600 dark:text-zinc-400">
                          {r.assigneeId
                            ? `assigned: ${staff.data?.find((s) => s.id === r.assigneeId)?.name ?? "staff"}`
                            : r.status === "ACTIVE"
                              ? "Starting — waiting for a designer"
                              : "unassigned"}
                        </p>
                      </div>
                    </div>
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </div>
    </>
  );
}
