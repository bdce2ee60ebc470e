/** Shown on a public page rendered from a draft (Next draft mode), with the way out. */
export function PreviewBanner({ path }: { path: string }) {
  return (
    <div
      role="status"
      className="mb-6 flex flex-wrap items-center justify-between gap-2 rounded-xl border border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
    >
      <span>Preview of a draft — visitors see the published page.</span>
      <a href={`/api/draft?exit=1&to=${encodeURIComponent(path)}`} className="font-medium underline" target="_top">
        Leave preview
      </a>
    </div>
  );
}
