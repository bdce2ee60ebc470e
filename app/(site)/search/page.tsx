import type { Metadata } from "next";
import Link from "next/link";
import { publicApi } from "@/app/_trpc/public";
import { Snippet } from "./snippet";

export const metadata: Metadata = { title: "Search", robots: { index: false }, alternates: { canonical: "/search" } };

const kindLabel = { GLOSSARY: "Glossary", BLOG: "Blog", FAQ: "FAQ" } as const;
const kinds = ["GLOSSARY", "BLOG", "FAQ"] as const;

export default async function SearchPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const raw = await searchParams;
  const q = (raw.q ?? "").slice(0, 200);
  const kind = kinds.find((k) => k === raw.kind);
  const cursor = Math.min(Math.max(0, Number.parseInt(raw.cursor ?? "0", 10) || 0), 10_000);
  const page = q.trim() ? await publicApi().search.query({ q, kind, limit: 10, cursor }) : null;
  const next =
    page?.nextCursor != null
      ? `/search?${new URLSearchParams({ q, ...(kind && { kind }), cursor: String(page.nextCursor) })}`
      : null;

  return (
    <div className="mx-auto max-w-3xl px-4 py-12">
      <h1 className="text-4xl font-bold tracking-tight">Search</h1>
      <search>
        <form action="/search" method="get" className="mt-6 flex gap-2">
          <label htmlFor="search-q" className="sr-only">
            Search the glossary, blog and FAQ
          </label>
          <input
            id="search-q"
            name="q"
            type="search"
            defaultValue={q}
            placeholder="Search the glossary, blog and FAQ"
            className="flex-1 rounded-xl border border-zinc-300 bg-white px-4 py-3 dark:border-zinc-700 dark:bg-zinc-900"
          />
          {kind && <input type="hidden" name="kind" value={kind} />}
          <button type="submit" className="rounded-xl bg-brand-600 px-5 py-3 font-medium text-white hover:bg-brand-700">
            Search
          </button>
        </form>
      </search>
      {page && (
        <section aria-label="Results" className="mt-8">
          <p role="status" className="text-sm text-zinc-600 dark:text-zinc-400">
            {page.hits.length === 0
              ? `Nothing found for “${q}”.`
              : `Results for “${q}”${kind ? ` in ${kindLabel[kind]}` : ""}`}
          </p>
          <ol className="mt-4 space-y-4" start={cursor + 1} data-testid="search-results">
            {page.hits.map((hit) => (
              <li key={hit.url} className="rounded-xl border border-zinc-200 p-4 dark:border-zinc-800">
                <p className="text-xs font-semibold uppercase tracking-wide text-brand-700 dark:text-brand-100">
                  {kindLabel[hit.kind]}
                </p>
                <Link href={hit.url} className="text-lg font-medium hover:underline">
                  {hit.title}
                </Link>
                <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">
                  <Snippet parts={hit.snippet} />
                </p>
              </li>
            ))}
          </ol>
          <nav aria-label="More results" className="mt-6 flex justify-between text-sm">
            {cursor > 0 ? (
              <Link href={`/search?${new URLSearchParams({ q, ...(kind && { kind }) })}`} className="underline">
                ← First results
              </Link>
            ) : (
              <span />
            )}
            {next && (
              <Link href={next} rel="next" className="underline">
                More results →
              </Link>
            )}
          </nav>
        </section>
      )}
    </div>
  );
}
