"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useDeferredValue, useId, useState } from "react";
import { TRPCReactProvider, useTRPC } from "../../_trpc/client";
import { Snippet } from "../search/snippet";

/**
 * Search as you type over glossary terms. Without JavaScript the same box is a plain form that
 * submits to /search.
 */
function GlossarySearchBox() {
  const trpc = useTRPC();
  const [q, setQ] = useState("");
  const deferred = useDeferredValue(q.trim());
  const resultsId = useId();
  const results = useQuery({
    ...trpc.search.query.queryOptions({ q: deferred, kind: "GLOSSARY", limit: 8 }),
    enabled: deferred.length > 0,
    placeholderData: (previous) => previous,
  });
  const hits = deferred ? (results.data?.hits ?? []) : [];

  return (
    <search>
      <form action="/search" method="get" className="relative mt-8 max-w-xl">
        <input type="hidden" name="kind" value="GLOSSARY" />
        <label htmlFor="glossary-q" className="sr-only">
          Search the glossary
        </label>
        <input
          id="glossary-q"
          name="q"
          type="search"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          placeholder="Search the glossary, e.g. cache"
          autoComplete="off"
          aria-controls={resultsId}
          className="w-full rounded-xl border border-zinc-300 bg-white px-4 py-3 text-base shadow-sm dark:border-zinc-700 dark:bg-zinc-900"
        />
        <div id={resultsId} aria-live="polite">
          {deferred && (
            <div className="absolute z-30 mt-2 w-full rounded-xl border border-zinc-200 bg-white p-2 shadow-lg dark:border-zinc-800 dark:bg-zinc-900">
              {results.isFetching && hits.length === 0 ? (
                <p className="px-3 py-2 text-sm text-zinc-600 dark:text-zinc-400">Searching…</p>
              ) : hits.length === 0 ? (
                <p className="px-3 py-2 text-sm text-zinc-600 dark:text-zinc-400">No terms match “{deferred}”.</p>
              ) : (
                <ul data-testid="glossary-search-results">
                  {hits.map((hit) => (
                    <li key={hit.url}>
                      <Link
                        href={hit.url}
                        className="block rounded-lg px-3 py-2 hover:bg-zinc-100 dark:hover:bg-zinc-800"
                      >
                        <span className="font-medium">{hit.title}</span>
                        <span className="block text-sm text-zinc-600 dark:text-zinc-400">
                          <Snippet parts={hit.snippet} />
                        </span>
                      </Link>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          )}
        </div>
      </form>
    </search>
  );
}

/** An island with its own tRPC client: pages without one load no tRPC, superjson or TanStack Query. */
export function GlossarySearch() {
  return (
    <TRPCReactProvider>
      <GlossarySearchBox />
    </TRPCReactProvider>
  );
}
