import Link from "next/link";
import { publicApi } from "../_trpc/public";

/** Rendered on the server from the tagged cache: the home page ships no data-fetching code for it. */
export async function GlossaryPreview() {
  const terms = await publicApi().glossary.list({ limit: 8 });
  if (terms.length === 0) return <p className="mt-4 text-zinc-600">The glossary is empty for now.</p>;
  return (
    <ul className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-4" data-testid="glossary-preview">
      {terms.map((term) => (
        <li key={term.slug} className="rounded-xl border border-zinc-200 p-4 dark:border-zinc-800">
          <Link
            href={`/glossary/${term.slug}`}
            className="font-semibold hover:text-brand-700 dark:hover:text-brand-100"
          >
            {term.term}
          </Link>
          <p className="text-sm text-zinc-500 dark:text-zinc-400">{term.pronunciation}</p>
          <p className="mt-2 line-clamp-3 text-sm text-zinc-700 dark:text-zinc-300">{term.summary}</p>
        </li>
      ))}
    </ul>
  );
}

export function GlossaryPreviewSkeleton() {
  return (
    <ul className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-4" aria-busy="true" aria-label="Loading glossary terms">
      {Array.from({ length: 8 }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: static placeholders
        <li key={i} className="h-32 animate-pulse rounded-xl bg-zinc-100 dark:bg-zinc-900" />
      ))}
    </ul>
  );
}
