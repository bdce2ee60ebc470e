"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Image from "next/image";
import { useEffect, useId, useState } from "react";
import { buttonClass, dangerButtonClass, inputClass, Notice, secondaryButtonClass } from "../../_components/ui";
import { uploadFile } from "../../_components/upload";
import { useTRPC } from "../../_trpc/client";
import { MediaGrid, type MediaItem, objectPosition } from "../_components/media-picker";

type Focal = { focalX: number; focalY: number };

/** An image you click to set the focal point; the marker shows where it is. */
function FocalPointPicker({
  src,
  alt,
  focal,
  onChange,
  width,
  height,
}: {
  src: string;
  alt: string;
  focal: Focal;
  onChange: (f: Focal) => void;
  width: number;
  height: number;
}) {
  const clamp = (v: number) => Math.min(1, Math.max(0, Math.round(v * 1000) / 1000));
  return (
    <div>
      <button
        type="button"
        className="relative block w-full cursor-crosshair overflow-hidden rounded-xl border border-zinc-200 dark:border-zinc-800"
        aria-label="Set the focal point: click the part of the image that must stay in view"
        data-testid="focal-picker"
        onClick={(e) => {
          const box = e.currentTarget.getBoundingClientRect();
          onChange({
            focalX: clamp((e.clientX - box.left) / box.width),
            focalY: clamp((e.clientY - box.top) / box.height),
          });
        }}
        onKeyDown={(e) => {
          const step = 0.05;
          const moves: Record<string, [number, number]> = {
            ArrowLeft: [-step, 0],
            ArrowRight: [step, 0],
            ArrowUp: [0, -step],
            ArrowDown: [0, step],
          };
          const move = moves[e.key];
          if (!move) return;
          e.preventDefault();
          onChange({ focalX: clamp(focal.focalX + move[0]), focalY: clamp(focal.focalY + move[1]) });
        }}
      >
        {/* biome-ignore lint/performance/noImgElement: a local preview (blob: URL) or a full view; no optimization needed */}
        <img src={src} alt={alt} width={width} height={height} className="h-auto w-full" />
        <span
          aria-hidden
          className="pointer-events-none absolute size-6 -translate-x-1/2 -translate-y-1/2 rounded-full border-4 border-white bg-brand-600/70 shadow-lg"
          style={{ left: `${focal.focalX * 100}%`, top: `${focal.focalY * 100}%` }}
        />
      </button>
      <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400" data-testid="focal-value">
        Focal point: {Math.round(focal.focalX * 100)}% from the left, {Math.round(focal.focalY * 100)}% from the top
        (arrow keys move it).
      </p>
    </div>
  );
}

