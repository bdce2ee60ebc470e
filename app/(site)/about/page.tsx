import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { PreviewBanner } from "@/app/_components/preview-banner";
import { publicApi } from "@/app/_trpc/public";
import { previewPageCopy } from "@/server/content-studio/public";
import { TeamGrid } from "../_components/visuals";

// Rendered per request: its metadata carries APP_URL, which must not be baked in at build time.
export const dynamic = "force-dynamic";

/** The draft in the studio's preview, else the published copy (a tagged read a publish expires). */
const getCopy = cache(async () => (await previewPageCopy("about")) ?? publicApi().pages.about());

export async function generateMetadata(): Promise<Metadata> {
  const copy = await getCopy();
  return {
    title: copy.seoTitle || copy.heading,
    description: copy.seoDescription || copy.intro,
    alternates: { canonical: "/about" },
    ...(copy.seoImage && { openGraph: { images: [{ url: copy.seoImage, alt: copy.seoImageAlt || undefined }] } }),
  };
}

export default async function AboutPage() {
  const [copy, images] = await Promise.all([getCopy(), publicApi().media.pageImages({ page: "about" })]);
  return (
    <div className="mx-auto max-w-4xl px-4 py-12">
      {"isPreview" in copy && <PreviewBanner path="/about" />}
      <h1 className="text-4xl font-bold tracking-tight">{copy.heading}</h1>
      <p className="mt-6 text-xl leading-8 text-zinc-700 dark:text-zinc-300">{copy.intro}</p>
      {copy.body && <p className="mt-4 text-lg leading-8 text-zinc-700 dark:text-zinc-300">{copy.body}</p>}
      <h2 className="mt-12 text-2xl font-semibold">{copy.principlesHeading}</h2>
      <ul className="mt-6 grid gap-6 sm:grid-cols-2">
        {copy.principles.map((p, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: principles have no id, and two may share a title
          <li key={`${i}-${p.title}`} className="rounded-2xl border border-zinc-200 p-6 dark:border-zinc-800">
            <h3 className="font-semibold">{p.title}</h3>
            <p className="mt-2 text-zinc-700 dark:text-zinc-300">{p.body}</p>
          </li>
        ))}
      </ul>
      <TeamGrid images={images} />
      <p className="mt-12">
        <Link href="/pricing" className="rounded-lg bg-brand-600 px-5 py-3 font-medium text-white hover:bg-brand-700">
          {copy.ctaLabel}
        </Link>
      </p>
    </div>
  );
}
