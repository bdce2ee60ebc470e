"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { buttonClass, formatDateTime, Notice } from "../../_components/ui";
import { uploadFile } from "../../_components/upload";
import { useOneShot } from "../../_components/use-one-shot";
import { useTRPC } from "../../_trpc/client";
import type { RouterOutputs } from "../../_trpc/types";

type Hero = RouterOutputs["heroRedesign"]["queue"][number];

export function HeroQueue() {
  const trpc = useTRPC();
  const queue = useQuery(trpc.heroRedesign.queue.queryOptions());
  if (queue.isPending) return <div className="mt-6 h-48 animate-pulse rounded-2xl bg-zinc-100 dark:bg-zinc-900" />;
  if (queue.isError) return <Notice tone="error">{queue.error.message}</Notice>;
  if (queue.data.length === 0) return <p className="mt-6">No hero redesigns waiting.</p>;
  return (
    <ul className="mt-6 space-y-4" data-testid="hero-queue">
      {queue.data.map((hero) => (
        <HeroCard key={hero.id} hero={hero} />
      ))}
    </ul>
  );
}

function HeroCard({ hero }: { hero: Hero }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.heroRedesign.queue.queryKey() });
  const claim = useMutation(trpc.heroRedesign.claim.mutationOptions({ onSettled: refresh }));
  const attach = useMutation(trpc.heroRedesign.attachImage.mutationOptions({ onSuccess: refresh }));
  const deliver = useMutation(trpc.heroRedesign.deliver.mutationOptions({ onSettled: refresh }));
  const once = useOneShot();
  const [progress, setProgress] = useState<Record<string, number | null>>({});
  const [uploadError, setUploadError] = useState<string | null>(null);

  async function onFile(which: "before" | "after", file: File | undefined) {
    if (!file) return;
    setUploadError(null);
    setProgress((p) => ({ ...p, [which]: 0 }));
    try {
      const uploaded = await uploadFile("images", file, (f) => setProgress((p) => ({ ...p, [which]: f })));
      await attach.mutateAsync({ id: hero.id, which, fileId: uploaded.id });
    } catch (error) {
      setUploadError(error instanceof Error ? error.message : "Upload failed.");
    } finally {
      setProgress((p) => ({ ...p, [which]: null }));
    }
  }

  const error = uploadError ?? claim.error?.message ?? attach.error?.message ?? deliver.error?.message;
  return (
    <li className="rounded-2xl border border-zinc-200 p-5 dark:border-zinc-800" data-testid={`hero-${hero.id}`}>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <p className="font-semibold">{hero.siteUrl}</p>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            {hero.lead.name} · {hero.lead.email} · requested {formatDateTime(hero.createdAt)}
          </p>
          {hero.goals.length > 0 && <p className="mt-1 text-sm">Goals: {hero.goals.join(", ").replaceAll("-", " ")}</p>}
          {hero.goalsText && <p className="mt-1 text-sm whitespace-pre-wrap">{hero.goalsText}</p>}
        </div>
        <span className="rounded-full bg-zinc-100 px-3 py-1 text-xs dark:bg-zinc-800">
          {hero.status.replace("_", " ").toLowerCase()}
        </span>
      </div>
      {hero.status === "REQUESTED" && (
        <button
          type="button"
          className={`${buttonClass} mt-4`}
          disabled={claim.isPending}
          onClick={() => once(() => claim.mutateAsync({ id: hero.id }))}
        >
          {claim.isPending ? "Claiming…" : "Claim"}
        </button>
      )}
      {hero.status === "IN_PROGRESS" && hero.isMine && (
        <div className="mt-4 grid gap-4 sm:grid-cols-3">
          {(["before", "after"] as const).map((which) => {
            const hasImage = which === "before" ? hero.beforeImageId : hero.afterImageId;
            const value = progress[which];
            return (
              <div key={which}>
                <label htmlFor={`${which}-${hero.id}`} className="text-sm font-medium">
                  {which === "before" ? "Before" : "After"} image (PNG, JPEG or WebP, up to 10 MB)
                </label>
                <input
                  id={`${which}-${hero.id}`}
                  type="file"
                  accept="image/png,image/jpeg,image/webp"
                  onChange={(e) => onFile(which, e.target.files?.[0])}
                  className="mt-1 block w-full text-sm"
                />
                {value != null && (
                  <progress
                    value={Math.round(value * 100)}
                    max={100}
                    className="mt-2 w-full"
                    aria-label={`Uploading the ${which} image`}
                  >
                    {Math.round(value * 100)}%
                  </progress>
                )}
                {hasImage && value == null && (
                  <p className="mt-1 text-sm text-emerald-700 dark:text-emerald-400">
                    {which === "before" ? "Before" : "After"} image attached ✓
                  </p>
                )}
              </div>
            );
          })}
          <div className="flex items-end">
            <button
              type="button"
              className={buttonClass}
              disabled={deliver.isPending || !hero.beforeImageId || !hero.afterImageId}
              onClick={() => once(() => deliver.mutateAsync({ id: hero.id }))}
            >
              {deliver.isPending ? "Delivering…" : "Mark delivered"}
            </button>
          </div>
        </div>
      )}
      {hero.status === "IN_PROGRESS" && !hero.isMine && (
        <p className="mt-3 text-sm text-zinc-600 dark:text-zinc-400">Another designer is working on this one.</p>
      )}
      {hero.status === "DELIVERED" && (
        <p className="mt-3 text-sm text-emerald-700 dark:text-emerald-400">Delivered — the lead was emailed.</p>
      )}
      {error && <Notice tone="error">{error}</Notice>}
    </li>
  );
}
