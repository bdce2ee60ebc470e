import type { Metadata } from "next";
import Link from "next/link";
import { publicApi } from "@/app/_trpc/public";
import { TeamGrid } from "../_components/visuals";

// Rendered per request: its metadata carries APP_URL, which must not be baked in at build time.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "About us",
  description:
    "Atelier is a small senior team of designers and developers who work as your in-house studio, by subscription.",
  alternates: { canonical: "/about" },
};

const principles = [
  {
    title: "Senior people only",
    body: "The designer you talk to is the designer doing the work. No hand-offs to juniors, no account managers in between.",
  },
  {
    title: "Small batches, shipped often",
    body: "We work a few requests at a time and deliver every few days, so feedback is cheap and nothing sits in a drawer.",
  },
  {
    title: "Design that earns its keep",
    body: "Every page has a job — sign-ups, demos, sales. We design for that job and measure whether it works.",
  },
  {
    title: "You own everything",
    body: "Files, code and fonts you licensed are yours from the moment we deliver, whether you stay or go.",
  },
];

export default async function AboutPage() {
  const images = await publicApi().media.pageImages({ page: "about" });
  return (
    <div className="mx-auto max-w-4xl px-4 py-12">
      <h1 className="text-4xl font-bold tracking-tight">About us</h1>
      <p className="mt-6 text-xl leading-8 text-zinc-700 dark:text-zinc-300">
        Atelier started as three designers who were tired of quoting projects. Clients did not want projects — they
        wanted a team they could hand the next thing to, every week. So we became that team, for a flat monthly fee.
      </p>
      <p className="mt-4 text-lg leading-8 text-zinc-700 dark:text-zinc-300">
        Today we design and build marketing sites, product pages and design systems for software companies, shops and
        services. Clients add requests to a queue in their portal; we work them in order and deliver for review.
      </p>
      <h2 className="mt-12 text-2xl font-semibold">How we work</h2>
      <ul className="mt-6 grid gap-6 sm:grid-cols-2">
        {principles.map((p) => (
          <li key={p.title} className="rounded-2xl border border-zinc-200 p-6 dark:border-zinc-800">
            <h3 className="font-semibold">{p.title}</h3>
            <p className="mt-2 text-zinc-700 dark:text-zinc-300">{p.body}</p>
          </li>
        ))}
      </ul>
      <TeamGrid images={images} />
      <p className="mt-12">
        <Link href="/pricing" className="rounded-lg bg-brand-600 px-5 py-3 font-medium text-white hover:bg-brand-700">
          View pricing
        </Link>
      </p>
    </div>
  );
}
