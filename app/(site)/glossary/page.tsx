import type { Metadata } from "next";
import Link from "next/link";
import { publicApi } from "@/app/_trpc/public";
import { glossaryCategories } from "@/server/glossary/schemas";
import { GlossarySearch } from "./glossary-search";

export const metadata: Metadata = {
  title: "Web Design Glossary",
  description:
    "Plain-English definitions of the web design, development, SEO and hosting terms you meet when building a website.",
  alternates: { canonical: "/glossary" },
  openGraph: { title: "Web Design Glossary · Atelier", type: "website", url: "/glossary" },
};

type Search = { letter?: string; category?: string };

function filterHref(current: Search, change: Partial<Search>) {
  const next = { ...current, ...change };
  const params = new URLSearchParams(Object.entries(next).filter(([, v]) => v) as [string, string][]);
  const qs = params.toString();
  return qs ? `/glossary?${qs}` : "/glossary";
}

export default async function GlossaryIndexPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const raw = await searchParams;
  const letter = /^[A-Za-z#]$/.test(raw.letter ?? "") ? raw.letter?.toUpperCase() : undefined;
  const category = glossaryCategories.find((c) => c === raw.category);
  const current: Search = { letter, category };
  const index = await publicApi().glossary.index({ letter, category });

  return (
    <div className="mx-auto max-w-6xl px-4 py-12">
      <header className="max-w-3xl">
        <p className="text-sm font-medium text-brand-700 dark:text-brand-100">Web Design Glossary</p>
        <h1 className="mt-2 text-4xl font-bold tracking-tight">The words behind a good website</h1>
        <p className="mt-4 text-lg text-zinc-600 dark:text-zinc-300">
          {index.total} terms from design, frontend, backend, SEO and hosting — explained the way we explain them to
          clients.
        </p>
      </header>

      <GlossarySearch />

      <nav aria-label="Glossary letters" className="mt-8">
        <ul className="flex flex-wrap gap-1">
          <li>
            <Link
              href={filterHref(current, { letter: undefined })}
              aria-current={!letter ? "page" : undefined}
              className="inline-flex h-9 items-center rounded-md px-3 text-sm font-medium hover:bg-zinc-100 aria-[current=page]:bg-brand-600 aria-[current=page]:text-white dark:hover:bg-zinc-800"
            >
              All
            </Link>
          </li>
          {index.letters.map(({ letter: l, count }) => (
            <li key={l}>
              {count > 0 ? (
                <Link
                  href={filterHref(current, { letter: l })}
                  aria-current={letter === l ? "page" : undefined}
                  aria-label={`${l}: ${count} ${count === 1 ? "term" : "terms"}`}
                  className="inline-flex h-9 min-w-9 flex-col items-center justify-center rounded-md px-2 text-sm font-medium hover:bg-zinc-100 aria-[current=page]:bg-brand-600 aria-[current=page]:text-white dark:hover:bg-zinc-800"
                >
                  {l}
                  <span className="text-[10px] leading-none">{count}</span>
                </Link>
              ) : (
                <span
                  aria-hidden="true"
                  className="inline-flex h-9 min-w-9 items-center justify-center text-sm text-zinc-500 dark:text-zinc-500"
                >
                  {l}
                </span>
              )}
            </li>
          ))}
        </ul>
      </nav>

      <nav aria-label="Glossary categories" className="mt-4 flex flex-wrap gap-2 text-sm">
        <Link
          href={filterHref(current, { category: undefined })}
          aria-current={!category ? "page" : undefined}
          className="rounded-full border border-zinc-300 px-3 py-1 aria-[current=page]:border-brand-600 aria-[current=page]:bg-brand-50 aria-[current=page]:text-brand-700 dark:border-zinc-700 dark:aria-[current=page]:bg-brand-700 dark:aria-[current=page]:text-white"
        >
          All categories
        </Link>
        {index.categories.map((c) => (
          <Link
            key={c.category}
            href={filterHref(current, { category: c.category })}
            aria-current={category === c.category ? "page" : undefined}
            className="rounded-full border border-zinc-300 px-3 py-1 capitalize aria-[current=page]:border-brand-600 aria-[current=page]:bg-brand-50 aria-[current=page]:text-brand-700 dark:border-zinc-700 dark:aria-[current=page]:bg-brand-700 dark:aria-[current=page]:text-white"
          >
            {c.category === "seo" ? "SEO" : c.category} ({c.count})
          </Link>
        ))}
      </nav>

      <h2 className="sr-only">Terms</h2>
      {index.terms.length === 0 ? (
        <p className="mt-10 text-zinc-600 dark:text-zinc-400">
          No terms match these filters.{" "}
          <Link href="/glossary" className="underline">
            Show all terms
          </Link>
          .
        </p>
      ) : (
        <ul className="mt-8 grid gap-4 sm:grid-cols-2 lg:grid-cols-3" data-testid="glossary-terms">
          {index.terms.map((t) => (
            <li
              key={t.slug}
              className="rounded-xl border border-zinc-200 p-5 transition hover:border-brand-500 dark:border-zinc-800"
            >
              <h3 className="font-semibold">
                <Link href={`/glossary/${t.slug}`} className="hover:text-brand-700 dark:hover:text-brand-100">
                  {t.term}
                </Link>
              </h3>
              <p className="text-sm text-zinc-600 dark:text-zinc-400">{t.pronunciation}</p>
              <p className="mt-2 line-clamp-3 text-sm text-zinc-700 dark:text-zinc-300">{t.summary}</p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
