import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { PreviewBanner } from "@/app/_components/preview-banner";
import { orMissing, publicApi } from "@/app/_trpc/public";
import { renderMarkdown } from "@/server/content/markdown";
import { previewPost } from "@/server/content-studio/public";
import { JsonLd } from "../../../_components/json-ld";
import { Prose } from "../../../_components/prose";
import { absoluteUrl, formatDate } from "../../../_components/site";

export const dynamicParams = true;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };
const getPost = cache(
  async (slug: string) => (await previewPost(slug)) ?? orMissing(`/blog/${slug}`, publicApi().blog.bySlug({ slug })),
);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const post = await getPost((await params).slug);
  const title = post.seoTitle ?? post.title;
  const description = post.seoDescription ?? post.excerpt;
  const image = post.seoImage ?? post.coverImage;
  return {
    title,
    description,
    alternates: { canonical: `/blog/${post.slug}` },
    openGraph: {
      title,
      description,
      type: "article",
      url: `/blog/${post.slug}`,
      publishedTime: post.publishedAt?.toISOString(),
      tags: post.tags,
      ...(image && {
        images: [{ url: image, alt: image === post.coverImage ? (post.coverAlt ?? undefined) : undefined }],
      }),
    },
    twitter: { card: "summary_large_image", title, description, ...(image && { images: [image] }) },
  };
}

export default async function BlogPostPage({ params }: Props) {
  const post = await getPost((await params).slug);
  const [authorName] = post.author.split(",");
  return (
    <article className="mx-auto max-w-3xl px-4 py-12">
      {"isPreview" in post && <PreviewBanner path={`/blog/${post.slug}`} />}
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": "BlogPosting",
          headline: post.title,
          description: post.excerpt,
          datePublished: post.publishedAt?.toISOString(),
          dateModified: post.updatedAt.toISOString(),
          author: { "@type": "Person", name: authorName?.trim() },
          publisher: { "@type": "Organization", name: "Atelier", url: absoluteUrl("/") },
          mainEntityOfPage: absoluteUrl(`/blog/${post.slug}`),
          keywords: post.tags.join(", "),
        }}
      />
      <nav aria-label="Breadcrumb" className="text-sm text-zinc-600 dark:text-zinc-400">
        <Link href="/blog" className="hover:underline">
          Blog
        </Link>
      </nav>
      <header className="mt-4">
        <h1 className="text-4xl font-bold tracking-tight">{post.title}</h1>
        <p className="mt-4 text-zinc-600 dark:text-zinc-400">
          {post.author} ·{" "}
          {post.publishedAt && <time dateTime={post.publishedAt.toISOString()}>{formatDate(post.publishedAt)}</time>} ·{" "}
          {post.readingMinutes} min read
        </p>
        <ul className="mt-3 flex flex-wrap gap-2 text-sm">
          {post.tags.map((tag) => (
            <li key={tag}>
              <Link
                href={`/blog?tag=${tag}`}
                className="rounded-full bg-zinc-100 px-3 py-1 hover:bg-zinc-200 dark:bg-zinc-800"
              >
                #{tag}
              </Link>
            </li>
          ))}
        </ul>
      </header>
      {post.coverImage && (
        // A path on this site with its alt text; the media library (another branch) brings next/image sizes.
        // biome-ignore lint/performance/noImgElement: dimensions of a stored path are not known here
        <img src={post.coverImage} alt={post.coverAlt ?? ""} className="mt-8 w-full rounded-2xl" />
      )}
      <Prose html={renderMarkdown(post.body)} className="mt-10 text-lg" />
    </article>
  );
}
