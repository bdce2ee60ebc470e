import type { Metadata } from "next";
import { publicApi } from "@/app/_trpc/public";
import { HeroRedesignExamples } from "../_components/visuals";
import { HeroRedesignForm } from "./hero-redesign-form";

// Rendered per request: its metadata carries APP_URL, which must not be baked in at build time.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Get a free hero redesign",
  description:
    "Send us your website. A senior designer redesigns the top of your home page and sends you a before-and-after — free.",
  alternates: { canonical: "/hero-redesign" },
};

export default async function HeroRedesignPage() {
  const images = await publicApi().media.pageImages({ page: "hero-redesign" });
  return (
    <>
      <div className="mx-auto grid max-w-6xl gap-12 px-4 py-12 lg:grid-cols-2">
        <div>
          <p className="text-sm font-semibold text-brand-700 dark:text-brand-100">Free, no call required</p>
          <h1 className="mt-2 text-4xl font-bold tracking-tight">Get a free hero redesign</h1>
          <p className="mt-4 text-lg text-zinc-700 dark:text-zinc-300">
            The hero — the top of your home page — decides whether visitors stay. Tell us your website and what you want
            visitors to do; a senior designer redesigns it and sends you a before-and-after.
          </p>
          <ol className="mt-8 space-y-3 text-zinc-700 dark:text-zinc-300">
            <li>
              <strong>1.</strong> You send your website and goals.
            </li>
            <li>
              <strong>2.</strong> You get a private link that shows where your redesign stands.
            </li>
            <li>
              <strong>3.</strong> In a few days the link shows your new hero next to the current one.
            </li>
          </ol>
        </div>
        <section
          aria-labelledby="hero-form-heading"
          className="rounded-2xl border border-zinc-200 p-8 dark:border-zinc-800"
        >
          <h2 id="hero-form-heading" className="text-xl font-semibold">
            Your website
          </h2>
          <HeroRedesignForm />
        </section>
      </div>
      <HeroRedesignExamples images={images} />
    </>
  );
}
