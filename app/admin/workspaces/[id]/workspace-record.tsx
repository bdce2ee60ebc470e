"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { StaffBrandAssets } from "../../../_components/brand-assets";
import { formatBytes, formatDate } from "../../../_components/format";
import { buttonClass, formatDateTime, inputClass, Section, secondaryButtonClass } from "../../../_components/ui";
import { formErrors } from "../../../_components/use-public-form";
import { useTRPC } from "../../../_trpc/client";
import { WorkspaceInvoices } from "../workspace-invoices";

const statusLabel = (s: string) => s.toLowerCase().replace("_", " ");

export function WorkspaceRecord({ workspaceId }: { workspaceId: string }) {
  const trpc = useTRPC();
  const record = useQuery(trpc.admin.workspace.queryOptions({ workspaceId }, { retry: false }));
  if (record.isPending)
    return (
      <div aria-busy="true" className="space-y-4">
        <div className="h-10 w-72 animate-pulse rounded-lg bg-zinc-100 dark:bg-zinc-900" />
        <div className="h-40 animate-pulse rounded-2xl bg-zinc-100 dark:bg-zinc-900" />
      </div>
    );
  if (record.isError)
    return (
      <div>
        <h1 className="text-3xl font-bold">
          {record.error.data?.code === "NOT_FOUND" ? "Not found" : "Could not load"}
        </h1>
        <p className="mt-2">{record.error.message}</p>
        <Link href="/admin/workspaces" className="mt-4 inline-block underline">
          All workspaces
        </Link>
      </div>
    );
  const r = record.data;
  const sub = r.subscription;
  return (
    <div className="min-w-0 [overflow-wrap:anywhere]">
      <Link href="/admin/workspaces" className="text-sm underline">
        ← All workspaces
      </Link>
      <RenameHeading workspaceId={workspaceId} name={r.workspace.name} />
      <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
        Client since {formatDate(r.workspace.createdAt)} · {r.members.length} people · {r.requestCount} requests
      </p>

      <div className="mt-6 grid gap-4 lg:grid-cols-2">
        <Section title="People" id="record-people">
          <ul className="mt-2 divide-y divide-zinc-200 text-sm dark:divide-zinc-800" data-testid="record-members">
            {r.members.map((m) => (
              <li key={m.id} className="flex flex-wrap justify-between gap-2 py-2">
                <span>
                  <strong>{m.name ?? m.email}</strong>{" "}
                  <span className="text-zinc-600 dark:text-zinc-400">{m.email}</span>
                </span>
                <span>{m.role === "OWNER" ? "Owner" : "Member"}</span>
              </li>
            ))}
          </ul>
        </Section>
        <Section title="Subscription" id="record-subscription">
          {sub ? (
            <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm" data-testid="record-subscription">
              <dt className="font-medium">Plan</dt>
              <dd>
                {sub.planName} ({sub.interval === "YEAR" ? "yearly" : "monthly"})
              </dd>
              <dt className="font-medium">Status</dt>
              <dd>
                {sub.status === "PAST_DUE" && sub.pastDueSince
                  ? `past due since ${formatDate(sub.pastDueSince)}`
                  : statusLabel(sub.status)}
                {sub.cancelAtPeriodEnd && sub.status !== "CANCELED"
                  ? `, cancels ${formatDate(sub.currentPeriodEnd)}`
                  : ""}
              </dd>
              <dt className="font-medium">{sub.status === "CANCELED" ? "Ended" : "Renews"}</dt>
              <dd>{formatDate(sub.canceledAt ?? sub.currentPeriodEnd)}</dd>
              <dt className="font-medium">Subscribed</dt>
              <dd>{formatDate(sub.createdAt)}</dd>
              <dt className="font-medium">Invoices to</dt>
              <dd>
                {[
                  r.workspace.billingLegalName,
                  r.workspace.billingAddress,
                  r.workspace.billingCountry,
                  r.workspace.billingVatId,
                ]
                  .filter(Boolean)
                  .join(" · ") || "No company details yet"}
              </dd>
            </dl>
          ) : (
            <p className="mt-2 text-sm">No subscription.</p>
          )}
          <h3 className="mt-4 font-semibold">Invoices</h3>
          <WorkspaceInvoices workspaceId={workspaceId} />
        </Section>
      </div>

      <StaffBrandAssets workspaceId={workspaceId} />

      <Section title="Requests" id="record-requests">
        {r.requests.length ? (
          <table className="mt-2 w-full text-left text-sm" data-testid="record-requests">
            <thead>
              <tr className="border-b border-zinc-200 dark:border-zinc-800">
                <th className="py-1 pr-3">Request</th>
                <th className="py-1 pr-3">Status</th>
                <th className="py-1 pr-3">Designer</th>
                <th className="py-1 pr-3">Created</th>
              </tr>
            </thead>
            <tbody>
              {r.requests.map((q) => (
                <tr key={q.id} className="border-b border-zinc-100 dark:border-zinc-900">
                  <td className="py-1 pr-3">
                    <Link href={`/admin/requests/${q.id}`} className="underline">
                      {q.title}
                    </Link>
                  </td>
                  <td className="py-1 pr-3">{statusLabel(q.status)}</td>
                  <td className="py-1 pr-3">{q.assigneeName ?? "—"}</td>
                  <td className="py-1 pr-3">{formatDate(q.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="mt-2 text-sm">No requests yet.</p>
        )}
        {r.requestCount > r.requests.length && (
          <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
            The newest {r.requests.length} of {r.requestCount}.
          </p>
        )}
      </Section>

      <div className="grid gap-4 lg:grid-cols-2">
        <Section title="Files" id="record-files">
          {r.files.length ? (
            <ul className="mt-2 space-y-1 text-sm" data-testid="record-files">
              {r.files.map((f) => (
                <li key={`${f.kind}-${f.id}`}>
                  {f.name} <span className="text-zinc-600 dark:text-zinc-400">· {formatBytes(f.size)} · </span>
                  {f.kind === "deliverable" ? `version ${f.version} of ` : "attached to "}
                  <Link href={`/admin/requests/${f.requestId}`} className="underline">
                    {f.requestTitle}
                  </Link>
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-2 text-sm">No files yet.</p>
          )}
        </Section>
        <Section title="Where the client came from" id="record-lead">
          {r.lead ? (
            <div className="mt-2 text-sm" data-testid="record-lead">
              <p>
                <Link href={`/admin/leads/${r.lead.id}`} className="font-semibold underline">
                  {r.lead.name}
                </Link>{" "}
                · {r.lead.source === "HERO_REDESIGN" ? "free hero redesign" : "contact form"} on{" "}
                {formatDate(r.lead.createdAt)}
                {r.lead.wonAt ? `, won ${formatDate(r.lead.wonAt)}` : ""}
              </p>
              <h3 className="mt-3 font-semibold">Notes</h3>
              {r.lead.notes.length ? (
                <ul className="mt-1 space-y-2">
                  {r.lead.notes.map((n) => (
                    <li key={n.id}>
                      <p className="whitespace-pre-wrap">{n.body}</p>
                      <p className="text-zinc-600 dark:text-zinc-400">
                        {n.authorName} · {formatDateTime(n.createdAt)}
                      </p>
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="mt-1">No notes.</p>
              )}
            </div>
          ) : (
            <p className="mt-2 text-sm">No lead: the workspace was created directly.</p>
          )}
        </Section>
      </div>

      <Section title="Audit entries" id="record-audit">
        {r.audit.length ? (
          <ul className="mt-2 space-y-1 text-sm" data-testid="record-audit">
            {r.audit.map((a) => (
              <li key={a.id}>
                <span className="text-zinc-600 dark:text-zinc-400">{formatDateTime(a.createdAt)}</span> · {a.actorName}{" "}
                · <code>{a.action}</code>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-sm">Nothing recorded yet.</p>
        )}
        <Link href={`/admin/audit`} className="mt-2 inline-block text-sm underline">
          The whole audit log
        </Link>
      </Section>
    </div>
  );
}

function RenameHeading({ workspaceId, name }: { workspaceId: string; name: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [isEditing, setEditing] = useState(false);
  const rename = useMutation(
    trpc.admin.renameWorkspace.mutationOptions({
      onSuccess: async () => {
        setEditing(false);
        await queryClient.invalidateQueries({ queryKey: trpc.admin.pathKey() });
      },
    }),
  );
  const errors = formErrors(rename.error);
  if (!isEditing)
    return (
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <h1 className="text-3xl font-bold">{name}</h1>
        <button type="button" className="text-sm underline" onClick={() => setEditing(true)}>
          Rename
        </button>
      </div>
    );
  return (
    <form
      className="mt-2 flex flex-wrap items-start gap-2"
      aria-label="Rename workspace"
      onSubmit={(e) => {
        e.preventDefault();
        rename.mutate({ workspaceId, name: String(new FormData(e.currentTarget).get("name") ?? "") });
      }}
    >
      <h1 className="sr-only">{name}</h1>
      <div>
        <label htmlFor="record-name" className="text-sm font-medium">
          Workspace name
        </label>
        <input
          id="record-name"
          name="name"
          defaultValue={name}
          className={`${inputClass} w-80 max-w-full`}
          aria-invalid={errors.fields.name ? true : undefined}
          aria-describedby={errors.fields.name ? "record-name-error" : undefined}
        />
        {(errors.fields.name || (errors.message && !errors.fields.name)) && (
          <p id="record-name-error" className="mt-1 text-sm text-red-700 dark:text-red-400">
            {errors.fields.name ?? errors.message}
          </p>
        )}
      </div>
      <button type="submit" className={`${buttonClass} mt-6`} disabled={rename.isPending}>
        {rename.isPending ? "Saving…" : "Save"}
      </button>
      <button type="button" className={`${secondaryButtonClass} mt-6`} onClick={() => setEditing(false)}>
        Cancel
      </button>
    </form>
  );
}
