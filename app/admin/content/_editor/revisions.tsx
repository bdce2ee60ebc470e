"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import type { StudioKind } from "@/server/content-studio/schemas";
import { formatDateTime, inputClass, secondaryButtonClass } from "../../../_components/ui";
import { useTRPC } from "../../../_trpc/client";

/** Who saved what and when; a word-by-word diff between any two revisions; restore as a new draft. */
export function Revisions(props: {
  kind: StudioKind;
  id: string;
  version: number;
  onRestored: (notices: string[]) => Promise<void> | void;
}) {
  const trpc = useTRPC();
  const { kind, id, version } = props;
  const list = useQuery(trpc.contentStudio.revisions.queryOptions({ kind, id }));
  const { refetch } = list;
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new version means a new revision to list
  useEffect(() => {
    void refetch();
  }, [version, refetch]);
  const revisions = list.data?.revisions ?? [];
  const [from, setFrom] = useState<number | null>(null);
  const [to, setTo] = useState<number | null>(null);
  const a = from ?? revisions[1]?.number ?? null;
  const b = to ?? revisions[0]?.number ?? null;
  const diff = useQuery({
    ...trpc.contentStudio.diff.queryOptions({ kind, id, from: a ?? 1, to: b ?? 1 }),
    enabled: a !== null && b !== null && a !== b,
  });
  const restore = useMutation(trpc.contentStudio.restore.mutationOptions());
  const [restoreError, setRestoreError] = useState<string | null>(null);

  return (
    <section
      aria-labelledby="revisions-heading"
      className="rounded-2xl border border-zinc-200 p-5 dark:border-zinc-800"
    >
      <h2 id="revisions-heading" className="text-lg font-semibold">
        Revisions
      </h2>
      <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">
        Every save is kept: the last {list.data?.kept ?? 50}, and every published one.
      </p>
      {list.isPending ? (
        <div className="mt-3 h-24 animate-pulse rounded-xl bg-zinc-100 dark:bg-zinc-800" aria-hidden="true" />
      ) : revisions.length === 0 ? (
        <p className="mt-3 text-sm">No revisions yet: the first save makes one.</p>
      ) : (
        <ol className="mt-3 max-h-72 space-y-1 overflow-y-auto text-sm" aria-label="Revisions, newest first">
          {revisions.map((r) => (
            <li
              key={r.number}
              className="flex flex-wrap items-center justify-between gap-2 rounded-lg px-2 py-1 odd:bg-zinc-50 dark:odd:bg-zinc-900"
              data-testid="revision"
            >
              <span>
                <strong>#{r.number}</strong> · {r.authorName} ·{" "}
                <time dateTime={new Date(r.createdAt).toISOString()}>{formatDateTime(new Date(r.createdAt))}</time>
                {r.isLive && <span className="ml-2 rounded bg-emerald-100 px-1.5 text-emerald-900">live</span>}
                {r.isPublished && !r.isLive && (
                  <span className="ml-2 rounded bg-zinc-200 px-1.5 text-zinc-800">was published</span>
                )}
                {r.note && <span className="ml-2 text-zinc-600 dark:text-zinc-400">{r.note}</span>}
              </span>
              {r.number !== version && (
                <button
                  type="button"
                  className={`${secondaryButtonClass} px-2 py-1 text-sm`}
                  disabled={restore.isPending}
                  aria-label={`Restore revision ${r.number}`}
                  onClick={async () => {
                    setRestoreError(null);
                    try {
                      const restored = await restore.mutateAsync({ kind, id, number: r.number, baseVersion: version });
                      await props.onRestored(restored.notices);
                    } catch (e) {
                      setRestoreError((e as Error).message);
                    }
                  }}
                >
                  Restore
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
      {restoreError && (
        <p role="alert" className="mt-2 text-sm text-red-700">
          {restoreError}
        </p>
      )}
      {revisions.length > 1 && (
        <div className="mt-4">
          <h3 className="font-medium">Compare</h3>
          <div className="mt-2 flex flex-wrap gap-3">
            <div>
              <label htmlFor="diff-from" className="text-sm">
                From
              </label>
              <select
                id="diff-from"
                className={inputClass}
                value={a ?? ""}
                onChange={(e) => setFrom(Number(e.target.value))}
              >
                {revisions.map((r) => (
                  <option key={r.number} value={r.number}>
                    #{r.number} · {r.authorName}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="diff-to" className="text-sm">
                To
              </label>
              <select
                id="diff-to"
                className={inputClass}
                value={b ?? ""}
                onChange={(e) => setTo(Number(e.target.value))}
              >
                {revisions.map((r) => (
                  <option key={r.number} value={r.number}>
                    #{r.number} · {r.authorName}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <div className="mt-3 text-sm" data-testid="diff">
            {a === b ? (
              <p>Choose two different revisions.</p>
            ) : diff.isPending ? (
              <div className="h-16 animate-pulse rounded-xl bg-zinc-100 dark:bg-zinc-800" aria-hidden="true" />
            ) : diff.error ? (
              <p role="alert">{diff.error.message}</p>
            ) : diff.data.changes.length === 0 ? (
              <p>No differences.</p>
            ) : (
              <dl className="space-y-3">
                {diff.data.changes.map((c) => (
                  <div key={c.field}>
                    <dt className="font-medium">{c.field}</dt>
                    <dd className="mt-1 max-h-48 overflow-y-auto whitespace-pre-wrap rounded-lg border border-zinc-200 p-2 dark:border-zinc-800">
                      {c.parts.map((p, i) =>
                        p.change === "added" ? (
                          // biome-ignore lint/suspicious/noArrayIndexKey: parts are positional
                          <ins key={i} className="bg-emerald-100 text-emerald-900 no-underline">
                            {p.value}
                          </ins>
                        ) : p.change === "removed" ? (
                          // biome-ignore lint/suspicious/noArrayIndexKey: parts are positional
                          <del key={i} className="bg-red-100 text-red-900">
                            {p.value}
                          </del>
                        ) : (
                          // biome-ignore lint/suspicious/noArrayIndexKey: parts are positional
                          <span key={i}>{p.value}</span>
                        ),
                      )}
                    </dd>
                  </div>
                ))}
              </dl>
            )}
          </div>
        </div>
      )}
    </section>
  );
}
