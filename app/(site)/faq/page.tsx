import type { Metadata } from "next";
import Link from "next/link";
import { publicApi } from "@/app/_trpc/public";
import { markdownToText, renderMarkdown } from "@/server/content/markdown";
import { JsonLd } from "../../_components/json-ld";
import { Prose } from "../../_components/prose";

export const metadata: Metadata = {
  title: "Frequently asked questions",
  description:
    "How the design subscription works: requests, turnaround, billing, pausing, files and the free hero redesign.",
  alternates: { canonical: "/faq" },
};

export default async function FaqPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const q = (await searchParams).q?.slice(0, 200) ?? "";
  const faq = await publicApi().faq.list({ q });
  const anchor = (category: string) => category.toLowerCase().replace(/[^a-z]+/g, "-");

  return (
    <div className="mx-auto max-w-3xl px-4 py-12">
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": "FAQPage",
          mainEntity: faq.groups.flatMap((g) =>
            g.items.map((item) => ({
              "@type": "Question",
              name: item.question,
              acceptedAnswer: { "@type": "Answer", text: markdownToText(item.answer) },
            })),
          ),
        }}
      />
      <h1 className="text-4xl font-bold tracking-tight">Frequently asked questions</h1>
      <search>
        <form action="/faq" method="get" className="mt-6 flex gap-2">
          <label htmlFor="faq-q" className="sr-only">
            Search the FAQ
          </label>
          <input
            id="faq-q"
            name="q"
            type="search"
            defaultValue={q}
            placeholder="Search questions, e.g. pause"
            className="flex-1 rounded-xl border border-zinc-300 bg-white px-4 py-3 dark:border-zinc-700 dark:bg-zinc-900"
          />
          <button type="submit" className="rounded-xl bg-brand-600 px-5 py-3 font-medium text-white hover:bg-brand-700">
            Search
          </button>
        </form>
      </search>
      {faq.q && (
        <p className="mt-4 text-sm text-zinc-600 dark:text-zinc-400" role="status">
          {faq.count} {faq.count === 1 ? "answer" : "answers"} for “{faq.q}”.{" "}
          <Link href="/faq" className="underline">
            Show all
          </Link>
        </p>
      )}
      {!faq.q && (
        <nav aria-label="FAQ categories" className="mt-6 flex flex-wrap gap-2 text-sm">
          {faq.groups.map((g) => (
            <a
              key={g.category}
              href={`#${anchor(g.category)}`}
              className="rounded-full border border-zinc-300 px-3 py-1 dark:border-zinc-700"
            >
              {g.category}
            </a>
          ))}
        </nav>
      )}
      {faq.groups.map((group) => (
        <section
          key={group.category}
          id={anchor(group.category)}
          aria-labelledby={`h-${anchor(group.category)}`}
          className="mt-10"
        >
          <h2 id={`h-${anchor(group.category)}`} className="text-2xl font-semibold">
            {group.category}
          </h2>
          <div className="mt-4 divide-y divide-zinc-200 rounded-xl border border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800">
            {group.items.map((item) => (
              <details key={item.id} id={item.id} className="group p-5" open={Boolean(faq.q)}>
                <summary className="cursor-pointer font-medium">{item.question}</summary>
                <Prose html={renderMarkdown(item.answer)} className="mt-3" />
              </details>
            ))}
          </div>
        </section>
      ))}
      {faq.count === 0 && (
        <p className="mt-8">
          Nothing matches that yet — ask us directly on the{" "}
          <Link href="/contact" className="underline">
            contact page
          </Link>
          .
        </p>
      )}
    </div>
  );
}
