import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { previewHeroImage, previewPageCopy } from "@/server/content-studio/public";
import { JsonLd } from "../_components/json-ld";
import { PreviewBanner } from "../_components/preview-banner";
import { absoluteUrl, formatPrice } from "../_components/site";
import { heroRedesignHref } from "../_components/site-header";
import { publicApi } from "../_trpc/public";
import { HomeHeroVisual, imageOf, LogoStrip, Portfolio, pageImage, SiteImage } from "./_components/visuals";
import { GlossaryPreview, GlossaryPreviewSkeleton } from "./glossary-preview";

// Rendered per request from the tagged data cache: a static build would need the database at build time.
export const dynamic = "force-dynamic";

/** Set in the studio (Content → Pages → Home page); left blank, the site's default title and description stay. */
export async function generateMetadata(): Promise<Metadata> {
  const copy = (await previewPageCopy("home")) ?? (await publicApi().pages.home());
  return {
    ...(copy.seoTitle && { title: { absolute: copy.seoTitle } }),
    ...(copy.seoDescription && { description: copy.seoDescription }),
    ...(copy.seoImage && { openGraph: { images: [{ url: copy.seoImage, alt: copy.seoImageAlt || undefined }] } }),
  };
}

export default async function HomePage() {
  const api = publicApi();
  const preview = await previewPageCopy("home");
  const [copy, services, stories, plans, faq, images] = await Promise.all([
    preview ?? api.pages.home(),
    api.services.list(),
    api.customers.list(),
    api.plans.list(),
    api.faq.list({}),
    api.media.pageImages({ page: "home" }),
  ]);
  // In the studio's preview, the hero picture the draft chose.
  const hero = preview ? await previewHeroImage(preview) : images.find((i) => i.slot === "hero");
  const faqTeaser = faq.groups.flatMap((g) => g.items).slice(0, 4);

  return (
    <>
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": "Organization",
          name: "Atelier",
          url: absoluteUrl("/"),
          email: "hello@atelier.example",
          description: "A web-design studio you subscribe to.",
        }}
      />
      <section className="bg-gradient-to-b from-brand-50 to-white dark:from-zinc-900 dark:to-zinc-950">
        <div className="mx-auto grid max-w-6xl items-center gap-12 px-4 py-16 sm:py-20 lg:grid-cols-[1fr_minmax(0,560px)]">
          <div>
            {preview && <PreviewBanner path="/" />}
            {copy.heroEyebrow && (
              <p className="text-sm font-semibold text-brand-700 dark:text-brand-100">{copy.heroEyebrow}</p>
            )}
            <h1 className="mt-4 max-w-3xl text-4xl font-bold tracking-tight sm:text-6xl">{copy.heroHeading}</h1>
            <p className="mt-6 max-w-2xl text-lg text-zinc-700 dark:text-zinc-300">{copy.heroText}</p>
            <div className="mt-8 flex flex-wrap gap-3">
              <Link
                href={heroRedesignHref}
                className="rounded-lg bg-brand-600 px-5 py-3 font-medium text-white hover:bg-brand-700"
              >
                {copy.heroPrimaryCta}
              </Link>
              <Link
                href="/pricing"
                className="rounded-lg border border-zinc-300 bg-white px-5 py-3 font-medium hover:border-brand-600 dark:border-zinc-700 dark:bg-zinc-900"
              >
                {copy.heroSecondaryCta}
              </Link>
            </div>
          </div>
          <HomeHeroVisual image={hero ? pageImage(hero) : undefined} />
        </div>
        <div className="mx-auto max-w-6xl px-4 pb-12">
          <LogoStrip stories={stories} />
        </div>
      </section>

      <section aria-labelledby="services-heading" className="mx-auto max-w-6xl px-4 py-16">
        <h2 id="services-heading" className="text-3xl font-semibold">
          {copy.servicesHeading}
        </h2>
        <ul className="mt-8 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {services.map((s) => (
            <li key={s.slug} className="overflow-hidden rounded-xl border border-zinc-200 dark:border-zinc-800">
              {s.imagePath && (
                <SiteImage
                  image={imageOf(s.imagePath, s.imageAlt) as NonNullable<ReturnType<typeof imageOf>>}
                  sizes="(min-width: 1024px) 370px, (min-width: 640px) calc(50vw - 1.5rem), calc(100vw - 2rem)"
                  className="border-b border-zinc-200 dark:border-zinc-800"
                />
              )}
              <div className="p-5">
                <Link
                  href={`/services/${s.slug}`}
                  className="font-semibold hover:text-brand-700 dark:hover:text-brand-100"
                >
                  {s.name}
                </Link>
                <p className="mt-2 text-sm text-zinc-700 dark:text-zinc-300">{s.summary}</p>
              </div>
            </li>
          ))}
        </ul>
      </section>

      <Portfolio stories={stories} />

      <section aria-labelledby="customers-heading" className="bg-zinc-50 dark:bg-zinc-900">
        <div className="mx-auto max-w-6xl px-4 py-16">
          <h2 id="customers-heading" className="text-3xl font-semibold">
            {copy.customersHeading}
          </h2>
          <ul className="mt-8 grid gap-6 lg:grid-cols-3">
            {stories.slice(0, 3).map((c) => (
              <li key={c.slug} className="rounded-xl bg-white p-6 shadow-sm dark:bg-zinc-950">
                <blockquote className="text-zinc-800 dark:text-zinc-200">“{c.quote}”</blockquote>
                <p className="mt-4 text-sm text-zinc-600 dark:text-zinc-400">
                  {c.quoteAuthor},{" "}
                  <Link href={`/customers/${c.slug}`} className="underline">
                    {c.customer}
                  </Link>
                </p>
              </li>
            ))}
          </ul>
        </div>
      </section>

      <section aria-labelledby="pricing-heading" className="mx-auto max-w-6xl px-4 py-16">
        <h2 id="pricing-heading" className="text-3xl font-semibold">
          {copy.pricingHeading}
        </h2>
        <ul className="mt-8 grid gap-4 sm:grid-cols-3">
          {plans.map((p) => (
            <li key={p.slug} className="rounded-xl border border-zinc-200 p-5 dark:border-zinc-800">
              <p className="font-semibold">{p.name}</p>
              <p className="mt-1 text-2xl font-bold">
                {formatPrice(p.monthlyPriceCents, p.currency)}
                <span className="text-sm font-normal text-zinc-600 dark:text-zinc-400"> / month</span>
              </p>
              <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
                {p.activeRequestLimit} active {p.activeRequestLimit === 1 ? "request" : "requests"}
              </p>
            </li>
          ))}
        </ul>
        <p className="mt-6">
          <Link href="/pricing" className="font-medium text-brand-700 underline dark:text-brand-100">
            {copy.pricingLink}
          </Link>
        </p>
      </section>

      <section aria-labelledby="faq-heading" className="mx-auto max-w-6xl px-4 py-16">
        <h2 id="faq-heading" className="text-3xl font-semibold">
          {copy.faqHeading}
        </h2>
        <dl className="mt-8 grid gap-6 sm:grid-cols-2">
          {faqTeaser.map((f) => (
            <div key={f.id}>
              <dt className="font-semibold">{f.question}</dt>
              <dd className="mt-1 line-clamp-3 text-zinc-700 dark:text-zinc-300">{f.answer.replace(/[*_#>-]/g, "")}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-6">
          <Link href="/faq" className="font-medium text-brand-700 underline dark:text-brand-100">
            {copy.faqLink}
          </Link>
        </p>
      </section>

      <section aria-labelledby="glossary-heading" className="mx-auto max-w-6xl px-4 py-16">
        <h2 id="glossary-heading" className="text-3xl font-semibold">
          {copy.glossaryHeading}
        </h2>
        <Suspense fallback={<GlossaryPreviewSkeleton />}>
          <GlossaryPreview />
        </Suspense>
        <p className="mt-6">
          <Link href="/glossary" className="font-medium text-brand-700 underline dark:text-brand-100">
            {copy.glossaryLink}
          </Link>
        </p>
      </section>
    </>
  );
}
