"use client";

import { useState } from "react";

/** A comparison slider: the before image covers the after one up to the handle (left = before, as labelled). Keyboard operable. */
export function BeforeAfter({ beforeSrc, afterSrc }: { beforeSrc: string; afterSrc: string }) {
  const [position, setPosition] = useState(50);
  return (
    <figure className="mt-8">
      <div
        className="relative overflow-hidden rounded-2xl border border-zinc-200 dark:border-zinc-800"
        data-testid="before-after"
      >
        {/* The redesign underneath; the current hero covers it up to the handle, so "Before" is on the left. */}
        {/* biome-ignore lint/performance/noImgElement: private, per-visitor images outside the image optimizer */}
        <img src={afterSrc} alt="The redesigned hero section" className="block w-full" />
        <div
          className="absolute inset-0"
          style={{ clipPath: `inset(0 ${100 - position}% 0 0)` }}
          data-testid="before-layer"
        >
          {/* biome-ignore lint/performance/noImgElement: private, per-visitor images outside the image optimizer */}
          <img src={beforeSrc} alt="Your current hero section" className="block h-full w-full object-cover" />
        </div>
        <div aria-hidden="true" className="absolute inset-y-0 w-0.5 bg-white shadow" style={{ left: `${position}%` }} />
      </div>
      <label className="mt-4 flex items-center gap-3 text-sm">
        <span>Before</span>
        <input
          type="range"
          min={0}
          max={100}
          value={position}
          onChange={(e) => setPosition(Number(e.target.value))}
          aria-label="Compare before and after"
          className="flex-1"
        />
        <span>After</span>
      </label>
      <figcaption className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
        Drag the slider to compare your current hero with the redesign.
      </figcaption>
    </figure>
  );
}
