import type { Metadata } from "next";
import Link from "next/link";
import { isMailboxEnabled } from "@/server/mail/mailbox";

export const metadata: Metadata = { title: "Check your email", robots: { index: false } };
export const dynamic = "force-dynamic";

export default async function CheckEmailPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { email } = await searchParams;
  return (
    <div className="mx-auto max-w-md px-4 py-16">
      <h1 className="text-3xl font-bold tracking-tight">Check your email</h1>
      <p className="mt-4 text-zinc-700 dark:text-zinc-300">
        We sent a sign-in link{email ? ` to ${email}` : ""}. It works once and expires in one hour.
      </p>
      {isMailboxEnabled() && (
        <p className="mt-4 rounded-xl bg-brand-50 p-4 text-sm text-brand-700 dark:bg-zinc-900 dark:text-brand-100">
          Local run: read it in the{" "}
          <Link href="/dev/mailbox" className="underline">
            dev mailbox
          </Link>
          .
        </p>
      )}
      <p className="mt-6 text-sm">
        Wrong address?{" "}
        <Link href="/signin" className="underline">
          Try again
        </Link>
        .
      </p>
    </div>
  );
}
