import { Suspense } from "react";
import { HydrateClient, prefetch, trpc } from "../_trpc/server";
import { GlossaryPreview, GlossaryPreviewSkeleton } from "./glossary-preview";

export const dynamic = "force-dynamic";

export default function HomePage() {
  prefetch(trpc.glossary.list.queryOptions({ limit: 8 }));
  return (
    <div className="mx-auto max-w-6xl px-4 py-16">
      <section className="max-w-3xl">
        <h1 className="text-4xl font-bold tracking-tight sm:text-5xl">Design that ships, on a subscription.</h1>
        <p className="mt-4 text-lg text-zinc-600 dark:text-zinc-300">
          Atelier is a web-design studio you subscribe to: queue as many requests as you like, we work them a few at a
          time, and you approve everything in one place.
        </p>
      </section>
      <section aria-labelledby="glossary-heading" className="mt-16">
        <h2 id="glossary-heading" className="text-2xl font-semibold">
          From the web-design glossary
        </h2>
        <HydrateClient>
          <Suspense fallback={<GlossaryPreviewSkeleton />}>
            <GlossaryPreview />
          </Suspense>
        </HydrateClient>
      </section>
    </div>
  );
}
