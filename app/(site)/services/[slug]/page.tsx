import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { PreviewBanner } from "@/app/_components/preview-banner";
import { orMissing, publicApi } from "@/app/_trpc/public";
import { renderMarkdown } from "@/server/content/markdown";
import { previewService } from "@/server/content-studio/public";
import { Prose } from "../../../_components/prose";
import { heroRedesignHref } from "../../../_components/site-header";
import { imageOf, SiteImage } from "../../_components/visuals";

export const dynamicParams = true;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };
const getService = cache(
  async (slug: string) =>
    (await previewService(slug)) ?? orMissing(`/services/${slug}`, publicApi().services.bySlug({ slug })),
);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const s = await getService((await params).slug);
  const title = s.seoTitle ?? s.name;
  const description = s.seoDescription ?? s.summary;
  const image = s.seoImage ?? s.imagePath;
  return {
    title,
    description,
    alternates: { canonical: `/services/${s.slug}` },
    openGraph: { title, description, ...(image && { images: [{ url: image }] }) },
  };
}

export default async function ServicePage({ params }: Props) {
  const s = await getService((await params).slug);
  return (
    <article className="mx-auto max-w-3xl px-4 py-12">
      {"isPreview" in s && <PreviewBanner path={`/services/${s.slug}`} />}
      <nav aria-label="Breadcrumb" className="text-sm text-zinc-600 dark:text-zinc-400">
        <Link href="/services" className="hover:underline">
          Services
        </Link>
      </nav>
      <h1 className="mt-4 text-4xl font-bold tracking-tight">{s.name}</h1>
      <p className="mt-4 text-xl text-zinc-700 dark:text-zinc-300">{s.summary}</p>
      {s.imagePath && (
        <div className="mt-8 overflow-hidden rounded-2xl border border-zinc-200 dark:border-zinc-800">
          <SiteImage
            image={imageOf(s.imagePath, s.imageAlt) as NonNullable<ReturnType<typeof imageOf>>}
            isPriority
            sizes="(min-width: 768px) 720px, 100vw"
          />
        </div>
      )}
      <Prose html={renderMarkdown(s.body)} className="mt-8" />
      {s.caseStudies.length > 0 && (
        <section aria-labelledby="work-heading" className="mt-12">
          <h2 id="work-heading" className="text-2xl font-semibold">
            Work we did
          </h2>
          <ul className="mt-4 grid gap-4 sm:grid-cols-2">
            {s.caseStudies.map((c) => (
              <li key={c.slug} className="rounded-xl border border-zinc-200 p-4 dark:border-zinc-800">
                <Link
                  href={`/customers/${c.slug}`}
                  className="font-medium text-brand-700 hover:underline dark:text-brand-100"
                >
                  {c.customer}
                </Link>
                <p className="text-sm text-zinc-600 dark:text-zinc-400">{c.industry}</p>
              </li>
            ))}
          </ul>
        </section>
      )}
      <p className="mt-12">
        <Link
          href={heroRedesignHref}
          className="rounded-lg bg-brand-600 px-5 py-3 font-medium text-white hover:bg-brand-700"
        >
          Get Free Hero Redesign
        </Link>
      </p>
    </article>
  );
}
