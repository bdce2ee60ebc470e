"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { buttonClass, dangerButtonClass, inputClass, secondaryButtonClass } from "../../../_components/ui";
import { useTRPC } from "../../../_trpc/client";

interface Row {
  id: string;
  fromPath: string;
  toPath: string;
}

function RedirectForm(props: { row?: Row; onDone: () => void }) {
  const trpc = useTRPC();
  const [fromPath, setFrom] = useState(props.row?.fromPath ?? "");
  const [toPath, setTo] = useState(props.row?.toPath ?? "");
  const save = useMutation(trpc.contentStudio.saveRedirect.mutationOptions({ onSuccess: props.onDone }));
  const issues = (save.error?.data as { issues?: { path: string; message: string }[] } | undefined)?.issues ?? [];
  const key = props.row?.id ?? "new";
  const err = (path: string) => issues.find((i) => i.path === path)?.message;
  return (
    <form
      className="flex flex-wrap items-end gap-3"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate({ id: props.row?.id, fromPath, toPath });
      }}
    >
      <div>
        <label htmlFor={`from-${key}`} className="text-sm font-medium">
          From
        </label>
        <input
          id={`from-${key}`}
          className={inputClass}
          value={fromPath}
          onChange={(e) => setFrom(e.target.value)}
          placeholder="/glossary/old-name"
          aria-invalid={err("fromPath") ? true : undefined}
        />
        {err("fromPath") && <p className="mt-1 text-sm text-red-700">{err("fromPath")}</p>}
      </div>
      <div>
        <label htmlFor={`to-${key}`} className="text-sm font-medium">
          To
        </label>
        <input
          id={`to-${key}`}
          className={inputClass}
          value={toPath}
          onChange={(e) => setTo(e.target.value)}
          placeholder="/glossary/new-name"
          aria-invalid={err("toPath") ? true : undefined}
        />
        {err("toPath") && <p className="mt-1 text-sm text-red-700">{err("toPath")}</p>}
      </div>
      <button type="submit" className={props.row ? secondaryButtonClass : buttonClass} disabled={save.isPending}>
        {save.isPending ? "Saving…" : props.row ? "Save" : "Add redirect"}
      </button>
      {save.error && issues.length === 0 && (
        <p role="alert" className="w-full text-sm text-red-700">
          {save.error.message}
        </p>
      )}
    </form>
  );
}

export function RedirectsEditor({ initial }: { initial: Row[] }) {
  const trpc = useTRPC();
  const router = useRouter();
  const remove = useMutation(trpc.contentStudio.deleteRedirect.mutationOptions({ onSuccess: () => router.refresh() }));
  return (
    <div className="mt-6 space-y-6">
      <RedirectForm key={initial.length} onDone={() => router.refresh()} />
      {initial.length === 0 ? (
        <p className="rounded-xl border border-dashed border-zinc-300 p-8 text-center dark:border-zinc-700">
          No redirects yet.
        </p>
      ) : (
        <ul className="space-y-3" aria-label="Redirects">
          {initial.map((r) => (
            <li
              key={`${r.id}-${r.fromPath}-${r.toPath}`}
              className="flex flex-wrap items-end gap-3 rounded-xl border border-zinc-200 p-3 dark:border-zinc-800"
              data-testid="redirect-row"
            >
              <RedirectForm row={r} onDone={() => router.refresh()} />
              <button
                type="button"
                className={dangerButtonClass}
                disabled={remove.isPending}
                onClick={() => remove.mutate({ id: r.id })}
                aria-label={`Remove the redirect from ${r.fromPath}`}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      {remove.error && (
        <p role="alert" className="text-sm text-red-700">
          {remove.error.message}
        </p>
      )}
    </div>
  );
}
