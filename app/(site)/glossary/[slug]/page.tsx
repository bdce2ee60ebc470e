import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { PreviewBanner } from "@/app/_components/preview-banner";
import { orMissing, publicApi } from "@/app/_trpc/public";
import { renderMarkdown } from "@/server/content/markdown";
import { previewTerm } from "@/server/content-studio/public";
import { JsonLd } from "../../../_components/json-ld";
import { Prose } from "../../../_components/prose";
import { absoluteUrl, formatDate } from "../../../_components/site";

// Rendered on first request, then served from cache until its tags are invalidated.
export const dynamicParams = true;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

// In draft mode (the editor's preview, a shared preview link) the draft; otherwise the published term.
const getTerm = cache(
  async (slug: string) =>
    (await previewTerm(slug)) ?? orMissing(`/glossary/${slug}`, publicApi().glossary.bySlug({ slug })),
);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const term = await getTerm(slug);
  const title = term.seoTitle ?? `What is ${term.term}? Definition and guide`;
  const description = term.seoDescription ?? term.summary.slice(0, 155);
  return {
    title,
    description,
    alternates: { canonical: `/glossary/${term.slug}` },
    openGraph: { title, description, type: "article", url: `/glossary/${term.slug}` },
    twitter: { card: "summary_large_image", title, description },
    ...(term.seoImage && {
      openGraph: {
        title,
        description,
        type: "article",
        url: `/glossary/${term.slug}`,
        images: [{ url: term.seoImage }],
      },
      twitter: { card: "summary_large_image", title, description, images: [term.seoImage] },
    }),
  };
}

export default async function GlossaryTermPage({ params }: Props) {
  const { slug } = await params;
  const term = await getTerm(slug);
  const url = absoluteUrl(`/glossary/${term.slug}`);

  return (
    <article className="mx-auto max-w-3xl px-4 py-12">
      {"isPreview" in term && <PreviewBanner path={`/glossary/${term.slug}`} />}
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": "DefinedTerm",
          "@id": url,
          name: term.term,
          description: term.summary,
          url,
          termCode: term.slug,
          inDefinedTermSet: {
            "@type": "DefinedTermSet",
            "@id": absoluteUrl("/glossary"),
            name: "Atelier Web Design Glossary",
            url: absoluteUrl("/glossary"),
          },
        }}
      />
      <nav aria-label="Breadcrumb" className="text-sm text-zinc-600 dark:text-zinc-400">
        <Link href="/glossary" className="hover:underline">
          Glossary
        </Link>{" "}
        / <span className="capitalize">{term.category === "seo" ? "SEO" : term.category}</span>
      </nav>
      <header className="mt-4">
        <h1 className="text-4xl font-bold tracking-tight">{term.term}</h1>
        <p className="mt-2 text-lg text-zinc-600 dark:text-zinc-400" data-testid="pronunciation">
          {term.pronunciation}
        </p>
      </header>
      <p className="mt-6 text-xl leading-8 text-zinc-800 dark:text-zinc-200" data-testid="definition">
        {term.summary}
      </p>

      {term.sections.map((section) => (
        <section key={section.heading} className="mt-10">
          <h2 className="text-2xl font-semibold">{section.heading}</h2>
          <Prose html={renderMarkdown(section.body)} className="mt-4" />
        </section>
      ))}

      {term.related.length > 0 && (
        <section aria-labelledby="related-heading" className="mt-12">
          <h2 id="related-heading" className="text-2xl font-semibold">
            Related terms
          </h2>
          <ul className="mt-4 grid gap-3 sm:grid-cols-2" data-testid="related-terms">
            {term.related.map((r) => (
              <li key={r.slug} className="rounded-xl border border-zinc-200 p-4 dark:border-zinc-800">
                <Link
                  href={`/glossary/${r.slug}`}
                  className="font-medium text-brand-700 hover:underline dark:text-brand-100"
                >
                  {r.term}
                </Link>
                <p className="mt-1 line-clamp-2 text-sm text-zinc-600 dark:text-zinc-400">{r.summary}</p>
              </li>
            ))}
          </ul>
        </section>
      )}

      <footer className="mt-12 border-t border-zinc-200 pt-6 dark:border-zinc-800">
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Last updated <time dateTime={term.updatedAt.toISOString()}>{formatDate(term.updatedAt)}</time>
        </p>
        <nav aria-label="Previous and next terms" className="mt-4 flex justify-between gap-4 text-sm">
          {term.previous ? (
            <Link href={`/glossary/${term.previous.slug}`} rel="prev" className="hover:underline">
              ← {term.previous.term}
            </Link>
          ) : (
            <span />
          )}
          {term.next && (
            <Link href={`/glossary/${term.next.slug}`} rel="next" className="hover:underline">
              {term.next.term} →
            </Link>
          )}
        </nav>
      </footer>
    </article>
  );
}
