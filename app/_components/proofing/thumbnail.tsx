"use client";

import { useState } from "react";
import { previewUrl, typeLabel, viewKindOf } from "./file-kind";

/**
 * A small server-made picture of an image file (WebP from sharp, cached); other types, and images
 * that cannot be read, show their type instead. Decorative next to the file's name.
 */
export function Thumbnail({ file, size = 48 }: { file: { id: string; mime: string }; size?: number }) {
  const [isBroken, setBroken] = useState(false);
  const box = { width: size, height: size };
  if (viewKindOf(file.mime) !== "image" || isBroken)
    return (
      <span
        aria-hidden="true"
        style={box}
        className="inline-flex shrink-0 items-center justify-center rounded-lg border border-zinc-200 bg-zinc-50 text-[10px] font-semibold text-zinc-600 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-300"
      >
        {typeLabel(file.mime)}
      </span>
    );
  return (
    // biome-ignore lint/performance/noImgElement: private, per-person previews outside the image optimizer
    <img
      src={previewUrl(file.id, "thumb")}
      alt=""
      style={box}
      loading="lazy"
      onError={() => setBroken(true)}
      className="shrink-0 rounded-lg border border-zinc-200 bg-zinc-50 object-cover dark:border-zinc-700"
    />
  );
}
