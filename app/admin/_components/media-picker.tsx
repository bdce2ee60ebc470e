"use client";

import { useQuery } from "@tanstack/react-query";
import Image from "next/image";
import { useState } from "react";
import { inputClass, Notice } from "../../_components/ui";
import { useTRPC } from "../../_trpc/client";
import type { RouterOutputs } from "../../_trpc/types";

export type MediaItem = RouterOutputs["media"]["list"]["items"][number];

/** What a content field stores: the image's public path and its alt text. */
export interface PickedImage {
  src: string;
  alt: string;
}

/** A focal point as CSS object-position. */
export const objectPosition = (m: { focalX: number; focalY: number }) =>
  `${Math.round(m.focalX * 100)}% ${Math.round(m.focalY * 100)}%`;

/** Search and a grid of thumbnails; `onSelect` gets the whole asset (the library page uses it). */
export function MediaGrid({
  onSelect,
  selectedId,
  label = "Search images",
}: {
  onSelect: (item: MediaItem) => void;
  selectedId?: string | null;
  label?: string;
}) {
  const trpc = useTRPC();
  const [query, setQuery] = useState("");
  const list = useQuery({
    ...trpc.media.list.queryOptions({ query: query.trim() || undefined }),
    placeholderData: (previous) => previous,
  });
  return (
    <div>
      <label className="block text-sm font-medium">
        {label}
        <input
          type="search"
          className={inputClass}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder="Alt text or file name"
        />
      </label>
      {list.isError && <Notice tone="error">{list.error.message}</Notice>}
      {list.isPending ? (
        <ul className="mt-4 grid grid-cols-2 gap-3 sm:grid-cols-4 lg:grid-cols-6" aria-busy="true">
          {Array.from({ length: 6 }, (_, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have nothing else to tell them apart
            <li key={i} className="aspect-[4/3] animate-pulse rounded-lg bg-zinc-100 dark:bg-zinc-900" />
          ))}
        </ul>
      ) : list.data?.items.length === 0 ? (
        <p className="mt-4 text-sm text-zinc-600 dark:text-zinc-400">
          {query ? `No image matches “${query}”.` : "No images yet. Upload the first one above."}
        </p>
      ) : (
        <ul className="mt-4 grid grid-cols-2 gap-3 sm:grid-cols-4 lg:grid-cols-6" aria-label="Images">
          {list.data?.items.map((m) => (
            <li key={m.id}>
              <button
                type="button"
                onClick={() => onSelect(m)}
                aria-pressed={selectedId === m.id}
                className={`block w-full overflow-hidden rounded-lg border-2 text-left ${selectedId === m.id ? "border-brand-600" : "border-transparent hover:border-zinc-300"}`}
              >
                <Image
                  src={m.path}
                  alt={m.alt}
                  width={m.width}
                  height={m.height}
                  sizes="200px"
                  className="aspect-[4/3] w-full object-cover"
                  style={{ objectPosition: objectPosition(m) }}
                />
                <span className="block truncate px-1 py-1 text-xs text-zinc-600 dark:text-zinc-400">{m.fileName}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * Picks an image of the media library for a content field and hands back `{ src, alt }` — the path
 * and alt text the field stores. The alt text can be adjusted for this use before confirming.
 */
export function MediaPicker({ onPick, onCancel }: { onPick: (image: PickedImage) => void; onCancel?: () => void }) {
  const [chosen, setChosen] = useState<MediaItem | null>(null);
  const [alt, setAlt] = useState("");
  return (
    <div className="rounded-2xl border border-zinc-200 p-4 dark:border-zinc-800">
      <MediaGrid
        selectedId={chosen?.id}
        onSelect={(m) => {
          setChosen(m);
          setAlt(m.alt);
        }}
      />
      {chosen && (
        <div className="mt-4 flex flex-wrap items-end gap-3">
          <label className="min-w-64 flex-1 text-sm font-medium">
            Alt text for this use
            <input className={inputClass} value={alt} onChange={(e) => setAlt(e.target.value)} required />
          </label>
          <button
            type="button"
            className="rounded-xl bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60"
            disabled={!alt.trim()}
            onClick={() => onPick({ src: chosen.path, alt: alt.trim() })}
          >
            Use this image
          </button>
          {onCancel && (
            <button type="button" className="px-3 py-2 text-sm underline" onClick={onCancel}>
              Cancel
            </button>
          )}
        </div>
      )}
    </div>
  );
}
