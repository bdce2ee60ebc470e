import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = {
  title: "Contact us",
  description:
    "Talk to the studio: questions about plans, a project you have in mind, or a free redesign of your hero section.",
  alternates: { canonical: "/contact" },
};

export default async function ContactPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { topic, plan } = await searchParams;
  const isHeroRedesign = topic === "hero-redesign";
  return (
    <div className="mx-auto grid max-w-6xl gap-12 px-4 py-12 lg:grid-cols-2">
      <div>
        <h1 className="text-4xl font-bold tracking-tight">
          {isHeroRedesign ? "Get a free hero redesign" : "Contact us"}
        </h1>
        <p className="mt-4 text-lg text-zinc-700 dark:text-zinc-300">
          {isHeroRedesign
            ? "Send us your website and what you want visitors to do. A designer redesigns the top of your home page and sends you a before-and-after — free, no call required."
            : "Tell us what you are working on. A designer — not a salesperson — answers within one business day."}
        </p>
        {plan && /^[a-z0-9-]{1,40}$/.test(plan) && (
          <p className="mt-4 rounded-xl bg-brand-50 p-4 text-brand-700 dark:bg-zinc-900 dark:text-brand-100">
            You picked the <strong className="capitalize">{plan}</strong> plan. Write to us and we will set up your
            workspace.
          </p>
        )}
        <dl className="mt-8 space-y-4">
          <div>
            <dt className="font-semibold">Email</dt>
            <dd>
              <a
                className="text-brand-700 underline dark:text-brand-100"
                href={`mailto:hello@atelier.example${isHeroRedesign ? "?subject=Free%20hero%20redesign" : ""}`}
              >
                hello@atelier.example
              </a>
            </dd>
          </div>
          <div>
            <dt className="font-semibold">Studio hours</dt>
            <dd>Monday to Friday, 9:00–17:00 CET</dd>
          </div>
          <div>
            <dt className="font-semibold">Response time</dt>
            <dd>Within one business day</dd>
          </div>
        </dl>
      </div>
      <aside className="rounded-2xl border border-zinc-200 p-8 dark:border-zinc-800">
        <h2 className="text-xl font-semibold">What to include</h2>
        <ul className="mt-4 list-disc space-y-2 pl-5 text-zinc-700 dark:text-zinc-300">
          <li>Your website address</li>
          <li>What you want visitors to do first (book a demo, start a trial, buy)</li>
          <li>One or two sites whose look you like</li>
          <li>Any deadline we should know about</li>
        </ul>
        <p className="mt-6 text-sm text-zinc-600 dark:text-zinc-400">
          Curious how the subscription works?{" "}
          <Link href="/faq" className="underline">
            Read the FAQ
          </Link>
          .
        </p>
      </aside>
    </div>
  );
}