function UploadPanel({ onAdded }: { onAdded: (m: MediaItem) => void }) {
  const trpc = useTRPC();
  const create = useMutation(trpc.media.create.mutationOptions());
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<{ url: string; width: number; height: number } | null>(null);
  const [alt, setAlt] = useState("");
  const [focal, setFocal] = useState<Focal>({ focalX: 0.5, focalY: 0.5 });
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [altError, setAltError] = useState<string | null>(null);
  const altId = useId();

  useEffect(() => {
    if (!file) return setPreview(null);
    const url = URL.createObjectURL(file);
    const img = new window.Image();
    img.onload = () => setPreview({ url, width: img.naturalWidth, height: img.naturalHeight });
    img.onerror = () => setPreview(null);
    img.src = url;
    return () => URL.revokeObjectURL(url);
  }, [file]);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    if (!file) return setError("Choose an image first.");
    if (!alt.trim()) return setAltError("Describe the image for people who cannot see it (alt text).");
    setError(null);
    setProgress(0);
    try {
      const uploaded = await uploadFile("images", file, setProgress);
      const asset = await create.mutateAsync({ fileId: uploaded.id, alt: alt.trim(), ...focal });
      onAdded(asset);
      setFile(null);
      setAlt("");
      setFocal({ focalX: 0.5, focalY: 0.5 });
      (e.target as HTMLFormElement).reset();
    } catch (err) {
      setError(err instanceof Error ? err.message : "The upload failed. Please try again.");
    } finally {
      setProgress(null);
    }
  }

  return (
    <form onSubmit={submit} className="mt-6 rounded-2xl border border-zinc-200 p-6 dark:border-zinc-800" noValidate>
      <h2 className="text-xl font-semibold">Upload an image</h2>
      <div className="mt-4 grid gap-6 lg:grid-cols-2">
        <div>
          <label className="block text-sm font-medium">
            Image (PNG, JPEG or WebP, up to 10 MB)
            <input
              type="file"
              name="file"
              accept="image/png,image/jpeg,image/webp"
              className="mt-1 block w-full text-sm"
              onChange={(e) => {
                setError(null);
                setFile(e.target.files?.[0] ?? null);
              }}
            />
          </label>
          <label htmlFor={altId} className="mt-4 block text-sm font-medium">
            Alt text (required)
          </label>
          <textarea
            id={altId}
            name="alt"
            rows={3}
            className={inputClass}
            value={alt}
            aria-invalid={altError ? true : undefined}
            aria-describedby={altError ? `${altId}-error` : undefined}
            onChange={(e) => {
              setAlt(e.target.value);
              setAltError(e.target.value.trim() ? null : "Describe the image for people who cannot see it (alt text).");
            }}
            placeholder="What the image shows, e.g. “The new checkout on a phone”"
          />
          {altError && (
            <p id={`${altId}-error`} className="mt-1 text-sm text-red-700 dark:text-red-400">
              {altError}
            </p>
          )}
          <button type="submit" className={`${buttonClass} mt-4`} disabled={progress !== null}>
            {progress !== null ? "Uploading…" : "Upload"}
          </button>
          {progress !== null && (
            <div className="mt-3">
              <progress className="w-full" max={1} value={progress} aria-label="Upload progress" />
              <p className="text-sm text-zinc-600 dark:text-zinc-400">{Math.round(progress * 100)}%</p>
            </div>
          )}
          {error && <Notice tone="error">{error}</Notice>}
        </div>
        {preview ? (
          <FocalPointPicker
            src={preview.url}
            alt={alt || "The chosen image"}
            focal={focal}
            onChange={setFocal}
            width={preview.width}
            height={preview.height}
          />
        ) : (
          <div className="grid min-h-48 place-items-center rounded-xl border border-dashed border-zinc-300 text-sm text-zinc-500 dark:border-zinc-700">
            The image appears here; click it to set the focal point.
          </div>
        )}
      </div>
    </form>
  );
}

