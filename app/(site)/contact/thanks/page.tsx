import type { Metadata } from "next";
import Link from "next/link";

// Rendered per request: its metadata carries APP_URL, which must not be baked in at build time.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Message sent", robots: { index: false } };

export default function ContactThanksPage() {
  return (
    <div className="mx-auto max-w-xl px-4 py-20">
      <h1 className="text-3xl font-bold tracking-tight">Thanks — we got your message</h1>
      <p className="mt-4 text-lg text-zinc-700 dark:text-zinc-300">
        We sent a copy to your inbox. A designer will answer within one business day.
      </p>
      <p className="mt-8 flex flex-wrap gap-4">
        <Link href="/customers" className="underline">
          See what we made for others
        </Link>
        <Link href="/pricing" className="underline">
          View pricing
        </Link>
      </p>
    </div>
  );
}
