import type { Metadata } from "next";
import Link from "next/link";
import { publicApi } from "@/app/_trpc/public";
import { imageOf, SiteImage } from "../_components/visuals";

export const metadata: Metadata = {
  title: "Customers",
  description: "Stories from teams who design with Atelier: what they needed, what we made, and what changed.",
  alternates: { canonical: "/customers" },
};

// Rendered per request from the tagged data cache: a static build would need the database at build time.
export const dynamic = "force-dynamic";

export default async function CustomersPage() {
  const stories = await publicApi().customers.list();
  return (
    <div className="mx-auto max-w-6xl px-4 py-12">
      <h1 className="text-4xl font-bold tracking-tight">Customers</h1>
      <p className="mt-3 max-w-2xl text-lg text-zinc-600 dark:text-zinc-300">
        Teams that replaced a patchwork of freelancers with one studio and a queue.
      </p>
      <ul className="mt-10 grid gap-6 md:grid-cols-2">
        {stories.map((c, i) => {
          const image = imageOf(c.imagePath, c.imageAlt);
          return (
            <li
              key={c.slug}
              className="flex flex-col overflow-hidden rounded-2xl border border-zinc-200 dark:border-zinc-800"
            >
              {image && (
                <SiteImage
                  image={image}
                  isPriority={i === 0}
                  sizes="(min-width: 1152px) 560px, (min-width: 768px) 48vw, 100vw"
                  className="border-b border-zinc-200 dark:border-zinc-800"
                />
              )}
              <div className="flex flex-1 flex-col p-6">
                <p className="text-sm text-zinc-600 dark:text-zinc-400">{c.industry}</p>
                <h2 className="mt-1 text-xl font-semibold">
                  <Link href={`/customers/${c.slug}`} className="hover:text-brand-700 dark:hover:text-brand-100">
                    {c.customer}
                  </Link>
                </h2>
                <p className="mt-2 text-zinc-700 dark:text-zinc-300">{c.summary}</p>
                <dl className="mt-4 grid grid-cols-3 gap-2">
                  {c.results.map((r) => (
                    <div key={r.label}>
                      <dt className="text-xs text-zinc-600 dark:text-zinc-400">{r.label}</dt>
                      <dd className="text-lg font-semibold text-brand-700 dark:text-brand-100">{r.value}</dd>
                    </div>
                  ))}
                </dl>
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
