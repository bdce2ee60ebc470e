"use client";

import { formatDateTime } from "./ui";

interface ThreadComment {
  id: string;
  body: string;
  author: string;
  at: Date;
  isInternal: boolean;
  isFromStudio: boolean;
}

/**
 * A request's conversation, oldest first. A long thread opens at its latest comments; the button
 * above asks for the earlier ones. `audience` decides the markers: clients see who is from the
 * studio, staff see which lines are internal notes (clients never receive those).
 */
export function CommentThread({
  comments,
  earlier,
  pending,
  onShowEarlier,
  audience,
}: {
  comments: ThreadComment[];
  earlier: number;
  pending: boolean;
  onShowEarlier: () => void;
  audience: "client" | "staff";
}) {
  return (
    <>
      {earlier > 0 && (
        <button type="button" className="mt-3 text-sm underline" disabled={pending} onClick={onShowEarlier}>
          {pending ? "Loading…" : `Show ${earlier} earlier comment${earlier === 1 ? "" : "s"}`}
        </button>
      )}
      <ol className="mt-4 space-y-4" data-testid="comments">
        {comments.map((c) => (
          <li key={c.id} className={`border-l-2 pl-4 ${c.isInternal ? "border-amber-500" : "border-brand-500"}`}>
            <p className="text-sm text-zinc-600 dark:text-zinc-400">
              {c.author}
              {audience === "client" && c.isFromStudio ? " (Atelier)" : ""} · {formatDateTime(c.at)}
              {audience === "staff" && c.isInternal ? " · internal note" : ""}
            </p>
            <p className="whitespace-pre-wrap">{c.body}</p>
          </li>
        ))}
      </ol>
    </>
  );
}
