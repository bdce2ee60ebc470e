"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { buttonClass, formatDateTime, inputClass, Notice, Section } from "../../../_components/ui";
import { useTRPC } from "../../../_trpc/client";
import { StaffSelect } from "../../_components/staff-options";

const stages = ["NEW", "CONTACTED", "QUALIFIED", "WON", "LOST"] as const;

export function LeadDetail({ id }: { id: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const lead = useQuery(trpc.leads.byId.queryOptions({ id }));
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.leads.byId.queryKey({ id }) });
  const move = useMutation(trpc.leads.moveStage.mutationOptions({ onSuccess: refresh }));
  const assign = useMutation(trpc.leads.assign.mutationOptions({ onSuccess: refresh }));
  const note = useMutation(trpc.leads.addNote.mutationOptions({ onSuccess: refresh }));

  if (lead.isPending) return <div className="mt-6 h-64 animate-pulse rounded-2xl bg-zinc-100 dark:bg-zinc-900" />;
  if (lead.isError) return <Notice tone="error">{lead.error.message}</Notice>;
  const l = lead.data;
  return (
    <>
      <h1 className="mt-4 text-3xl font-bold">{l.name}</h1>
      <p className="mt-1 text-zinc-700 dark:text-zinc-300">
        <a href={`mailto:${l.email}`} className="underline">
          {l.email}
        </a>
        {l.company && ` · ${l.company}`} · {l.source === "CONTACT" ? "Contact form" : "Hero redesign"} · received{" "}
        {formatDateTime(l.createdAt)}
      </p>
      {l.client && (
        <p className="mt-2" data-testid="lead-client">
          Became a client:{" "}
          <Link href={`/admin/workspaces/${l.client.id}`} className="font-semibold underline">
            {l.client.name}
          </Link>
        </p>
      )}
      <div className="mt-6 flex flex-wrap gap-4">
        <div>
          <label htmlFor="lead-stage" className="text-sm font-medium">
            Stage
          </label>
          <select
            id="lead-stage"
            value={l.stage}
            disabled={move.isPending}
            onChange={(e) => move.mutate({ id, stage: e.target.value as (typeof stages)[number] })}
            className={inputClass}
          >
            {stages.map((s) => (
              <option key={s} value={s}>
                {s.charAt(0) + s.slice(1).toLowerCase()}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="lead-owner" className="text-sm font-medium">
            Owner
          </label>
          <StaffSelect
            id="lead-owner"
            value={l.ownerId}
            emptyLabel="Nobody"
            disabled={assign.isPending}
            onChange={(ownerId) => assign.mutate({ id, ownerId })}
          />
        </div>
      </div>
      {(move.error ?? assign.error) && <Notice tone="error">{(move.error ?? assign.error)?.message}</Notice>}
      {l.message && (
        <Section title="Message" id="message-heading">
          <p className="mt-3 whitespace-pre-wrap">{l.message}</p>
        </Section>
      )}
      {l.heroRedesign && (
        <Section title="Hero redesign" id="hero-heading">
          <p className="mt-3">
            {l.heroRedesign.siteUrl} · {l.heroRedesign.status.replace("_", " ").toLowerCase()}
          </p>
        </Section>
      )}
      <Section title="Notes" id="notes-heading">
        <form
          className="mt-4"
          onSubmit={(e) => {
            e.preventDefault();
            const form = e.currentTarget;
            note.mutate({ id, body: String(new FormData(form).get("body") ?? "") }, { onSuccess: () => form.reset() });
          }}
        >
          <label htmlFor="note-body" className="text-sm font-medium">
            Add a note
          </label>
          <textarea id="note-body" name="body" rows={3} required className={inputClass} />
          <button type="submit" disabled={note.isPending} className={`${buttonClass} mt-2`}>
            {note.isPending ? "Saving…" : "Add note"}
          </button>
        </form>
        {note.error && <Notice tone="error">{note.error.message}</Notice>}
        <ol className="mt-6 space-y-4" data-testid="lead-notes">
          {l.notes.map((n) => (
            <li key={n.id} className="border-l-2 border-brand-500 pl-4">
              <p className="text-sm text-zinc-600 dark:text-zinc-400">
                {n.author} · {formatDateTime(n.createdAt)}
              </p>
              <p className="whitespace-pre-wrap">{n.body}</p>
            </li>
          ))}
        </ol>
      </Section>
      <Section title="Stage history" id="history-heading">
        <ol className="mt-4 space-y-2 text-sm" data-testid="stage-history">
          {l.stageChanges.map((s) => (
            <li key={s.id}>
              {formatDateTime(s.createdAt)} — {s.fromStage ? `${s.fromStage.toLowerCase()} → ` : ""}
              <strong>{s.toStage.toLowerCase()}</strong> by {s.actor}
            </li>
          ))}
        </ol>
      </Section>
    </>
  );
}
