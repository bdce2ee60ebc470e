"use client";

import { useMutation } from "@tanstack/react-query";
import { useEffect, useId, useState } from "react";
import { buttonClass, inputClass, Notice } from "../../_components/ui";
import { uploadFile } from "../../_components/upload";
import { useTRPC } from "../../_trpc/client";
import type { MediaItem } from "./media-picker";

export type Focal = { focalX: number; focalY: number };

/** An image you click to set the focal point; the marker shows where it is. */
export function FocalPointPicker({
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

/** Uploads an image into the library (file, alt text, focal point); the library page and the picker use it. */
export function MediaUpload({ onAdded }: { onAdded: (m: MediaItem) => void }) {
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
