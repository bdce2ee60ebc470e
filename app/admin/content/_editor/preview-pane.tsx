"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import type { StudioKind } from "@/server/content-studio/schemas";
import { CopyButton } from "../../../_components/copy-button";
import { formatDateTime, inputClass, secondaryButtonClass } from "../../../_components/ui";
import { useTRPC } from "../../../_trpc/client";

/**
 * The real public page rendered from the draft (Next draft mode through /api/draft), reloaded
 * after every save; and a shareable link that opens the same preview without an account until it expires.
 */
export function PreviewPane({ kind, id, version }: { kind: StudioKind; id: string; version: number }) {
  const trpc = useTRPC();
  const [hours, setHours] = useState(48);
  const share = useMutation(trpc.contentStudio.previewLink.mutationOptions());
  const shareUrl =
    share.data && typeof window !== "undefined" ? new URL(share.data.url, window.location.origin).href : null;
  return (
    <section aria-labelledby="preview-heading">
      <h2 id="preview-heading" className="text-lg font-semibold">
        Live preview
      </h2>
      {kind === "faq" ? (
        <p className="mt-2 text-sm text-zinc-700 dark:text-zinc-300">
          FAQ entries appear on /faq once published; the answer&apos;s preview pane is beside its text.
        </p>
      ) : (
        <>
          <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">
            The public page with this draft, updated after each save.
          </p>
          <iframe
            key={version}
            title="Live preview of the public page"
            src={`/api/draft?kind=${kind}&id=${encodeURIComponent(id)}&v=${version}`}
            className="mt-3 h-[640px] w-full rounded-xl border border-zinc-300 bg-white dark:border-zinc-700"
          />
          <form
            className="mt-3 flex flex-wrap items-end gap-3"
            onSubmit={(e) => {
              e.preventDefault();
              share.mutate({ kind, id, hours });
            }}
          >
            <div>
              <label htmlFor="share-hours" className="text-sm font-medium">
                Share a preview link valid for
              </label>
              <select
                id="share-hours"
                className={inputClass}
                value={hours}
                onChange={(e) => setHours(Number(e.target.value))}
              >
                <option value={1}>1 hour</option>
                <option value={24}>1 day</option>
                <option value={48}>2 days</option>
                <option value={168}>1 week</option>
              </select>
            </div>
            <button type="submit" className={secondaryButtonClass} disabled={share.isPending}>
              {share.isPending ? "Creating…" : "Create preview link"}
            </button>
          </form>
          {share.error && (
            <p role="alert" className="mt-2 text-sm text-red-700">
              {share.error.message}
            </p>
          )}
          {shareUrl && share.data && (
            <div role="status" className="mt-2 text-sm">
              <p>Anyone with this link sees the draft until {formatDateTime(new Date(share.data.expiresAt))}:</p>
              <div className="mt-1 flex items-center gap-2">
                <code className="truncate rounded bg-zinc-100 px-2 py-1 dark:bg-zinc-800" data-testid="preview-link">
                  {shareUrl}
                </code>
                <span className="shrink-0">
                  <CopyButton value={shareUrl} />
                </span>
              </div>
            </div>
          )}
        </>
      )}
    </section>
  );
}
