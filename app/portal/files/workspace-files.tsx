"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { formatBytes } from "../../_components/format";
import { Thumbnail } from "../../_components/proofing/thumbnail";
import { formatDateTime, Notice, secondaryButtonClass } from "../../_components/ui";
import { useTRPC } from "../../_trpc/client";

export function WorkspaceFiles() {
  const trpc = useTRPC();
  const mine = useQuery(trpc.workspace.mine.queryOptions());
  const workspaceId = mine.data?.activeWorkspaceId ?? "";
  const [page, setPage] = useState(1);
  const files = useQuery({
    ...trpc.requests.files.queryOptions({ workspaceId, page }),
    enabled: Boolean(workspaceId),
    placeholderData: keepPreviousData,
  });
  if (mine.data && !workspaceId) return <p className="mt-8">You are not a member of a client workspace yet.</p>;
  if (files.isError) return <Notice tone="error">{files.error.message}</Notice>;
  if (!files.data) return <div className="mt-8 h-40 animate-pulse rounded-2xl bg-zinc-100 dark:bg-zinc-900" />;
  if (files.data.files.length === 0)
    return (
      <p className="mt-8 text-zinc-600 dark:text-zinc-400">
        No files yet. Attach briefs and references when you{" "}
        <Link href="/portal/requests" className="underline">
          create a request
        </Link>
        ; delivered versions appear here too.
      </p>
    );
  return (
    <>
      <table className="mt-8 w-full text-left text-sm" data-testid="workspace-files">
        <thead>
          <tr className="border-b border-zinc-200 dark:border-zinc-800">
            <th className="py-2 font-medium">File</th>
            <th className="py-2 font-medium">What</th>
            <th className="py-2 font-medium">Request</th>
            <th className="py-2 text-right font-medium">Size</th>
            <th className="py-2 pl-4 font-medium">When</th>
          </tr>
        </thead>
        <tbody>
          {files.data.files.map((f) => (
            <tr key={`${f.kind}-${f.id}`} className="border-b border-zinc-100 dark:border-zinc-900">
              <td className="py-2 pr-3">
                <span className="flex items-center gap-2">
                  <Thumbnail file={f} size={40} />
                  <a
                    href={`/api/files/${f.id}`}
                    className="underline"
                    download={f.originalName}
                    target="_blank"
                    rel="noopener noreferrer"
                  >
                    {f.originalName}
                  </a>
                </span>
              </td>
              <td className="py-2 pr-3">{f.kind === "deliverable" ? `Version ${f.version}` : "Attachment"}</td>
              <td className="py-2 pr-3">
                <Link href={`/portal/requests/${f.requestId}`} className="underline">
                  {f.requestTitle}
                </Link>
              </td>
              <td className="py-2 text-right tabular-nums">{formatBytes(f.size)}</td>
              <td className="py-2 pl-4 text-zinc-600 dark:text-zinc-400">{formatDateTime(f.at)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="mt-4 flex gap-3">
        {page > 1 && (
          <button type="button" className={secondaryButtonClass} onClick={() => setPage((p) => p - 1)}>
            Newer
          </button>
        )}
        {files.data.hasMore && (
          <button type="button" className={secondaryButtonClass} onClick={() => setPage((p) => p + 1)}>
            Older
          </button>
        )}
      </div>
    </>
  );
}
