import type { Metadata } from "next";
import Link from "next/link";
import { orNotFound, publicApi } from "@/app/_trpc/public";
import { formatDate } from "../../../../_components/site";
import { BeforeAfter } from "./before-after";

export const metadata: Metadata = { title: "Your hero redesign", robots: { index: false } };
export const dynamic = "force-dynamic";

const steps = [
  { status: "REQUESTED", label: "Requested" },
  { status: "IN_PROGRESS", label: "In progress" },
  { status: "DELIVERED", label: "Delivered" },
] as const;

export default async function HeroStatusPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const hero = await orNotFound(publicApi().leads.heroStatus({ token }));
  const current = steps.findIndex((s) => s.status === hero.status);
  return (
    <div className="mx-auto max-w-4xl px-4 py-12">
      <h1 className="text-3xl font-bold tracking-tight">Your hero redesign</h1>
      <p className="mt-2 text-zinc-700 dark:text-zinc-300">
        For <strong>{hero.siteUrl}</strong> · requested {formatDate(hero.requestedAt)}
      </p>
      <ol className="mt-8 grid grid-cols-3 gap-2" aria-label="Progress" data-testid="hero-steps">
        {steps.map((step, i) => (
          <li
            key={step.status}
            aria-current={i === current ? "step" : undefined}
            className={`rounded-xl border p-4 text-center text-sm ${i <= current ? "border-brand-600 bg-brand-50 font-semibold text-brand-700 dark:bg-zinc-900 dark:text-brand-100" : "border-zinc-200 text-zinc-600 dark:border-zinc-800 dark:text-zinc-400"}`}
          >
            {step.label}
          </li>
        ))}
      </ol>
      {hero.status !== "DELIVERED" ? (
        <p className="mt-8 text-zinc-700 dark:text-zinc-300">
          {hero.status === "REQUESTED" ? "A designer will pick it up soon." : "A designer is working on it now."} We
          will email you when it is ready.
        </p>
      ) : (
        <>
          {hero.hasImages && (
            <BeforeAfter
              beforeSrc={`/api/hero-redesigns/${token}/before`}
              afterSrc={`/api/hero-redesigns/${token}/after`}
            />
          )}
          <div className="mt-10 rounded-2xl bg-brand-50 p-8 dark:bg-zinc-900">
            <h2 className="text-2xl font-semibold">Like it? Let us do the rest of the site.</h2>
            <p className="mt-2 text-zinc-700 dark:text-zinc-300">
              A subscription gets you a studio for every page, not just the hero.
            </p>
            <Link
              href={`/pricing?ref=${hero.ref}`}
              className="mt-6 inline-block rounded-xl bg-brand-600 px-5 py-3 font-medium text-white hover:bg-brand-700"
            >
              Start subscription
            </Link>
          </div>
        </>
      )}
    </div>
  );
}
