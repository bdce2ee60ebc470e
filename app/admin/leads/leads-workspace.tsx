"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { formatDateTime, inputClass, Notice } from "../../_components/ui";
import { useTRPC } from "../../_trpc/client";
import type { RouterOutputs } from "../../_trpc/types";
import { StaffOptions } from "../_components/staff-options";

const stages = ["NEW", "CONTACTED", "QUALIFIED", "WON", "LOST"] as const;
type Stage = (typeof stages)[number];
type Lead = RouterOutputs["leads"]["list"][number];
const stageLabel: Record<Stage, string> = {
  NEW: "New",
  CONTACTED: "Contacted",
  QUALIFIED: "Qualified",
  WON: "Won",
  LOST: "Lost",
};
const sourceLabel = { CONTACT: "Contact form", HERO_REDESIGN: "Hero redesign" } as const;

export function LeadsWorkspace() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [view, setView] = useState<"board" | "list">("board");
  const [filters, setFilters] = useState<{
    source?: "CONTACT" | "HERO_REDESIGN";
    stage?: Stage;
    ownerId?: string;
    q?: string;
    from?: string;
    to?: string;
  }>({});
  const input = {
    source: filters.source,
    stage: filters.stage,
    ownerId: filters.ownerId || undefined,
    q: filters.q || undefined,
    from: filters.from ? new Date(`${filters.from}T00:00:00Z`) : undefined,
    to: filters.to ? new Date(`${filters.to}T23:59:59Z`) : undefined,
  };
  const leads = useQuery(trpc.leads.list.queryOptions(input));
  const listKey = trpc.leads.list.queryKey(input);
  const move = useMutation(
    trpc.leads.moveStage.mutationOptions({
      // Optimistic: the card moves at once; a refusal puts it back.
      onMutate: async ({ id, stage }) => {
        await queryClient.cancelQueries({ queryKey: listKey });
        const previous = queryClient.getQueryData<Lead[]>(listKey);
        queryClient.setQueryData<Lead[]>(listKey, (old) => old?.map((l) => (l.id === id ? { ...l, stage } : l)));
        return { previous };
      },
      onError: (_e, _v, context) => queryClient.setQueryData(listKey, context?.previous),
      onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.leads.list.queryKey() }),
    }),
  );
  const csvHref = `/api/admin/leads.csv?${new URLSearchParams(Object.entries(filters).filter(([, v]) => v) as [string, string][])}`;

  return (
    <>
      <form className="mt-6 grid gap-3 sm:grid-cols-7" onSubmit={(e) => e.preventDefault()} aria-label="Filter leads">
        <div className="sm:col-span-2">
          <label htmlFor="lead-q" className="text-sm font-medium">
            Search
          </label>
          <input
            id="lead-q"
            type="search"
            value={filters.q ?? ""}
            onChange={(e) => setFilters({ ...filters, q: e.target.value })}
            placeholder="Name, email, company, message"
            className={inputClass}
          />
        </div>
        <div>
          <label htmlFor="lead-source" className="text-sm font-medium">
            Source
          </label>
          <select
            id="lead-source"
            value={filters.source ?? ""}
            onChange={(e) => setFilters({ ...filters, source: (e.target.value || undefined) as never })}
            className={inputClass}
          >
            <option value="">All</option>
            <option value="CONTACT">Contact form</option>
            <option value="HERO_REDESIGN">Hero redesign</option>
          </select>
        </div>
        <div>
          <label htmlFor="lead-stage" className="text-sm font-medium">
            Stage
          </label>
          <select
            id="lead-stage"
            value={filters.stage ?? ""}
            onChange={(e) => setFilters({ ...filters, stage: (e.target.value || undefined) as Stage | undefined })}
            className={inputClass}
          >
            <option value="">All</option>
            {stages.map((s) => (
              <option key={s} value={s}>
                {stageLabel[s]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="lead-owner" className="text-sm font-medium">
            Owner
          </label>
          <select
            id="lead-owner"
            value={filters.ownerId ?? ""}
            onChange={(e) => setFilters({ ...filters, ownerId: e.target.value })}
            className={inputClass}
          >
            <option value="">Anyone</option>
            <option value="none">Nobody</option>
            <StaffOptions />
          </select>
        </div>
        <div>
          <label htmlFor="lead-from" className="text-sm font-medium">
            From
          </label>
          <input
            id="lead-from"
            type="date"
            value={filters.from ?? ""}
            onChange={(e) => setFilters({ ...filters, from: e.target.value })}
            className={inputClass}
          />
        </div>
        <div>
          <label htmlFor="lead-to" className="text-sm font-medium">
            To
          </label>
          <input
            id="lead-to"
            type="date"
            value={filters.to ?? ""}
            onChange={(e) => setFilters({ ...filters, to: e.target.value })}
            className={inputClass}
          />
        </div>
      </form>
      <div className="mt-4 flex flex-wrap items-center gap-3 text-sm">
        <fieldset className="inline-flex rounded-lg border border-zinc-300 dark:border-zinc-700">
          <legend className="sr-only">View</legend>
          {(["board", "list"] as const).map((v) => (
            <button
              key={v}
              type="button"
              aria-pressed={view === v}
              onClick={() => setView(v)}
              className="px-3 py-1.5 aria-pressed:bg-brand-600 aria-pressed:text-white"
            >
              {v === "board" ? "Board" : "List"}
            </button>
          ))}
        </fieldset>
        <a href={csvHref} className="underline">
          Export CSV
        </a>
        <Link href="/admin/leads/funnel" className="underline">
          Funnel summary
        </Link>
        {leads.isFetching && <span className="text-zinc-600 dark:text-zinc-400">Updating…</span>}
      </div>
      {move.error && <Notice tone="error">{move.error.message}</Notice>}
      {leads.isPending ? (
        <div className="mt-6 h-64 animate-pulse rounded-2xl bg-zinc-100 dark:bg-zinc-900" />
      ) : view === "board" ? (
        <Board leads={leads.data ?? []} onMove={(id, stage) => move.mutate({ id, stage })} />
      ) : (
        <List leads={leads.data ?? []} />
      )}
    </>
  );
}

/** A column shows its newest cards; a year of won and lost leads belongs in the list view. */
const BOARD_CARDS = 25;

function Board({ leads, onMove }: { leads: Lead[]; onMove: (id: string, stage: Stage) => void }) {
  const [over, setOver] = useState<Stage | null>(null);
  return (
    <div className="mt-6 grid items-start gap-4 overflow-x-auto lg:grid-cols-5" data-testid="lead-board">
      {stages.map((stage) => {
        const column = leads.filter((l) => l.stage === stage);
        return (
          <section
            key={stage}
            aria-label={`${stageLabel[stage]} (${column.length})`}
            data-stage={stage}
            onDragOver={(e) => {
              e.preventDefault();
              setOver(stage);
            }}
            onDragLeave={() => setOver(null)}
            onDrop={(e) => {
              e.preventDefault();
              setOver(null);
              const id = e.dataTransfer.getData("text/lead-id");
              if (id) onMove(id, stage);
            }}
            className={`min-h-40 min-w-0 rounded-2xl border p-3 ${over === stage ? "border-brand-600 bg-brand-50 dark:bg-zinc-900" : "border-zinc-200 bg-zinc-50 dark:border-zinc-800 dark:bg-zinc-950"}`}
          >
            <h2 className="px-1 text-sm font-semibold">
              {stageLabel[stage]} <span className="text-zinc-600 dark:text-zinc-400">{column.length}</span>
            </h2>
            <ul className="mt-3 space-y-2">
              {column.slice(0, BOARD_CARDS).map((lead) => (
                <li
                  key={lead.id}
                  draggable
                  onDragStart={(e) => e.dataTransfer.setData("text/lead-id", lead.id)}
                  data-testid={`lead-card-${lead.id}`}
                  className="cursor-grab rounded-xl border border-zinc-200 bg-white p-3 text-sm shadow-sm dark:border-zinc-800 dark:bg-zinc-900"
                >
                  <Link href={`/admin/leads/${lead.id}`} className="font-medium hover:underline">
                    {lead.name}
                  </Link>
                  <p className="text-zinc-600 dark:text-zinc-400">{lead.company ?? lead.email}</p>
                  <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
                    {sourceLabel[lead.source]} ·{" "}
                    <span data-testid="lead-card-owner">{lead.ownerName ?? "No owner"}</span>
                  </p>
                  {/* Keyboard and no-drag alternative to dragging. */}
                  <label className="sr-only" htmlFor={`stage-${lead.id}`}>
                    Stage of {lead.name}
                  </label>
                  <select
                    id={`stage-${lead.id}`}
                    value={lead.stage}
                    onChange={(e) => onMove(lead.id, e.target.value as Stage)}
                    className="mt-2 w-full rounded-md border border-zinc-300 px-2 py-1 text-xs dark:border-zinc-700 dark:bg-zinc-900"
                  >
                    {stages.map((s) => (
                      <option key={s} value={s}>
                        {stageLabel[s]}
                      </option>
                    ))}
                  </select>
                </li>
              ))}
            </ul>
            {column.length > BOARD_CARDS && (
              <p className="mt-2 px-1 text-xs text-zinc-600 dark:text-zinc-400">
                The newest {BOARD_CARDS} of {column.length}; the list view shows them all.
              </p>
            )}
          </section>
        );
      })}
    </div>
  );
}

function List({ leads }: { leads: Lead[] }) {
  if (leads.length === 0) return <p className="mt-6">No leads match these filters.</p>;
  return (
    <table className="mt-6 w-full text-left text-sm" data-testid="lead-list">
      <thead className="border-b border-zinc-200 dark:border-zinc-800">
        <tr>
          <th className="py-2 pr-4">Received</th>
          <th className="py-2 pr-4">Name</th>
          <th className="py-2 pr-4">Source</th>
          <th className="py-2 pr-4">Stage</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
        {leads.map((l) => (
          <tr key={l.id}>
            <td className="py-2 pr-4 whitespace-nowrap">{formatDateTime(l.createdAt)}</td>
            <td className="py-2 pr-4">
              <Link href={`/admin/leads/${l.id}`} className="underline">
                {l.name}
              </Link>{" "}
              <span className="text-zinc-600 dark:text-zinc-400">{l.email}</span>
            </td>
            <td className="py-2 pr-4">{sourceLabel[l.source]}</td>
            <td className="py-2 pr-4">{stageLabel[l.stage]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
