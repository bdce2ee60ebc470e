import type { Metadata } from "next";
import Link from "next/link";

// Rendered per request: its metadata carries APP_URL, which must not be baked in at build time.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Hero redesign requested", robots: { index: false } };

export default function HeroThanksPage() {
  return (
    <div className="mx-auto max-w-xl px-4 py-20">
      <h1 className="text-3xl font-bold tracking-tight">You are in the queue</h1>
      <p className="mt-4 text-lg text-zinc-700 dark:text-zinc-300">
        We emailed you a private link. Open it any time to see where your redesign stands; when it is ready you will see
        the before and the after there, and we will email you again.
      </p>
      <p className="mt-8">
        <Link href="/customers" className="underline">
          Meanwhile, see what we made for others
        </Link>
      </p>
    </div>
  );
}
