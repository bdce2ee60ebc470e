import Link from "next/link";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-2xl px-4 py-24 text-center">
      <p className="text-sm font-semibold text-brand-700 dark:text-brand-100">404</p>
      <h1 className="mt-2 text-4xl font-bold tracking-tight">We could not find that page</h1>
      <p className="mt-4 text-lg text-zinc-700 dark:text-zinc-300">
        It may have moved, or the link may be mistyped. Try a search, or start from one of these:
      </p>
      <search>
        <form action="/search" method="get" className="mx-auto mt-8 flex max-w-md gap-2">
          <label htmlFor="nf-q" className="sr-only">
            Search
          </label>
          <input
            id="nf-q"
            name="q"
            type="search"
            placeholder="Search the site"
            className="flex-1 rounded-xl border border-zinc-300 bg-white px-4 py-3 dark:border-zinc-700 dark:bg-zinc-900"
          />
          <button type="submit" className="rounded-xl bg-brand-600 px-5 py-3 font-medium text-white hover:bg-brand-700">
            Search
          </button>
        </form>
      </search>
      <ul className="mt-8 flex flex-wrap justify-center gap-4">
        <li>
          <Link href="/" className="underline">
            Home
          </Link>
        </li>
        <li>
          <Link href="/glossary" className="underline">
            Glossary
          </Link>
        </li>
        <li>
          <Link href="/blog" className="underline">
            Blog
          </Link>
        </li>
        <li>
          <Link href="/pricing" className="underline">
            Pricing
          </Link>
        </li>
        <li>
          <Link href="/contact" className="underline">
            Contact us
          </Link>
        </li>
      </ul>
    </div>
  );
}
