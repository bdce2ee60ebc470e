"use client";

import { TextField } from "./fields";
import { ImageField } from "./image-field";

interface Seo {
  seoTitle: string;
  seoDescription: string;
  seoImage: string;
  seoImageAlt: string;
}

/** SEO fields with what a search result and a shared link would show (the pages' generateMetadata uses the same fallbacks). */
export function SeoPanel(props: {
  data: Seo;
  set: (patch: Partial<Seo>) => void;
  errors: Record<string, string | undefined>;
  fallbackTitle: string;
  fallbackDescription: string;
  path: string | null;
}) {
  const { data, set, errors } = props;
  const title = data.seoTitle.trim() || props.fallbackTitle;
  const description = (data.seoDescription.trim() || props.fallbackDescription).slice(0, 160);
  const host = typeof window === "undefined" ? "atelier" : window.location.host;
  return (
    <section aria-labelledby="seo-heading" className="mt-8 rounded-2xl border border-zinc-200 p-5 dark:border-zinc-800">
      <h2 id="seo-heading" className="text-lg font-semibold">
        Search and sharing
      </h2>
      <div className="mt-4 grid gap-4 sm:grid-cols-2">
        <TextField
          id="f-seo-title"
          label={`SEO title (${data.seoTitle.length}/70)`}
          value={data.seoTitle}
          onChange={(seoTitle) => set({ seoTitle })}
          error={errors.seoTitle}
          isOptional
        />
        <TextField
          id="f-seo-description"
          label={`SEO description (${data.seoDescription.length}/160)`}
          value={data.seoDescription}
          onChange={(seoDescription) => set({ seoDescription })}
          error={errors.seoDescription}
          textarea
          isOptional
        />
      </div>
      <div className="mt-4">
        <ImageField
          id="f-seo-image"
          label="Social image"
          {...{ data, set, errors }}
          pathKey="seoImage"
          altKey="seoImageAlt"
          altHint="Shown on shared links (1200 × 630 works best). Required to publish with a social image."
        />
      </div>
      <div className="mt-5 grid gap-4 lg:grid-cols-2">
        <figure
          aria-label="Search result preview"
          className="rounded-xl border border-zinc-200 bg-white p-4 dark:border-zinc-700"
        >
          <figcaption className="text-xs font-medium uppercase tracking-wide text-zinc-600">Search result</figcaption>
          <p className="mt-2 truncate text-sm text-zinc-700">
            {host}
            {props.path ?? ""}
          </p>
          <p className="truncate text-lg text-blue-800" data-testid="snippet-title">
            {title}
          </p>
          <p className="line-clamp-2 text-sm text-zinc-700">{description}</p>
        </figure>
        <figure
          aria-label="Shared link preview"
          className="overflow-hidden rounded-xl border border-zinc-200 bg-white dark:border-zinc-700"
        >
          {data.seoImage ? (
            // biome-ignore lint/performance/noImgElement: a preview of whatever path is typed, of unknown size
            <img
              src={data.seoImage}
              alt={data.seoImageAlt}
              className="aspect-[1.91/1] w-full bg-zinc-100 object-cover"
            />
          ) : (
            <div className="flex aspect-[1.91/1] w-full items-center justify-center bg-brand-600 p-6 text-center text-xl font-semibold text-white">
              {title}
            </div>
          )}
          <figcaption className="p-3">
            <span className="block text-xs uppercase text-zinc-600">{host}</span>
            <span className="block truncate font-medium text-zinc-900">{title}</span>
            <span className="line-clamp-1 text-sm text-zinc-700">{description}</span>
          </figcaption>
        </figure>
      </div>
    </section>
  );
}