function AssetDetails({ id, onGone }: { id: string; onGone: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const asset = useQuery(trpc.media.get.queryOptions({ id }));
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.media.pathKey() });
  const update = useMutation(trpc.media.update.mutationOptions({ onSuccess: refresh }));
  const remove = useMutation(
    trpc.media.delete.mutationOptions({
      onSuccess: () => {
        refresh();
        onGone();
      },
    }),
  );
  const [alt, setAlt] = useState("");
  const [focal, setFocal] = useState<Focal | null>(null);
  const [isConfirming, setIsConfirming] = useState(false);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    if (asset.data) {
      setAlt(asset.data.alt);
      setFocal({ focalX: asset.data.focalX, focalY: asset.data.focalY });
    }
  }, [asset.data]);

  if (asset.isPending) return <div className="mt-6 h-64 animate-pulse rounded-2xl bg-zinc-100 dark:bg-zinc-900" />;
  if (asset.isError) return <Notice tone="error">{asset.error.message}</Notice>;
  const m = asset.data;
  return (
    <section
      aria-labelledby="asset-heading"
      className="mt-6 rounded-2xl border border-zinc-200 p-6 dark:border-zinc-800"
      data-testid="asset-details"
    >
      <h2 id="asset-heading" className="text-xl font-semibold">
        {m.fileName}
      </h2>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        {m.width} × {m.height} · {(m.size / 1024).toFixed(0)} KB · <code>{m.path}</code>
      </p>
      <div className="mt-4 grid gap-6 lg:grid-cols-2">
        {focal && (
          <FocalPointPicker
            src={m.path}
            alt={m.alt}
            focal={focal}
            onChange={(f) => {
              setSaved(false);
              setFocal(f);
            }}
            width={m.width}
            height={m.height}
          />
        )}
        <div>
          <form
            onSubmit={async (e) => {
              e.preventDefault();
              await update.mutateAsync({ id: m.id, alt, ...(focal ?? {}) });
              setSaved(true);
            }}
          >
            <label className="block text-sm font-medium">
              Alt text
              <textarea
                rows={3}
                className={inputClass}
                value={alt}
                onChange={(e) => {
                  setSaved(false);
                  setAlt(e.target.value);
                }}
              />
            </label>
            <button type="submit" className={`${buttonClass} mt-3`} disabled={update.isPending}>
              {update.isPending ? "Saving…" : "Save"}
            </button>
            {saved && (
              <Notice tone="success">Saved. Pages that show this image use the new text and focal point.</Notice>
            )}
            {update.error && <Notice tone="error">{update.error.message}</Notice>}
          </form>
          <p className="mt-6 text-sm font-medium">Preview as a wide crop</p>
          <Image
            src={m.path}
            alt=""
            width={m.width}
            height={m.height}
            sizes="400px"
            className="mt-1 aspect-[3/1] w-full rounded-lg object-cover"
            style={{ objectPosition: focal ? objectPosition(focal) : undefined }}
          />
          <h3 className="mt-6 text-sm font-medium">Used in</h3>
          {m.usedIn.length === 0 ? (
            <p className="text-sm text-zinc-600 dark:text-zinc-400">Not used on any page yet.</p>
          ) : (
            <ul className="mt-1 list-disc pl-5 text-sm" data-testid="used-in">
              {m.usedIn.map((u) => (
                <li key={u.label}>
                  <a href={u.href} className="underline">
                    {u.label}
                  </a>
                </li>
              ))}
            </ul>
          )}
          <div className="mt-6">
            {isConfirming ? (
              <div
                role="alertdialog"
                aria-labelledby="confirm-delete"
                className="rounded-xl bg-red-50 p-4 dark:bg-red-950"
              >
                <p id="confirm-delete" className="font-medium">
                  Delete {m.fileName} for good? Pages cannot show it afterwards.
                </p>
                <div className="mt-3 flex gap-3">
                  <button
                    type="button"
                    className={dangerButtonClass}
                    disabled={remove.isPending}
                    onClick={() => remove.mutate({ id: m.id })}
                  >
                    {remove.isPending ? "Deleting…" : "Yes, delete"}
                  </button>
                  <button
                    type="button"
                    className={secondaryButtonClass}
                    onClick={() => {
                      remove.reset();
                      setIsConfirming(false);
                    }}
                  >
                    Keep it
                  </button>
                </div>
              </div>
            ) : (
              <button type="button" className={dangerButtonClass} onClick={() => setIsConfirming(true)}>
                Delete image
              </button>
            )}
            {remove.error && <Notice tone="error">{remove.error.message}</Notice>}
          </div>
        </div>
      </div>
    </section>
  );
}

export function MediaLibrary() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [selected, setSelected] = useState<string | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  return (
    <>
      <UploadPanel
        onAdded={(m) => {
          queryClient.invalidateQueries({ queryKey: trpc.media.list.pathKey() });
          setAdded(`Added ${m.fileName} to the library.`);
          setSelected(m.id);
        }}
      />
      {added && <Notice tone="success">{added}</Notice>}
      <section aria-labelledby="library-heading" className="mt-8">
        <h2 id="library-heading" className="mb-3 text-xl font-semibold">
          All images
        </h2>
        <MediaGrid onSelect={(m) => setSelected(m.id)} selectedId={selected} />
      </section>
      {selected && <AssetDetails key={selected} id={selected} onGone={() => setSelected(null)} />}
    </>
  );
}
