import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ContactForm } from "./contact-form";

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
  if (topic === "hero-redesign") redirect("/hero-redesign");
  return (
    <div className="mx-auto grid max-w-6xl gap-12 px-4 py-12 lg:grid-cols-2">
      <div>
        <h1 className="text-4xl font-bold tracking-tight">Contact us</h1>
        <p className="mt-4 text-lg text-zinc-700 dark:text-zinc-300">
          Tell us what you are working on. A designer — not a salesperson — answers within one business day.
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
              <a className="text-brand-700 underline dark:text-brand-100" href="mailto:hello@atelier.example">
                hello@atelier.example
              </a>
            </dd>
          </div>
          <div>
            <dt className="font-semibold">Studio hours</dt>
            <dd>Monday to Friday, 9:00–17:00 CET</dd>
          </div>
          <div>
            <dt className="font-semibold">Rather see our work first?</dt>
            <dd>
              Get a{" "}
              <Link href="/hero-redesign" className="underline">
                free redesign of your hero section
              </Link>
              .
            </dd>
          </div>
        </dl>
      </div>
      <section
        aria-labelledby="contact-form-heading"
        className="rounded-2xl border border-zinc-200 p-8 dark:border-zinc-800"
      >
        <h2 id="contact-form-heading" className="text-xl font-semibold">
          Send us a message
        </h2>
        <ContactForm />
      </section>
    </div>
  );
}
