"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { buttonClass, formatDateTime, inputClass, Notice } from "../../_components/ui";
import { useTRPC } from "../../_trpc/client";
import { WorkspaceInvoices } from "./workspace-invoices";

export function WorkspacesAdmin() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const list = useQuery(trpc.admin.workspaces.queryOptions());
  const [open, setOpen] = useState<string | null>(null);
  const create = useMutation(
    trpc.admin.createWorkspace.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.admin.workspaces.queryKey() }),
    }),
  );
  return (
    <>
      <form
        className="mt-6 flex flex-wrap items-end gap-3"
        onSubmit={(e) => {
          e.preventDefault();
          const form = new FormData(e.currentTarget);
          create.mutate({ name: String(form.get("name") ?? ""), ownerEmail: String(form.get("ownerEmail") ?? "") });
        }}
      >
        <div>
          <label htmlFor="ws-name" className="text-sm font-medium">
            Company name
          </label>
          <input id="ws-name" name="name" required className={inputClass} />
        </div>
        <div>
          <label htmlFor="ws-owner" className="text-sm font-medium">
            Owner's email
          </label>
          <input id="ws-owner" name="ownerEmail" type="email" required className={inputClass} />
        </div>
        <button type="submit" disabled={create.isPending} className={buttonClass}>
          {create.isPending ? "Creating…" : "Create workspace"}
        </button>
      </form>
      {create.data && <Notice tone="success">Created {create.data.name}.</Notice>}
      {create.error && <Notice tone="error">{create.error.message}</Notice>}
      <ul className="mt-6 divide-y divide-zinc-200 dark:divide-zinc-800">
        {list.data?.map((w) => (
          <li key={w.id} className="py-3">
            <Link href={`/admin/workspaces/${w.id}`} className="font-semibold underline">
              {w.name}
            </Link>{" "}
            <span className="text-sm text-zinc-600 dark:text-zinc-400">
              · {w._count.memberships} people · since {formatDateTime(w.createdAt)}
            </span>{" "}
            <button
              type="button"
              className="text-sm underline"
              aria-expanded={open === w.id}
              onClick={() => setOpen(open === w.id ? null : w.id)}
            >
              Invoices<span className="sr-only"> of {w.name}</span>
            </button>
            {open === w.id && <WorkspaceInvoices workspaceId={w.id} />}
          </li>
        ))}
      </ul>
    </>
  );
}
