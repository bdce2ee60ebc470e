import type { Metadata } from "next";
import Link from "next/link";
import { publicApi } from "@/app/_trpc/public";
import { imageOf, SiteImage } from "../_components/visuals";

export const metadata: Metadata = {
  title: "Services",
  description:
    "Web design, landing pages, design systems, brand identity and development — all inside one subscription.",
  alternates: { canonical: "/services" },
};

// Rendered per request from the tagged data cache: a static build would need the database at build time.
export const dynamic = "force-dynamic";

export default async function ServicesPage() {
  const services = await publicApi().services.list();
  return (
    <div className="mx-auto max-w-6xl px-4 py-12">
      <h1 className="text-4xl font-bold tracking-tight">Services</h1>
      <p className="mt-3 max-w-2xl text-lg text-zinc-600 dark:text-zinc-300">
        Everything below is included in every plan. Queue what you need; we work through it in order.
      </p>
      <ul className="mt-10 grid gap-6 md:grid-cols-2">
        {services.map((s, i) => {
          const image = imageOf(s.imagePath, s.imageAlt);
          return (
            <li key={s.slug} className="overflow-hidden rounded-2xl border border-zinc-200 dark:border-zinc-800">
              {image && (
                <SiteImage
                  image={image}
                  isPriority={i === 0}
                  sizes="(min-width: 1152px) 560px, (min-width: 768px) 48vw, 100vw"
                  className="border-b border-zinc-200 dark:border-zinc-800"
                />
              )}
              <div className="p-6">
                <h2 className="text-xl font-semibold">
                  <Link href={`/services/${s.slug}`} className="hover:text-brand-700 dark:hover:text-brand-100">
                    {s.name}
                  </Link>
                </h2>
                <p className="mt-2 text-zinc-700 dark:text-zinc-300">{s.summary}</p>
                <ul className="mt-4 list-disc space-y-1 pl-5 text-sm text-zinc-600 dark:text-zinc-400">
                  {s.deliverables.slice(0, 4).map((d) => (
                    <li key={d}>{d}</li>
                  ))}
                </ul>
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
