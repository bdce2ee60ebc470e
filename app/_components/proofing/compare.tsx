"use client";

import { useEffect, useId, useState } from "react";
import { inputClass } from "../ui";
import { downloadUrl, previewUrl, viewKindOf } from "./file-kind";
import { pdfPageImage } from "./pdf";
import type { ProofVersion } from "./viewer";

/** A picture of a version to compare: the image's preview, or the first page of a PDF drawn in the browser. */
function useVersionPicture(version: ProofVersion | undefined) {
  const [state, setState] = useState<{ url: string | null; isBroken: boolean }>({ url: null, isBroken: false });
  useEffect(() => {
    if (!version) return;
    const kind = viewKindOf(version.file.mime);
    if (kind === "image") return setState({ url: previewUrl(version.file.id, "view"), isBroken: false });
    if (kind === "other") return setState({ url: null, isBroken: true });
    let isCurrent = true;
    let made: string | null = null;
    setState({ url: null, isBroken: false });
    pdfPageImage(downloadUrl(version.file.id))
      .then((url) => {
        made = url;
        if (isCurrent) setState({ url, isBroken: false });
        else URL.revokeObjectURL(url);
      })
      .catch(() => isCurrent && setState({ url: null, isBroken: true }));
    return () => {
      isCurrent = false;
      if (made) URL.revokeObjectURL(made);
    };
  }, [version]);
  return state;
}

function Picture({
  version,
  picture,
  className,
}: {
  version: ProofVersion;
  picture: ReturnType<typeof useVersionPicture>;
  className?: string;
}) {
  if (picture.isBroken)
    return (
      <p className="p-6 text-sm" role="status">
        We can’t preview version {version.version} — download it to compare.
      </p>
    );
  if (!picture.url) return <div className="aspect-[4/3] w-full animate-pulse bg-zinc-200 dark:bg-zinc-800" />;
  return (
    // biome-ignore lint/performance/noImgElement: private, per-person previews (or blob: pages) outside the image optimizer
    <img
      src={picture.url}
      alt={`Version ${version.version}`}
      className={className ?? "block w-full"}
      draggable={false}
    />
  );
}

/**
 * Two versions of a request side by side, or one over the other with a slider: the older one
 * ("Before") shows left of the handle, the newer one ("After") right of it — as the labels say.
 */
export function CompareVersions({ versions }: { versions: ProofVersion[] }) {
  const id = useId();
  const [beforeId, setBeforeId] = useState(versions[1]?.id ?? "");
  const [afterId, setAfterId] = useState(versions[0]?.id ?? "");
  const [mode, setMode] = useState<"slider" | "side-by-side">("slider");
  const [position, setPosition] = useState(50);
  const before = versions.find((v) => v.id === beforeId) ?? versions[1];
  const after = versions.find((v) => v.id === afterId) ?? versions[0];
  const beforePicture = useVersionPicture(before);
  const afterPicture = useVersionPicture(after);
  if (!before || !after) return null;
  const picker = (label: string, value: string, onChange: (v: string) => void) => (
    <div>
      <label htmlFor={`${id}-${label}`} className="text-sm font-medium">
        {label}
      </label>
      <select id={`${id}-${label}`} className={inputClass} value={value} onChange={(e) => onChange(e.target.value)}>
        {versions.map((v) => (
          <option key={v.id} value={v.id}>
            Version {v.version}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <div className="mt-4" data-testid="compare">
      <div className="flex flex-wrap items-end gap-3">
        {picker("Before", before.id, setBeforeId)}
        {picker("After", after.id, setAfterId)}
        <fieldset className="flex gap-3 text-sm">
          <legend className="sr-only">How to compare</legend>
          <label className="flex items-center gap-1">
            <input type="radio" name={`${id}-mode`} checked={mode === "slider"} onChange={() => setMode("slider")} />{" "}
            Slider
          </label>
          <label className="flex items-center gap-1">
            <input
              type="radio"
              name={`${id}-mode`}
              checked={mode === "side-by-side"}
              onChange={() => setMode("side-by-side")}
            />{" "}
            Side by side
          </label>
        </fieldset>
      </div>
      {mode === "side-by-side" ? (
        <div className="mt-4 grid gap-4 sm:grid-cols-2" data-testid="compare-side-by-side">
          {[["Before", before, beforePicture] as const, ["After", after, afterPicture] as const].map(
            ([label, version, picture]) => (
              <figure key={label} className="overflow-hidden rounded-xl border border-zinc-200 dark:border-zinc-800">
                <Picture version={version} picture={picture} />
                <figcaption className="p-2 text-sm">
                  {label}: version {version.version}
                </figcaption>
              </figure>
            ),
          )}
        </div>
      ) : (
        <figure className="mt-4">
          <div
            className="relative overflow-hidden rounded-xl border border-zinc-200 bg-white dark:border-zinc-800"
            data-testid="compare-slider"
          >
            <Picture version={after} picture={afterPicture} />
            {/* The older version covers the newer one up to the handle: "Before" is on the left. */}
            <div
              className="absolute inset-0 bg-white"
              style={{ clipPath: `inset(0 ${100 - position}% 0 0)` }}
              data-testid="compare-before-layer"
            >
              <Picture
                version={before}
                picture={beforePicture}
                className="block h-full w-full object-contain object-top"
              />
            </div>
            <div
              aria-hidden="true"
              className="absolute inset-y-0 w-0.5 bg-brand-600 shadow"
              style={{ left: `${position}%` }}
            />
          </div>
          <label className="mt-3 flex items-center gap-3 text-sm">
            <span>Before (v{before.version})</span>
            <input
              type="range"
              min={0}
              max={100}
              value={position}
              onChange={(e) => setPosition(Number(e.target.value))}
              aria-label={`Compare version ${before.version} (before, left) with version ${after.version} (after, right)`}
              className="flex-1"
            />
            <span>After (v{after.version})</span>
          </label>
        </figure>
      )}
    </div>
  );
}
