"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import Image from "next/image";
import { useId, useState } from "react";
import { Dialog } from "../../_components/dialog";
import { buttonClass, inputClass, Notice } from "../../_components/ui";
import { useTRPC } from "../../_trpc/client";
import type { RouterOutputs } from "../../_trpc/types";
import { MediaUpload } from "./media-upload";

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
 * and alt text the field stores. The alt text starts as the field's own (`currentAlt`) when it has
 * one, never overwritten unasked, else as the library's; it can be adjusted for this use.
 */
export function MediaPicker({
  onPick,
  currentAlt = "",
}: {
  onPick: (image: PickedImage) => void;
  currentAlt?: string;
}) {
  const [chosen, setChosen] = useState<MediaItem | null>(null);
  const [alt, setAlt] = useState("");
  const altId = useId();
  const hasOwnAlt = currentAlt.trim() !== "";
  return (
    <div>
      <MediaGrid
        selectedId={chosen?.id}
        onSelect={(m) => {
          setChosen(m);
          setAlt(hasOwnAlt ? currentAlt : m.alt);
        }}
      />
      {chosen && (
        <div className="sticky bottom-0 mt-4 border-t border-zinc-200 bg-white pt-4 dark:border-zinc-800 dark:bg-zinc-900">
          <div className="flex flex-wrap items-end gap-3">
            <div className="min-w-64 flex-1">
              <label htmlFor={altId} className="text-sm font-medium">
                Alt text for this use
              </label>
              <input id={altId} className={inputClass} value={alt} onChange={(e) => setAlt(e.target.value)} required />
            </div>
            <button
              type="button"
              className={buttonClass}
              disabled={!alt.trim()}
              onClick={() => onPick({ src: chosen.path, alt: alt.trim() })}
            >
              Use this image
            </button>
          </div>
          {!alt.trim() && (
            <p className="mt-1 text-sm text-red-700 dark:text-red-400">
              Describe the image for people who cannot see it (alt text).
            </p>
          )}
          {hasOwnAlt && alt === currentAlt && currentAlt !== chosen.alt && (
            <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
              Your alt text is kept. The library describes this image as “{chosen.alt}”.{" "}
              <button type="button" className="font-medium underline" onClick={() => setAlt(chosen.alt)}>
                Use the library&apos;s text
              </button>
            </p>
          )}
        </div>
      )}
    </div>
  );
}

type PickerView = "library" | "upload";

/**
 * "Choose from library" for one image field: a dialog with the searchable grid, or "Upload new",
 * which adds the image to the library and uses it at once.
 */
export function MediaPickerDialog({
  fieldLabel,
  currentAlt,
  onPick,
  trigger,
  open,
  onOpenChange,
}: {
  fieldLabel: string;
  currentAlt: string;
  onPick: (image: PickedImage) => void;
  trigger: React.ReactNode;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [view, setView] = useState<PickerView>("library");
  const pick = (image: PickedImage) => {
    onPick(image);
    onOpenChange(false);
  };
  const tab = (value: PickerView, text: string) => (
    <button
      type="button"
      aria-pressed={view === value}
      onClick={() => setView(value)}
      className={`rounded-lg px-3 py-1.5 text-sm font-medium ${view === value ? "bg-brand-600 text-white" : "hover:bg-zinc-100 dark:hover:bg-zinc-800"}`}
    >
      {text}
    </button>
  );
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (next) setView("library");
        onOpenChange(next);
      }}
      trigger={trigger}
      title={`Choose the ${fieldLabel.toLowerCase()}`}
      description="Pick an image of the media library, or upload a new one into it."
    >
      <div className="mb-4 flex gap-2">
        {tab("library", "Library")}
        {tab("upload", "Upload new")}
      </div>
      {view === "library" ? (
        <MediaPicker onPick={pick} currentAlt={currentAlt} />
      ) : (
        <MediaUpload
          onAdded={(m) => {
            void queryClient.invalidateQueries({ queryKey: trpc.media.list.pathKey() });
            pick({ src: m.path, alt: currentAlt.trim() ? currentAlt : m.alt });
          }}
        />
      )}
    </Dialog>
  );
}
