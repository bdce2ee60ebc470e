import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { publicApi } from "@/app/_trpc/public";
import { formatDate } from "../../_components/site";

export const metadata: Metadata = {
  title: "Blog",
  description: "Notes from the studio on web design, conversion, performance and running a design subscription.",
  alternates: { canonical: "/blog", types: { "application/atom+xml": "/blog/feed.xml" } },
};

export default async function BlogIndexPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const raw = await searchParams;
  // A page that does not exist is a 404, as a path that does not exist is: "?page=abc", "-1" or
  // "99999" must not quietly show page 1 (or the last page) under a URL that says otherwise.
  const rawPage = raw.page ?? "1";
  if (!/^[1-9]\d{0,3}$/.test(rawPage)) notFound();
  const requested = Number(rawPage);
  const tag = /^[a-z0-9-]{1,40}$/.test(raw.tag ?? "") ? raw.tag : undefined;
  const api = publicApi();
  const [list, tags] = await Promise.all([api.blog.list({ page: requested, tag }), api.blog.tags()]);
  if (list.page !== requested) notFound();
  const pageHref = (page: number) => `/blog?${new URLSearchParams({ ...(tag && { tag }), page: String(page) })}`;

  return (
    <div className="mx-auto max-w-6xl px-4 py-12">
      <h1 className="text-4xl font-bold tracking-tight">Blog</h1>
      <p className="mt-3 text-lg text-zinc-600 dark:text-zinc-300">How we think about design that earns its keep.</p>

      <nav aria-label="Tags" className="mt-6 flex flex-wrap gap-2 text-sm">
        <Link
          href="/blog"
          aria-current={!tag ? "page" : undefined}
          className="rounded-full border border-zinc-300 px-3 py-1 aria-[current=page]:border-brand-600 aria-[current=page]:bg-brand-50 aria-[current=page]:text-brand-700 dark:border-zinc-700 dark:aria-[current=page]:bg-brand-700 dark:aria-[current=page]:text-white"
        >
          All posts
        </Link>
        {tags.map((t) => (
          <Link
            key={t.tag}
            href={`/blog?tag=${t.tag}`}
            aria-current={tag === t.tag ? "page" : undefined}
            className="rounded-full border border-zinc-300 px-3 py-1 aria-[current=page]:border-brand-600 aria-[current=page]:bg-brand-50 aria-[current=page]:text-brand-700 dark:border-zinc-700 dark:aria-[current=page]:bg-brand-700 dark:aria-[current=page]:text-white"
          >
            #{t.tag} ({t.count})
          </Link>
        ))}
      </nav>

      {list.posts.length === 0 ? (
        <p className="mt-10">No posts with this tag yet.</p>
      ) : (
        <ul className="mt-10 grid gap-8 md:grid-cols-2 lg:grid-cols-3" data-testid="blog-posts">
          {list.posts.map((post) => (
            <li key={post.slug} className="flex flex-col rounded-2xl border border-zinc-200 p-6 dark:border-zinc-800">
              <p className="text-sm text-zinc-600 dark:text-zinc-400">
                {post.publishedAt && (
                  <time dateTime={post.publishedAt.toISOString()}>{formatDate(post.publishedAt)}</time>
                )}{" "}
                · {post.readingMinutes} min read
              </p>
              <h2 className="mt-2 text-xl font-semibold">
                <Link href={`/blog/${post.slug}`} className="hover:text-brand-700 dark:hover:text-brand-100">
                  {post.title}
                </Link>
              </h2>
              <p className="mt-3 flex-1 text-zinc-700 dark:text-zinc-300">{post.excerpt}</p>
              <p className="mt-4 text-sm text-zinc-600 dark:text-zinc-400">{post.author}</p>
            </li>
          ))}
        </ul>
      )}

      {list.pageCount > 1 && (
        <nav aria-label="Pages" className="mt-10 flex items-center justify-center gap-2 text-sm">
          {list.page > 1 && (
            <Link
              href={pageHref(list.page - 1)}
              rel="prev"
              className="rounded-lg border border-zinc-300 px-3 py-2 dark:border-zinc-700"
            >
              ← Newer
            </Link>
          )}
          <span className="px-3 py-2">
            Page {list.page} of {list.pageCount}
          </span>
          {list.page < list.pageCount && (
            <Link
              href={pageHref(list.page + 1)}
              rel="next"
              className="rounded-lg border border-zinc-300 px-3 py-2 dark:border-zinc-700"
            >
              Older →
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}
