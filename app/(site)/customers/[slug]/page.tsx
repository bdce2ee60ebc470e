import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { PreviewBanner } from "@/app/_components/preview-banner";
import { orMissing, publicApi } from "@/app/_trpc/public";
import { renderMarkdown } from "@/server/content/markdown";
import { previewStory } from "@/server/content-studio/public";
import { Prose } from "../../../_components/prose";
import { BeforeAfter, FixedImage, imageOf } from "../../_components/visuals";

export const dynamicParams = true;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };
const getStory = cache(
  async (slug: string) =>
    (await previewStory(slug)) ?? orMissing(`/customers/${slug}`, publicApi().customers.bySlug({ slug })),
);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const c = await getStory((await params).slug);
  const title = c.seoTitle ?? `${c.customer} — customer story`;
  const description = c.seoDescription ?? c.summary;
  const image = c.seoImage ?? c.imagePath;
  return {
    title,
    description,
    alternates: { canonical: `/customers/${c.slug}` },
    openGraph: { title, description, ...(image && { images: [{ url: image }] }) },
  };
}

export default async function CustomerStoryPage({ params }: Props) {
  const c = await getStory((await params).slug);
  return (
    <article className="mx-auto max-w-5xl px-4 py-12">
      {"isPreview" in c && <PreviewBanner path={`/customers/${c.slug}`} />}
      <nav aria-label="Breadcrumb" className="text-sm text-zinc-600 dark:text-zinc-400">
        <Link href="/customers" className="hover:underline">
          Customers
        </Link>{" "}
        / {c.industry}
      </nav>
      {c.logoUrl && <FixedImage src={c.logoUrl} alt="" width={160} height={32} className="mt-6 h-8 w-auto" />}
      <h1 className="mt-4 text-4xl font-bold tracking-tight">{c.customer}</h1>
      <p className="mt-4 max-w-3xl text-xl text-zinc-700 dark:text-zinc-300">{c.summary}</p>
      <div className="mt-8">
        <BeforeAfter
          before={imageOf(c.beforePath, c.beforeAlt)}
          after={imageOf(c.imagePath, c.imageAlt)}
          sizes="(min-width: 1024px) 488px, (min-width: 768px) 48vw, 100vw"
          isPriority
        />
      </div>
      <div className="mx-auto max-w-3xl">
        <dl className="mt-8 grid grid-cols-3 gap-4 rounded-2xl bg-zinc-50 p-6 dark:bg-zinc-900">
          {c.results.map((r) => (
            <div key={r.label}>
              <dt className="text-sm text-zinc-600 dark:text-zinc-400">{r.label}</dt>
              <dd className="text-2xl font-bold text-brand-700 dark:text-brand-100">{r.value}</dd>
            </div>
          ))}
        </dl>
        <figure className="mt-8 border-l-4 border-brand-500 pl-6">
          <blockquote className="text-lg italic">“{c.quote}”</blockquote>
          <figcaption className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">— {c.quoteAuthor}</figcaption>
        </figure>
        <Prose html={renderMarkdown(c.body)} className="mt-8" />
        {c.services.length > 0 && (
          <p className="mt-10 text-sm text-zinc-600 dark:text-zinc-400">
            Services:{" "}
            {c.services.map((s, i) => (
              <span key={s.slug}>
                {i > 0 && ", "}
                <Link href={`/services/${s.slug}`} className="underline">
                  {s.name}
                </Link>
              </span>
            ))}
          </p>
        )}
      </div>
    </article>
  );
}
